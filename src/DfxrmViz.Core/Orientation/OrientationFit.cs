using DfxrmViz.Core.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace DfxrmViz.Core.Orientation;

/// <summary>How far one found reflection lies from the fitted orientation.</summary>
/// <param name="Index">Its place in the plan's <c>mountCheck.found</c> list.</param>
/// <param name="ResidualDeg">∠(Q̂_S observed, U Q̂_crystal) with U fitted to every reflection, degrees.</param>
/// <param name="LeaveOneOutDeg">The same angle with U fitted to the others only (null when the others do not fix U).</param>
public sealed record FoundResidual(int Index, double ResidualDeg, double? LeaveOneOutDeg);

/// <summary>Least-squares orientation from N ≥ 2 reflections (docs/physics.md §6 "Mount check").</summary>
/// <param name="U">The rotation crystal → S minimising Σ |ŝ_i − U ĉ_i|².</param>
/// <param name="Residuals">One per reflection, in input order.</param>
/// <param name="RmsResidualDeg">√(Σ r_i² / N).</param>
/// <param name="UncertaintyDeg">1σ size of the error rotation of U: √trace of σ̂² (Σ (I − ŝ_i ŝ_iᵀ))⁻¹, σ̂² = Σ r_i² / (2N − 3).</param>
/// <param name="FlaggedIndex">The reflection that disagrees with the others (see <see cref="OrientationFit.Fit"/>), or null.</param>
public sealed record MountFit(Mat3 U, IReadOnlyList<FoundResidual> Residuals, double RmsResidualDeg, double UncertaintyDeg, int? FlaggedIndex);

/// <summary>Orthogonal Procrustes (Kabsch) fit of U to pairs of unit vectors, residuals, uncertainty and the outlier test
/// (W. Kabsch, Acta Cryst. A32, 922 (1976); docs/physics.md §6 "Mount check").</summary>
public static class OrientationFit
{
    /// <summary>A reflection is flagged only when its leave-one-out residual exceeds this many times the RMS residual of the others' fit…</summary>
    public const double FlagRatio = 3;

    /// <summary>…and this angle, in degrees (well above motor read-back noise of ~0.01°, well below a wrongly indexed reflection).</summary>
    public const double FlagFloorDeg = 0.1;

    /// <summary>Two directions fix a rotation only when they are at least this far from (anti)parallel, degrees.</summary>
    public const double MinSpreadDeg = 1;

    /// <summary>Kabsch: H = Σ ŝ_i ĉ_iᵀ = W Σ Vᵀ (SVD), U = W diag(1, 1, det(W Vᵀ)) Vᵀ — the proper rotation closest in least squares.</summary>
    public static Mat3 LeastSquaresRotation(IReadOnlyList<Vec3> crystal, IReadOnlyList<Vec3> sample)
    {
        ArgumentNullException.ThrowIfNull(crystal);
        ArgumentNullException.ThrowIfNull(sample);
        var h = Matrix<double>.Build.Dense(3, 3);
        for (var n = 0; n < crystal.Count; n++)
        {
            for (var i = 0; i < 3; i++)
            {
                for (var j = 0; j < 3; j++)
                {
                    h[i, j] += sample[n][i] * crystal[n][j];
                }
            }
        }
        var svd = h.Svd(computeVectors: true);
        var d = Math.Sign((svd.U * svd.VT).Determinant());
        var u = svd.U * Matrix<double>.Build.DiagonalOfDiagonalArray([1, 1, d == 0 ? 1 : d]) * svd.VT;
        return new Mat3(u[0, 0], u[0, 1], u[0, 2], u[1, 0], u[1, 1], u[1, 2], u[2, 0], u[2, 1], u[2, 2]);
    }

    /// <summary>Whether some pair of the directions is at least <see cref="MinSpreadDeg"/> from (anti)parallel.</summary>
    public static bool FixesRotation(IReadOnlyList<Vec3> directions)
    {
        ArgumentNullException.ThrowIfNull(directions);
        var limit = Math.Sin(Frames.Rad(MinSpreadDeg));
        for (var i = 0; i < directions.Count; i++)
        {
            for (var j = i + 1; j < directions.Count; j++)
            {
                if (directions[i].Normalized().Cross(directions[j].Normalized()).Norm >= limit)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// U from every reflection, each one's residual and leave-one-out residual, the uncertainty of U, and the flag: with N ≥ 3,
    /// the candidate is the reflection whose removal leaves the others agreeing best (smallest RMS of their own fit); it is
    /// flagged when its leave-one-out residual exceeds <see cref="FlagRatio"/> × that RMS and <see cref="FlagFloorDeg"/>.
    /// </summary>
    /// <remarks>The directions must fix the rotation (<see cref="FixesRotation"/>); unit vectors expected.</remarks>
    public static MountFit Fit(IReadOnlyList<Vec3> crystal, IReadOnlyList<Vec3> sample)
    {
        ArgumentNullException.ThrowIfNull(crystal);
        ArgumentNullException.ThrowIfNull(sample);
        var n = crystal.Count;
        var u = LeastSquaresRotation(crystal, sample);
        var residuals = new double[n];
        var looDeg = new double?[n];
        var restRms = new double?[n];
        for (var i = 0; i < n; i++)
        {
            residuals[i] = Frames.Deg(sample[i].AngleTo(u * crystal[i]));
            if (n < 3)
            {
                continue;
            }
            var (c, s) = (Without(crystal, i), Without(sample, i));
            if (!FixesRotation(c))
            {
                continue;
            }
            var ui = LeastSquaresRotation(c, s);
            looDeg[i] = Frames.Deg(sample[i].AngleTo(ui * crystal[i]));
            restRms[i] = Rms(c.Select((v, k) => Frames.Deg(s[k].AngleTo(ui * v))));
        }
        int? flagged = null;
        var candidate = Enumerable.Range(0, n).Where(i => restRms[i] is not null).Select(i => (int?)i).MinBy(i => restRms[i!.Value]);
        if (candidate is int k && looDeg[k] > Math.Max(FlagRatio * restRms[k]!.Value, FlagFloorDeg))
        {
            flagged = k;
        }
        var list = Enumerable.Range(0, n).Select(i => new FoundResidual(i, residuals[i], looDeg[i])).ToList();
        return new MountFit(u, list, Rms(residuals), Uncertainty(u, crystal, residuals), flagged);
    }

    /// <summary>Gauss–Newton covariance of the small error rotation δ (U → (I + [δ]×) U): Jᵀ J = Σ (I − ŝ ŝᵀ), σ̂² = Σ r² / (2N − 3)
    /// (each direction has two degrees of freedom, a rotation three).</summary>
    private static double Uncertainty(Mat3 u, IReadOnlyList<Vec3> crystal, double[] residualsDeg)
    {
        var jtj = Matrix<double>.Build.Dense(3, 3);
        foreach (var c in crystal)
        {
            var s = (u * c).Normalized();
            for (var i = 0; i < 3; i++)
            {
                for (var j = 0; j < 3; j++)
                {
                    jtj[i, j] += (i == j ? 1 : 0) - s[i] * s[j];
                }
            }
        }
        var dof = 2 * crystal.Count - 3;
        var sigma2 = residualsDeg.Sum(r => r * r) / dof;
        return Math.Sqrt(sigma2 * jtj.Inverse().Trace());
    }

    private static double Rms(IEnumerable<double> values)
    {
        var list = values.ToList();
        return Math.Sqrt(list.Sum(v => v * v) / list.Count);
    }

    private static List<Vec3> Without(IReadOnlyList<Vec3> list, int skip) => [.. list.Where((_, k) => k != skip)];
}
