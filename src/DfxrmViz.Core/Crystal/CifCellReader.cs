using DfxrmViz.Core.Cif;
using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Crystal;

/// <summary>Reads <c>_cell_length_*</c> and <c>_cell_angle_*</c> with their s.u. and validates the cell.</summary>
internal static class CifCellReader
{
    private static readonly string[] LengthTags = ["_cell_length_a", "_cell_length_b", "_cell_length_c"];
    private static readonly string[] AngleTags = ["_cell_angle_alpha", "_cell_angle_beta", "_cell_angle_gamma"];

    public static (UnitCell Cell, CellUncertainty Su) Read(CifBlock block, List<string> warnings)
    {
        var lengths = LengthTags.Select(t => CifValues.OptionalNumber(block, t)
            ?? throw CifParser.Error($"No cell: {t} is missing or unknown ('?').", block.Find(t)?.Line ?? block.Line, t)).ToArray();
        var angles = AngleTags.Select(t =>
        {
            var n = CifValues.OptionalNumber(block, t);
            if (n is null)
            {
                warnings.Add($"{t} is missing; 90° is assumed.");
            }
            return n ?? new CifNumber(90, null);
        }).ToArray();
        var cell = new UnitCell(lengths[0].Value, lengths[1].Value, lengths[2].Value, angles[0].Value, angles[1].Value, angles[2].Value);
        try
        {
            cell.Validated();
        }
        catch (InputException e)
        {
            var line = e.Problem.Tag is { } tag ? block.Find(tag)?.Line ?? block.Line : block.Line;
            throw new InputException(e.Problem with { Field = CifParser.Field, Line = line, PhysicallyImpossible = true });
        }
        var su = new CellUncertainty(lengths[0].StandardUncertainty, lengths[1].StandardUncertainty, lengths[2].StandardUncertainty,
            angles[0].StandardUncertainty, angles[1].StandardUncertainty, angles[2].StandardUncertainty);
        return (cell, su);
    }
}
