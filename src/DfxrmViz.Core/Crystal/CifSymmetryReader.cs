using DfxrmViz.Core.Cif;
using DfxrmViz.Core.Symmetry;

namespace DfxrmViz.Core.Crystal;

/// <summary>Maps a CIF block's symmetry items to a <see cref="SpaceGroup"/>: operations from the file are authoritative
/// (docs/physics.md §2); otherwise they come from <see cref="SpaceGroupTable"/> by Hall symbol, H-M symbol, then number.</summary>
/// <remarks>Tag names as gemmi smcif.hpp: new DDL2-style names tried before the old DDL1 ones.</remarks>
internal static class CifSymmetryReader
{
    private static readonly string[] HmTags = ["_space_group_name_H-M_alt", "_symmetry_space_group_name_H-M"];
    private static readonly string[] HallTags = ["_space_group_name_Hall", "_symmetry_space_group_name_Hall"];
    private static readonly string[] NumberTags = ["_space_group_IT_number", "_symmetry_Int_Tables_number"];
    private static readonly string[] OpTags = ["_space_group_symop_operation_xyz", "_symmetry_equiv_pos_as_xyz"];

    public static SpaceGroup Read(CifBlock block, List<string> warnings)
    {
        var hm = CifValues.Text(block, HmTags);
        var hall = CifValues.Text(block, HallTags);
        var number = ReadNumber(block);
        var tableMatch = (hall is null ? null : SpaceGroupTable.FindByHall(hall))
            ?? (hm is null ? null : SpaceGroupTable.FindByHermannMauguin(hm))
            ?? (number is int n ? SpaceGroupTable.FindByNumber(n) : null);
        var name = hm ?? tableMatch?.HermannMauguin ?? (hall is null ? "" : "Hall " + hall);
        foreach (var tag in OpTags)
        {
            if (block.FindColumn(tag) is { } column)
            {
                var ops = column.Select(v => SymOpParser.Parse(v.Text, v.Line, tag)).ToList();
                var group = SpaceGroup.FromOperations(name.Length > 0 ? name : "?", number ?? tableMatch?.Number, hall, ops, fromFile: true);
                CheckGroup(group, column[0].Line, tag);
                return group;
            }
        }
        if (tableMatch is null)
        {
            var (tag, v) = block.FindFirst([.. HallTags, .. HmTags, .. NumberTags]) ?? (null!, new CifValue("", block.Line, 1));
            throw CifParser.Error(tag is null
                ? "The file has no symmetry: add _space_group_symop_operation_xyz or _space_group_name_H-M_alt (use 'P 1' if there is none)."
                : $"The file lists no symmetry operations and the space group '{v.Text}' is not a known symbol; list the operations with _space_group_symop_operation_xyz.",
                v.Line, tag);
        }
        if (number is int fileNumber && fileNumber != tableMatch.Number)
        {
            warnings.Add($"Space group number {fileNumber} disagrees with symbol '{name}' (No. {tableMatch.Number}); the symbol is used.");
        }
        warnings.Add($"No symmetry operations in the file; the {tableMatch.Operations.Length} operations of {tableMatch.HermannMauguin} (Hall '{tableMatch.Hall}') are used.");
        return SpaceGroup.FromOperations(name, tableMatch.Number, hall ?? tableMatch.Hall, tableMatch.Operations, fromFile: false);
    }

    private static int? ReadNumber(CifBlock block)
    {
        if (block.FindFirst(NumberTags) is not { } f)
        {
            return null;
        }
        var n = CifValues.Number(f.Value, f.Tag).Value;
        if (n != Math.Floor(n) || n < 1 || n > 230)
        {
            throw CifParser.Error($"Space-group number must be a whole number from 1 to 230; got '{f.Value.Text}'.", f.Value.Line, f.Tag);
        }
        return (int)n;
    }

    private static void CheckGroup(SpaceGroup group, int line, string tag)
    {
        if (group.Operations.Length > 192)
        {
            throw CifParser.Error($"{group.Operations.Length} distinct symmetry operations; a space group has at most 192.", line, tag);
        }
        if (!group.IsClosedGroup())
        {
            // Absences, point group and the expanded cell all need a group; a partial list would silently give wrong answers.
            throw CifParser.Error($"The {group.Operations.Length} symmetry operations listed do not form a group (an operation or a centring translation is missing or mistyped).", line, tag);
        }
    }
}
