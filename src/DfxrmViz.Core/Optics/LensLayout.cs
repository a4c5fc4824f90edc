namespace DfxrmViz.Core.Optics;

/// <summary>One lenslet: its centre along the box (mm from the first lens centre) and the series it belongs to.</summary>
public sealed record Lenslet(double PositionMm, int SeriesIndex);

/// <summary>
/// Lenslet positions of a box (docs/physics.md §8; upstream align_optics_from_config, DF-XRM_vis 735624f): 0 = first lens
/// centre; series i at p, p + s, …; separator_i adds its spacing after series i's last lens; without a separator the
/// next series starts at that last lens.
/// </summary>
public static class LensLayout
{
    /// <summary>Every lenslet in beam order.</summary>
    public static IReadOnlyList<Lenslet> Lenslets(LensBox box)
    {
        ArgumentNullException.ThrowIfNull(box);
        var result = new List<Lenslet>(box.LensletCount);
        var p = 0.0;
        foreach (var s in box.Series)
        {
            for (var k = 0; k < s.NumberOfLenses; k++)
            {
                result.Add(new Lenslet(p + (k * s.LensSpacingMm), s.Index));
            }
            p += (s.NumberOfLenses - 1) * s.LensSpacingMm;
            p += box.Separators.FirstOrDefault(x => x.Index == s.Index)?.SpacingMm ?? 0;
        }
        return result;
    }

    /// <summary>dL: first to last lens centre in mm (id06: 67 × 1.6 + 2 + 19 × 2 = 147.2 mm).</summary>
    public static double LengthMm(LensBox box)
    {
        ArgumentNullException.ThrowIfNull(box);
        var length = box.Series.Sum(s => (s.NumberOfLenses - 1) * s.LensSpacingMm);
        return length + box.Separators.Where(x => x.Index < box.Series.Count - 1).Sum(x => x.SpacingMm);
    }
}
