using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Optics;

/// <summary>How the lens box is modelled: every lenslet and gap (exact paraxially), or one equivalent thin lens.</summary>
public enum LensModel
{
    /// <summary>Product of every lenslet L(f_i) and gap P(s_i) (docs/physics.md §8 "thick").</summary>
    Thick,

    /// <summary>One lens of power Σ1/f_i at the power-weighted mean lenslet position (docs/physics.md §8 "thin").</summary>
    Thin,
}

/// <summary>One root of the imaging condition.</summary>
/// <param name="D1Mm">Sample to first lens.</param>
/// <param name="D2Mm">Last lens to detector.</param>
/// <param name="Magnification">Signed magnification A = m11 + d2 m21.</param>
/// <param name="Physical">Sample before the first lens and detector after the last (d1 &gt; 0, d2 &gt; 0).</param>
public sealed record ImagingRoot(double D1Mm, double D2Mm, double Magnification, bool Physical);

/// <summary>The chosen image (magnifying physical root) with both roots of the quadratic.</summary>
/// <param name="D1Mm">Sample to first lens centre in mm.</param>
/// <param name="D2Mm">Last lens centre to detector in mm.</param>
/// <param name="DLMm">First to last lens centre in mm.</param>
/// <param name="DTotMm">d1 + dL + d2 in mm.</param>
/// <param name="Magnification">Signed lateral magnification A = K11 (negative = inverted).</param>
/// <param name="EffectiveFocalLengthMm">−1/m21 of the box matrix.</param>
/// <param name="Roots">Both roots, by increasing d1.</param>
/// <param name="Box">The box matrix used.</param>
public sealed record ImagingSolution(double D1Mm, double D2Mm, double DLMm, double DTotMm, double Magnification,
    double EffectiveFocalLengthMm, IReadOnlyList<ImagingRoot> Roots, RayTransfer Box);

/// <summary>
/// Imaging condition of a CRL between sample and detector (docs/physics.md §8, [Si17]): K = P(d2) M P(d1), d1 + dL + d2 = d_tot,
/// K12 = 0 ⇔ −m21 d1² + (m11 − m22 + D m21) d1 + (m12 + D m22) = 0 with D = d_tot − dL.
/// </summary>
public static class LensImaging
{
    /// <summary>The box matrix M from the first to the last lenslet plane.</summary>
    /// <param name="positionsMm">Lenslet centres along the box, first = 0.</param>
    /// <param name="focalLengthsMm">Focal length of each lenslet (same order).</param>
    /// <param name="model">Thick (product of all) or thin (one equivalent lens).</param>
    public static RayTransfer BoxMatrix(IReadOnlyList<double> positionsMm, IReadOnlyList<double> focalLengthsMm, LensModel model)
    {
        ArgumentNullException.ThrowIfNull(positionsMm);
        ArgumentNullException.ThrowIfNull(focalLengthsMm);
        if (model == LensModel.Thin)
        {
            var power = focalLengthsMm.Sum(f => 1 / f);
            var meanMm = positionsMm.Select((z, i) => z / focalLengthsMm[i]).Sum() / power;
            return RayTransfer.Propagation(positionsMm[^1] - meanMm) * RayTransfer.ThinLensOfPower(power)
                * RayTransfer.Propagation(meanMm);
        }
        var m = RayTransfer.ThinLens(focalLengthsMm[0]);
        for (var i = 1; i < positionsMm.Count; i++)
        {
            m = RayTransfer.ThinLens(focalLengthsMm[i]) * RayTransfer.Propagation(positionsMm[i] - positionsMm[i - 1]) * m;
        }
        return m;
    }

    /// <summary>Shortest D = d_tot − dL with a real image: the discriminant is (m21 D + tr M)² − 4 (det M = 1), so D ≥ (2 + tr M)/(−m21).</summary>
    public static double ShortestImagingDistanceMm(RayTransfer box) => (2 + box.Trace) / -box.C;

