using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Planning;

namespace DfxrmViz.Core.Scene;

/// <summary>What every part of the scene shares, computed once from the inputs and made safe: the rotations, the beam
/// directions in glTF axes, the sample's drawn size and the scene's characteristic length.</summary>
internal sealed class SceneFrame
{
    /// <summary>Smallest drawn sample edge relative to the largest (a 1 µm × 10 mm sheet still shows as a sheet).</summary>
    public const double MinSampleAspect = 0.005;

    public SceneFrame(SceneInputs inputs)
    {
        Inputs = inputs;
        View = inputs.View;
        var angles = inputs.AnglesDeg is { } a && a.Count == inputs.Profile.Axes.Count && a.All(double.IsFinite) ? a : null;
        HasSolution = angles is not null;
        AnglesDeg = angles is null ? [.. inputs.Profile.Axes.Select(_ => 0.0)] : [.. angles];
        var o = inputs.Orientation;
        TwoThetaRad = Frames.Rad(Finite(o.TwoThetaDeg, 0));
        Gamma = HasSolution ? inputs.Profile.Rotation([.. AnglesDeg.Select(Frames.Rad)]) : TargetRotation(o, TwoThetaRad / 2);
        SampleToWorld = G * Gamma;
        K0 = Snap(Unit(SampleToWorld * o.K0SampleInvA, Vec3.UnitX));
        Kh = Snap(Unit(SampleToWorld * o.KhSampleInvA, Vec3.UnitY));
        Q = Snap(Unit(SampleToWorld * o.QSampleInvA, Vec3.UnitY));
        var normal = K0.Cross(Kh);
        Normal = Snap(normal.Norm > 1e-9 ? normal.Normalized() : G * Frames.LabBeam.Cross(Frames.LabUp));

        var scale = Finite(View.SampleScale, 1) > 0 ? Finite(View.SampleScale, 1) : 1;
        var s = inputs.Sample;
        var size = new Vec3(Positive(s.Height, 1000), Positive(s.Width, 1000), Positive(s.Thickness, 100));
        SampleUm = size;
        var largest = Math.Max(size.X, Math.Max(size.Y, size.Z));
        var min = MinSampleAspect * largest;
        SampleThickened = size.X < min || size.Y < min || size.Z < min;
        SampleDrawnMm = new Vec3(Math.Max(size.X, min), Math.Max(size.Y, min), Math.Max(size.Z, min)) * (scale / 1000);
        Ls = largest * scale / 1000;
        BeamBackMm = Math.Max(Positive(View.BeamExtensionBackUm, 25000) / 1000, 1.5 * Ls);
        BeamFrontMm = Math.Max(Positive(View.BeamExtensionFrontUm, 25000) / 1000, 1.5 * Ls);
    }

    public SceneInputs Inputs { get; }

    public ViewOptions View { get; }

    /// <summary>Lab → glTF axes.</summary>
    public static Mat3 G => SceneAxes.LabToGltf;

    /// <summary>Γ: sample frame S → lab L at the drawn angles.</summary>
    public Mat3 Gamma { get; }

    /// <summary>G Γ: sample frame S → glTF axes.</summary>
    public Mat3 SampleToWorld { get; }

    public bool HasSolution { get; }

    public double[] AnglesDeg { get; }

    public double TwoThetaRad { get; }

    /// <summary>Unit incident, diffracted and scattering-vector directions in glTF axes.</summary>
    public Vec3 K0 { get; }

    public Vec3 Kh { get; }

    public Vec3 Q { get; }

    /// <summary>Unit normal of the scattering plane, k̂0 × k̂h (y_L for vertical scattering).</summary>
    public Vec3 Normal { get; }

    /// <summary>Sample edges in µm (height, width, thickness), made positive.</summary>
    public Vec3 SampleUm { get; }

    /// <summary>Drawn edges in scene mm (sample scale applied, at least <see cref="MinSampleAspect"/> of the largest).</summary>
    public Vec3 SampleDrawnMm { get; }

    public bool SampleThickened { get; }

    /// <summary>Largest drawn sample edge: the length every other part is sized by.</summary>
    public double Ls { get; }

    public double BeamBackMm { get; }

    public double BeamFrontMm { get; }

    /// <summary>Crystal Cartesian frame → glTF axes: G Γ U.</summary>
    public Mat3 CrystalToWorld => SampleToWorld * Inputs.Orientation.Mount.U;

    public static double Finite(double v, double fallback) => double.IsFinite(v) ? v : fallback;

    public static double Positive(double v, double fallback) => double.IsFinite(v) && v > 0 ? v : fallback;

    public static Vec3 Unit(Vec3 v, Vec3 fallback) => v.IsFinite && v.Norm > 1e-300 ? v.Normalized() : fallback;

    /// <summary>Rounds to 1e-12 so that a change elsewhere (another solution) does not re-send a beam over rounding noise.</summary>
    public static Vec3 Snap(Vec3 v) => new(Math.Round(v.X, 12), Math.Round(v.Y, 12), Math.Round(v.Z, 12));

    private static Mat3 TargetRotation(OrientationResult o, double thetaRad)
    {
        var k0 = o.K0SampleInvA;
        var kh = o.KhSampleInvA;
        if (!k0.IsFinite || !kh.IsFinite || k0.Normalized().Cross(kh.Normalized()).Norm < 1e-12)
        {
            return Mat3.Identity;
        }
        return BraggSolutions.TargetRotation(k0, kh, thetaRad);
    }
}
