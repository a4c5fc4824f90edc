namespace DfxrmViz.Core.Optics;

/// <summary>A point in the scattering plane in mm: origin at the sample, x along the incident beam, y up.</summary>
public readonly record struct PlanePointMm(double X, double Y);

/// <summary>One mount-point coordinate the .lens file asks to print, e.g. ("x", 278.11).</summary>
public sealed record PrintedCoordinate(string Label, double ValueMm);

/// <summary>
/// Lens-box mount point (upstream make_optics_geometry_plot, DF-XRM_vis 735624f; docs/physics.md §8): first lens at
/// d1(cos 2θ, sin 2θ); mount = that + a(cos 2θ, sin 2θ) + o(−sin 2θ, cos 2θ) + (offset_x, offset_y).
/// </summary>
public static class LensMountPoint
{
    public static PlanePointMm Position(LensMountOffsets offsets, double d1Mm, double twoThetaRad)
    {
        ArgumentNullException.ThrowIfNull(offsets);
        var (s, c) = Math.SinCos(twoThetaRad);
        var along = d1Mm + offsets.AlongLensBoxMm;
        return new PlanePointMm((along * c) - (offsets.OrthogonalToLensBoxMm * s) + offsets.XMm,
            (along * s) + (offsets.OrthogonalToLensBoxMm * c) + offsets.YMm);
    }

    /// <summary>The coordinates the print flags ask for, in upstream's order: along = x cos 2θ + y sin 2θ, orthogonal = −x sin 2θ + y cos 2θ, x, y.</summary>
    public static IReadOnlyList<PrintedCoordinate> Printed(LensPrintFlags flags, PlanePointMm mount, double twoThetaRad)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var (s, c) = Math.SinCos(twoThetaRad);
        var result = new List<PrintedCoordinate>();
        if (flags.Along)
        {
            result.Add(new("along beam", (mount.X * c) + (mount.Y * s)));
        }
        if (flags.Orthogonal)
        {
            result.Add(new("orthogonal to beam", (-mount.X * s) + (mount.Y * c)));
        }
        if (flags.X)
        {
            result.Add(new("x", mount.X));
        }
        if (flags.Y)
        {
            result.Add(new("y", mount.Y));
        }
        return result;
    }
}