    /// <summary>Solves for d1, d2 at total sample–detector distance <paramref name="dTotMm"/>.</summary>
    /// <param name="box">Box matrix M.</param>
    /// <param name="dLMm">First to last lens centre.</param>
    /// <param name="dTotMm">Sample–detector distance along the diffracted beam.</param>
    /// <param name="cosTwoTheta">cos 2θ, only to state d_tot′ in the message when no image exists.</param>
    /// <param name="field">API field the distance came from (dTotMm or dTotPrimeMm).</param>
    /// <exception cref="InputException">PhysicallyImpossible: no real image; the message gives the shortest d_tot.</exception>
    public static ImagingSolution Solve(RayTransfer box, double dLMm, double dTotMm, double cosTwoTheta, string field) =>
        TrySolve(box, dLMm, dTotMm) ?? throw new InputException(NoImage(box, dLMm, dTotMm, cosTwoTheta, field));

    /// <summary>As <see cref="Solve"/>, null when no real image exists (the energy curve has many such points; no exception each).</summary>
    public static ImagingSolution? TrySolve(RayTransfer box, double dLMm, double dTotMm)
    {
        var dMm = dTotMm - dLMm;
        var (a, b, c) = (-box.C, box.A - box.D + (dMm * box.C), box.B + (dMm * box.D));
        var disc = (b * b) - (4 * a * c);
        if (box.C >= 0 || !(disc >= 0))
        {
            return null;
        }
        // Numerically stable pair of roots (Press et al., Numerical Recipes 3rd ed. §5.6); finite ones by increasing d1.
        var q = -0.5 * (b + (Math.CopySign(1, b) * Math.Sqrt(disc)));
        var (x1, x2) = (q / a, c / q);
        if (x2 < x1)
        {
            (x1, x2) = (x2, x1);
        }
        var roots = new List<ImagingRoot>(2);
        foreach (var d1 in (ReadOnlySpan<double>)[x1, x2])
        {
            if (double.IsFinite(d1))
            {
                roots.Add(Root(box, d1, dMm - d1));
            }
        }
        // The physical root of largest |A|; the first of equal ones.
        ImagingRoot? chosen = null;
        foreach (var r in roots)
        {
            if (r.Physical && (chosen is null || Comparer<double>.Default.Compare(Math.Abs(r.Magnification), Math.Abs(chosen.Magnification)) > 0))
            {
                chosen = r;
            }
        }
        return chosen is null ? null : new ImagingSolution(chosen.D1Mm, chosen.D2Mm, dLMm, dTotMm, chosen.Magnification, -1 / box.C, roots, box);
    }

    private static ImagingRoot Root(RayTransfer box, double d1Mm, double d2Mm) =>
        new(d1Mm, d2Mm, box.A + (d2Mm * box.C), d1Mm > 0 && d2Mm > 0);

    /// <summary>Why <see cref="TrySolve"/> found no image: the shortest d_tot that works, or that the box does not focus.</summary>
    public static InputProblem NoImage(RayTransfer box, double dLMm, double dTotMm, double cosTwoTheta, string field)
    {
        var shortest = ShortestImagingDistanceMm(box) + dLMm;
        var message = box.C < 0 && double.IsFinite(shortest) && shortest > 0 && dTotMm < shortest
            ? $"No image can be formed with d_tot = {InputProblem.Show(dTotMm)} mm: the shortest sample–detector distance that works is "
              + $"d_tot = {InputProblem.Show(shortest)} mm (d_tot′ = {InputProblem.Show(shortest * cosTwoTheta)} mm) at this energy."
            : box.C < 0
                ? $"No real image with the sample before and the detector after the lens box at d_tot = {InputProblem.Show(dTotMm)} mm."
                : "No real image can be formed: the lens box does not focus at this energy.";
        return new InputProblem(field, message) { PhysicallyImpossible = true };
    }
}
