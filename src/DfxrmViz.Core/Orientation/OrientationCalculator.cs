using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Orientation;

/// <summary>Single entry point for the geometry section: mount → beams → goniometer solutions → beam paths (docs/physics.md §3, §6, §7).</summary>
public static class OrientationCalculator
{
    /// <summary>Orientation of reflection <paramref name="hkl"/> at <paramref name="energyKeV"/> for the given mount and goniometer.</summary>
    /// <exception cref="InputException">bad cell/indices/vectors/sizes; λ/2d &gt; 1 (PhysicallyImpossible).</exception>
    public static OrientationResult Compute(UnitCell cell, (double H, double K, double L) hkl, double energyKeV,
        OrientationInputs inputs, GoniometerProfile profile)
    {
        cell.Validated();
        var h = new Vec3(hkl.H, hkl.K, hkl.L);
        BraggGeometry.DSpacingA(cell, h);
        var mount = SampleFrame.Mount(cell, inputs.Up ?? LatticeVector.Plane(h.X, h.Y, h.Z), inputs.Front);
        return ComputeWithMount(cell, h, energyKeV, inputs, profile, mount);
    }

    /// <summary>As <see cref="Compute"/> but with a given mount U (e.g. the true one from the mount check).</summary>
    public static OrientationResult ComputeWithMount(UnitCell cell, Vec3 hkl, double energyKeV, OrientationInputs inputs,
        GoniometerProfile profile, SampleMount mount)
    {
        ValidateOptional(inputs);
        var sample = inputs.Sample?.Validated();
        var (beams, rule, free) = ChooseBeams(cell, hkl, energyKeV, inputs, mount, sample);
        var solutions = BraggSolutions.Solve(profile, beams.K0Sample, beams.KhSample, beams.ThetaRad, inputs.FixedAxis, Frames.Rad(inputs.EtaDeg));
        BeamPathUm? path = null;
        double? transmission = null;
        SlabTransmission? slab = null;
        if (sample is not null)
        {
            var (inc, dif) = BeamPath.FromCentreUm(sample, beams.K0Sample, beams.KhSample);
            path = new BeamPathUm(inc, dif);
            if (inputs.AttenuationLengthUm is double att)
            {
                transmission = BeamPath.Transmission(inc + dif, att);
                slab = BeamPath.Slab(sample.ThicknessUm, att, beams.K0Sample, beams.KhSample);
            }
        }
        return new OrientationResult(beams.TwoThetaDeg, beams.DSpacingA, beams.QSample, beams.K0Sample, beams.KhSample,
            mount.U * mount.Up.CartesianUnit(cell, "up"), mount.U * mount.Front.CartesianUnit(cell, "front"), mount,
            beams.BeamExitSample, rule, profile.Id, solutions, path, transmission, slab, free, inputs.AzimuthDeg);
    }

    private static (BraggBeams Beams, BeamExitRule Rule, bool AzimuthFree) ChooseBeams(UnitCell cell, Vec3 hkl, double energyKeV,
        OrientationInputs inputs, SampleMount mount, SampleBoxUm? sample)
    {
        if (inputs.BeamExit is not null)
        {
            var e = mount.U * inputs.BeamExit.CartesianUnit(cell, "beamExit");
            var (given, free) = ScatteringPlane.Beams(cell, hkl, energyKeV, mount.U, e, inputs.AzimuthDeg);
            return (given, BeamExitRule.Given, free);
        }
        if (inputs.OptimiseBeamPath && sample is not null)
        {
            return (ShortestPath.Beams(cell, hkl, energyKeV, mount.U, sample), BeamExitRule.ShortestPath, false);
        }
        var (front, frontFree) = ScatteringPlane.Beams(cell, hkl, energyKeV, mount.U, Frames.SampleFront, inputs.AzimuthDeg);
        return (front, BeamExitRule.ThroughFront, frontFree);
    }

    private static void ValidateOptional(OrientationInputs inputs)
    {
        if (inputs.AttenuationLengthUm is double att && (!double.IsFinite(att) || att <= 0))
        {
            throw new InputException(new InputProblem("attenuationLengthUm",
                $"The attenuation length must be a positive number of µm; got {InputProblem.Show(att)}."));
        }
        if (!double.IsFinite(inputs.AzimuthDeg))
        {
            throw new InputException(new InputProblem("azimuthDeg", $"The azimuth must be a finite number of degrees; got {InputProblem.Show(inputs.AzimuthDeg)}."));
        }
        if (!double.IsFinite(inputs.EtaDeg) || Math.Abs(inputs.EtaDeg) > 90)
        {
            throw new InputException(new InputProblem("etaDeg", $"η must lie between −90° and 90°; got {InputProblem.Show(inputs.EtaDeg)}."));
        }
    }
}
