using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Orientation;

/// <summary>Sample box in µm: height along x_S, width along y_S, thickness along z_S (docs/physics.md §3, §6).</summary>
public sealed record SampleBoxUm(double HeightUm, double WidthUm, double ThicknessUm)
{
    /// <summary>Half-sizes w = (H/2, W/2, t/2) in µm.</summary>
    public Vec3 HalfSizesUm => new(HeightUm / 2, WidthUm / 2, ThicknessUm / 2);

    /// <summary>Throws unless every size is a finite positive number.</summary>
    public SampleBoxUm Validated()
    {
        foreach (var (v, name) in new[] { (HeightUm, "height"), (WidthUm, "width"), (ThicknessUm, "thickness") })
        {
            if (!double.IsFinite(v) || v <= 0)
            {
                throw new InputException(new InputProblem($"sampleUm.{name}", $"The sample {name} must be a positive number of µm; got {InputProblem.Show(v)}."));
            }
        }
        return this;
    }
}

/// <summary>Which face the diffracted beam leaves by, relative to the slab the beam enters.</summary>
public enum SlabGeometry
{
    /// <summary>Transmission: the diffracted beam leaves by the opposite face (γh &gt; 0).</summary>
    Laue,

    /// <summary>Reflection: the diffracted beam leaves by the entrance face (γh &lt; 0).</summary>
    Bragg,
}

/// <summary>Depth-averaged transmission of a slab of thickness t through z_S.</summary>
public sealed record SlabTransmission(SlabGeometry Geometry, double Gamma0, double GammaH, double Transmission);

/// <summary>Beam path lengths inside the sample box and the transmission along them (docs/physics.md §3 "Path-aware transmission").</summary>
public static class BeamPath
{
    /// <summary>Distance in µm from p to the box wall along unit u: s = min over u_i ≠ 0 of (sign(u_i) w_i − p_i)/u_i.</summary>
    public static double DistanceToWallUm(SampleBoxUm box, Vec3 pUm, Vec3 u)
    {
        var w = box.HalfSizesUm;
        var best = double.PositiveInfinity;
        for (var i = 0; i < 3; i++)
        {
            if (Math.Abs(u[i]) > 1e-15)
            {
                best = Math.Min(best, (Math.Sign(u[i]) * w[i] - pUm[i]) / u[i]);
            }
        }
        return best;
    }

    /// <summary>(L_in, L_out) at the box centre: L_in = s(0, −k̂0), L_out = s(0, k̂h), µm.</summary>
    public static (double IncidentUm, double DiffractedUm) FromCentreUm(SampleBoxUm box, Vec3 k0, Vec3 kh) =>
        (DistanceToWallUm(box, Vec3.Zero, -k0.Normalized()), DistanceToWallUm(box, Vec3.Zero, kh.Normalized()));

    /// <summary>T = exp(−(L_in + L_out)/L_att) (Beer–Lambert; docs/physics.md §3).</summary>
    public static double Transmission(double pathUm, double attenuationLengthUm) => Math.Exp(-pathUm / attenuationLengthUm);

    /// <summary>
    /// Depth-averaged slab transmission (Beer–Lambert; cf. ITC Vol. C ch. 6.3; docs/physics.md §3). The entrance face is the one the
    /// incident beam meets; n̂ its inward normal (±z_S), γ0 = k̂0·n̂, γh = k̂h·n̂.
    /// Laue: ⟨T⟩ = [e^(−µt/γh) − e^(−µt/γ0)]/[µt(1/γ0 − 1/γh)] (limit e^(−µt/γ) for γ0 = γh);
    /// Bragg: ⟨T⟩ = (1 − e^(−µtΣ))/(µtΣ), Σ = 1/γ0 + 1/|γh|. Null when a beam runs parallel to the surface.
    /// </summary>
    public static SlabTransmission? Slab(double thicknessUm, double attenuationLengthUm, Vec3 k0, Vec3 kh)
    {
        var n = k0.Z >= 0 ? Vec3.UnitZ : -Vec3.UnitZ;
        double g0 = k0.Normalized().Dot(n), gh = kh.Normalized().Dot(n);
        if (g0 < 1e-9 || Math.Abs(gh) < 1e-9)
        {
            return null;
        }
        var mut = thicknessUm / attenuationLengthUm;
        if (gh > 0)
        {
            // Same formula as e^(−min(a, b))·(1 − e^(−x))/x with a = µt/γ0, b = µt/γh, x = |a − b| ≥ 0: stable as γ0 → γh, and
            // finite for a thick slab with γ0 > γh, where e^(−b) underflows to 0 while (1 − e^(−x))/x with x < 0 overflows to ∞.
            double a = mut / g0, b = mut / gh;
            var t = Math.Exp(-Math.Min(a, b)) * OneMinusExpOverX(Math.Abs(a - b));
            return new SlabTransmission(SlabGeometry.Laue, g0, gh, t);
        }
        var sigma = 1 / g0 + 1 / -gh;
        return new SlabTransmission(SlabGeometry.Bragg, g0, gh, OneMinusExpOverX(mut * sigma));
    }

    /// <summary>(1 − e^(−x))/x, → 1 as x → 0.</summary>
    private static double OneMinusExpOverX(double x) => Math.Abs(x) < 1e-12 ? 1 - x / 2 : -double.ExpM1(-x) / x;
}
