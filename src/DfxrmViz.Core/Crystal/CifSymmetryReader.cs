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

    /// <summary>The block's space group; <paramref name="cell"/> chooses the axes of an R group whose symbol does not name them.</summary>
    public static SpaceGroup Read(CifBlock block, UnitCell cell, List<string> warnings)
    {
        var hmItem = block.FindFirst(HmTags);
        var hallItem = block.FindFirst(HallTags);
        var hm = hmItem?.Value.Text.Trim();
        var hall = hallItem?.Value.Text.Trim();
        var number = ReadNumber(block);
        var byHall = hall is null ? null : SpaceGroupTable.FindByHall(hall);
        foreach (var tag in OpTags)
        {
            if (block.FindColumn(tag) is { } column)
            {
                // The file's operations are authoritative: the symbols only name them.
                var named = byHall ?? (hm is null ? null : SpaceGroupTable.FindByHermannMauguin(hm)) ?? (number is int fn ? SpaceGroupTable.FindByNumber(fn) : null);
                var ops = column.Select(v => SymOpParser.Parse(v.Text, v.Line, tag)).ToList();
                var group = SpaceGroup.FromOperations(hm ?? named?.HermannMauguin ?? (hall is null ? "?" : "Hall " + hall), number ?? named?.Number, hall, ops, fromFile: true);
                CheckGroup(group, column[0].Line, tag);
                return group;
            }
        }
        var byHm = hmItem is { } h && SpaceGroupTable.FindByHermannMauguin(h.Value.Text) is { } s
            ? RhombohedralAxes.Choose(s, SpaceGroupTable.NamesSetting(h.Value.Text), cell, h.Value.Line, h.Tag, warnings) : null;
        var tableMatch = byHall ?? byHm ?? (number is int n && SpaceGroupTable.FindByNumber(n) is { } sn && block.FindFirst(NumberTags) is { } ni
            ? RhombohedralAxes.Choose(sn, false, cell, ni.Value.Line, ni.Tag, warnings) : null);
        var disagree = CompareSymbols(hallItem, byHall, hmItem, byHm, warnings);
        var name = (disagree ? null : hm) ?? tableMatch?.HermannMauguin ?? (hall is null ? "" : "Hall " + hall);
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

    /// <summary>Warns when the Hall and H-M symbols name different groups (or the Hall symbol is unknown). The Hall symbol is used,
    /// as gemmi does (SmallStructure::set_spacegroup("SH2"): operations, then Hall, then H-M; check_spacegroup reports the
    /// disagreement): it spells out every generator, while an H-M symbol leaves the setting to convention.</summary>
    private static bool CompareSymbols((string Tag, CifValue Value)? hallItem, SpaceGroupSetting? byHall, (string Tag, CifValue Value)? hmItem,
        SpaceGroupSetting? byHm, List<string> warnings)
    {
        if (hallItem is not { } hall)
        {
            return false;
        }
        if (byHall is null)
        {
            warnings.Add($"The Hall symbol '{hall.Value.Text}' ({hall.Tag}, line {hall.Value.Line}) is not a known setting; " +
                (byHm is null ? "it is not used." : $"the H-M symbol '{hmItem!.Value.Value.Text}' (line {hmItem.Value.Value.Line}) is used: {byHm.HermannMauguin}."));
            return false;
        }
        if (byHm is not { } m || hmItem is not { } hm || SameOperations(byHall, m))
        {
            return false;
        }
        warnings.Add($"The Hall symbol '{hall.Value.Text}' ({hall.Tag}, line {hall.Value.Line}) names {byHall.HermannMauguin} (No. {byHall.Number}), " +
            $"but the H-M symbol '{hm.Value.Text}' ({hm.Tag}, line {hm.Value.Line}) names {m.HermannMauguin} (No. {m.Number}); " +
            $"the Hall symbol is used ({byHall.HermannMauguin}, {byHall.Operations.Length} operations), as gemmi does. List the operations " +
            "(_space_group_symop_operation_xyz) to settle it.");
        return true;
    }

    private static bool SameOperations(SpaceGroupSetting a, SpaceGroupSetting b) =>
        ReferenceEquals(a, b) || a.Operations.Select(o => o.Wrapped()).ToHashSet().SetEquals(b.Operations.Select(o => o.Wrapped()));

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
