using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Instruments;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Optics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Core.Scene;

namespace DfxrmViz.Core.Tests.Scene;

/// <summary>Scene inputs for a crystal, reflection and mount, computed through Core's own pipeline steps (shared by the
/// Core scene tests and the .glb export tests, which link this file).</summary>
internal static class SceneScenario
{
    /// <summary>LiNbO3 x-cut wafer aligned on (1 −1 2) at 17 keV, up (0 0 1), exit surface (−1 −1 0), 5000 × 5000 × 150 µm
    /// (DF-XRM_vis README example).</summary>
    public static SceneInputs LiNbO3(string profile = "dfxrm-vis", ViewOptions? view = null, int? solution = null) =>
        For(CrystalLibrary.Load("LiNbO3"), new Vec3(1, -1, 2), 17, LatticeVector.Plane(0, 0, 1), LatticeVector.Plane(-1, -1, 0), profile,
            view: view, solution: solution);

    public static SceneInputs For(Core.Crystal.Crystal crystal, Vec3 hkl, double energyKeV, LatticeVector? up, LatticeVector? front, string profileId,
        ViewOptions? view = null, SampleSizeUm? sample = null, LensResult? lens = null, double? detectorMm = null, int? solution = null)
    {
        var profile = GoniometerProfiles.Get(profileId);
        var size = sample ?? SampleSizeUm.Default;
        var orientation = OrientationCalculator.Compute(crystal.Cell, (hkl.X, hkl.Y, hkl.Z), energyKeV,
            new OrientationInputs(up, front, Sample: new SampleBoxUm(size.Height, size.Width, size.Thickness)), profile);
        // A solution outside the limits is still a Bragg condition: draw the first when none is inside.
        var index = solution ?? orientation.Solutions.ChosenIndex ?? (orientation.Solutions.Solutions.Count > 0 ? 0 : null);
        return SceneInputsFactory.Create(crystal, hkl, energyKeV, orientation, profile, index, size, lens, detectorMm, view ?? ViewOptions.Default);
    }

    /// <summary>The app's default reflection: strongest |F|² in the esrf-dfxm 2θ window (docs/physics.md §5).</summary>
    public static Vec3 DefaultHkl(Core.Crystal.Crystal crystal, double energyKeV)
    {
        var instrument = InstrumentProfiles.Get("esrf-dfxm");
        var table = ReflectionCalculator.Compute(crystal, energyKeV, instrument.TwoThetaMinDeg.Value, instrument.TwoThetaMaxDeg.Value);
        var h = table.DefaultReflection!.Hkl;
        return new Vec3(h.H, h.K, h.L);
    }

    /// <summary>Γ of the drawn angles (docs/physics.md §7), or the unique lab rotation when none is drawn.</summary>
    public static Mat3 Gamma(SceneInputs inputs)
    {
        if (inputs.AnglesDeg is { } angles)
        {
            return inputs.Profile.Rotation([.. angles.Select(Frames.Rad)]);
        }
        var o = inputs.Orientation;
        return BraggSolutions.TargetRotation(o.K0SampleInvA, o.KhSampleInvA, Frames.Rad(o.TwoThetaDeg / 2));
    }

    /// <summary>Where the mount puts the sample's up and exit normal, in glTF axes: G Γ U applied to up and to front ⟂ up
    /// (docs/physics.md §6), computed here from the cell and the lattice vectors rather than read from the scene.</summary>
    public static (Vec3 Up, Vec3 ExitNormal) MountedAxes(SceneInputs inputs)
    {
        var mount = inputs.Orientation.Mount;
        var up = mount.Up.CartesianUnit(inputs.Cell, "up");
        var front = mount.Front.CartesianUnit(inputs.Cell, "front");
        var frontPerp = (front - front.Dot(up) * up).Normalized();
        var toWorld = SceneAxes.LabToGltf * Gamma(inputs) * mount.U;
        return (toWorld * up, toWorld * frontPerp);
    }

    /// <summary>Angle in radians between two vectors.</summary>
    public static double Angle(Vec3 a, Vec3 b) => a.AngleTo(b);
}
