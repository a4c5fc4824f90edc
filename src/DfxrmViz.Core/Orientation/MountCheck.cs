using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Orientation;

/// <summary>A reflection actually found on the instrument, with the motor angles (degrees, by ASCII axis name).</summary>
public sealed record FoundReflection((double H, double K, double L) Hkl, IReadOnlyDictionary<string, double> AnglesDeg);

/// <summary>A crystal vector as plane and as direction indices, scaled so the largest |index| is 1.</summary>
public sealed record LatticeIndices(Vec3 Plane, Vec3 Direction);

/// <summary>Verdict of the mount check.</summary>
/// <param name="UTrue">The true U (crystal → S) from the found reflections.</param>
/// <param name="MisorientationDeg">Rotation angle of U_true U_assumedᵀ, degrees.</param>
/// <param name="MisorientationAxisSample">Its unit axis in S (= the lab with every motor at 0; zero when the angle is 0).</param>
/// <param name="RotationAboutQFree">Only one reflection: the rotation about its Q is undetermined (the smallest rotation is shown).</param>
/// <param name="InterReflectionAngleErrorDeg">Measured minus cell angle between the two Q's (two reflections only).</param>
/// <param name="Up">Crystal vector that actually points along x_S (up).</param>
/// <param name="Front">Crystal vector that actually points along z_S (out of the exit surface).</param>
/// <param name="Planned">The planned reflection recomputed with U_true (null when not asked).</param>
/// <param name="MisorientationAxisCrystal">The axis as crystal indices (U_trueᵀ n̂_S as plane and as direction).</param>
/// <param name="Fit">Least-squares fit, residuals, uncertainty and the flagged reflection (two or more reflections; else null).</param>
/// <param name="MisorientationAxisLab">The axis in the lab with the motors at the planned solution (set by the plan's stage).</param>
public sealed record MountCheckResult(Mat3 UTrue, double MisorientationDeg, Vec3 MisorientationAxisSample, bool RotationAboutQFree,
    double? InterReflectionAngleErrorDeg, LatticeIndices Up, LatticeIndices Front, OrientationResult? Planned,
    LatticeIndices MisorientationAxisCrystal, MountFit? Fit, Vec3? MisorientationAxisLab = null);

/// <summary>True orientation from reflections found on the instrument: the least-squares rotation from two or more (Kabsch; for two
/// noise-free reflections the Busing–Levy UB [BL67 §4]), or the smallest rotation from one (rotation about Q free); compares it
/// with the assumed mount (docs/physics.md §6, §7).</summary>
public static class MountCheck
{
    /// <summary>One or two reflections (the form of earlier versions).</summary>
    public static MountCheckResult Check(UnitCell cell, double energyKeV, GoniometerProfile profile, SampleMount assumed,
        FoundReflection first, FoundReflection? second = null, double toleranceDeg = 0.5,
        (double H, double K, double L)? planned = null, OrientationInputs? plannedInputs = null) =>
        Check(cell, energyKeV, profile, assumed, second is null ? [first] : [first, second], toleranceDeg, planned, plannedInputs);

    /// <summary>Checks the mount from every found reflection; with exactly two, <paramref name="toleranceDeg"/> bounds the
    /// disagreement of their angle with the cell (with more, the one that disagrees is flagged instead).</summary>
    /// <exception cref="InputException">none given; missing/non-finite angles; all (anti)parallel; inconsistent pair (says by how much).</exception>
    public static MountCheckResult Check(UnitCell cell, double energyKeV, GoniometerProfile profile, SampleMount assumed,
        IReadOnlyList<FoundReflection> found, double toleranceDeg = 0.5,
        (double H, double K, double L)? planned = null, OrientationInputs? plannedInputs = null)
    {
        cell.Validated();
        ArgumentNullException.ThrowIfNull(found);
        if (found.Count == 0)
        {
            throw new InputException(new InputProblem("found[0]", "Give at least one reflection found on the instrument."));
        }
        var obs = found.Select((f, i) => Observed(cell, energyKeV, profile, f, $"found[{i}]")).ToList();
        Mat3 uTrue;
        double? error = null;
        MountFit? fit = null;
        if (obs.Count == 1)
        {
            uTrue = MinimalRotation(assumed.U * obs[0].Crystal, obs[0].Sample) * assumed.U;
        }
        else
        {
            var (crystal, sample) = (obs.Select(o => o.Crystal).ToList(), obs.Select(o => o.Sample).ToList());
            if (!OrientationFit.FixesRotation(crystal))
            {
                throw new InputException(new InputProblem("found[1]",
                    "The found reflections are all (anti)parallel; give two reflections whose scattering vectors are at least 1° apart."));
            }
            error = obs.Count == 2 ? PairError(crystal[0], crystal[1], sample[0], sample[1], toleranceDeg) : null;
            fit = OrientationFit.Fit(crystal, sample);
            uTrue = fit.U;
        }
        var (angle, axis) = AxisAngle(uTrue * assumed.U.Transpose());
        var up = Indices(cell, uTrue.Transpose() * Frames.SampleUp);
        var front = Indices(cell, uTrue.Transpose() * Frames.SampleFront);
        var axisCrystal = axis.Norm > 0 ? Indices(cell, uTrue.Transpose() * axis) : new LatticeIndices(Vec3.Zero, Vec3.Zero);
        OrientationResult? plannedResult = null;
        if (planned is { } p)
        {
            var mount = new SampleMount(uTrue, new LatticeVector(up.Direction, LatticeVectorKind.Direction),
                new LatticeVector(front.Direction, LatticeVectorKind.Direction));
            plannedResult = OrientationCalculator.ComputeWithMount(cell, new Vec3(p.H, p.K, p.L), energyKeV,
                (plannedInputs ?? new OrientationInputs()) with { BeamExit = null }, profile, mount);
        }
        return new MountCheckResult(uTrue, Frames.Deg(angle), axis, obs.Count == 1, error, up, front, plannedResult, axisCrystal, fit);
    }

    /// <summary>Unit Q in the crystal frame and, from the motor angles, in S: Q̂_S = Γᵀ Q̂_L(θ) (vertical scattering, η = 0).</summary>
    private static (Vec3 Crystal, Vec3 Sample) Observed(UnitCell cell, double energyKeV, GoniometerProfile profile, FoundReflection f, string field)
    {
        var h = new Vec3(f.Hkl.H, f.Hkl.K, f.Hkl.L);
        var theta = BraggGeometry.ThetaRad(cell, h, energyKeV);
        var rad = new double[profile.Axes.Count];
        for (var i = 0; i < rad.Length; i++)
        {
            var name = profile.Axes[i].AsciiName;
            if (f.AnglesDeg is null || !f.AnglesDeg.TryGetValue(name, out var deg) || !double.IsFinite(deg))
            {
                throw new InputException(new InputProblem($"{field}.angles.{name}",
                    $"Give the {profile.Axes[i].Name} ({name}) angle, in degrees, at which {LatticeVector.Plane(h.X, h.Y, h.Z)} was found."));
            }
            rad[i] = Frames.Rad(deg);
        }
        var qLab = Frames.LabScatteringUnit(theta, 0);
        return (cell.ReciprocalVector(h).Normalized(), profile.Rotation(rad).Transpose() * qLab);
    }

    private static double PairError(Vec3 c1, Vec3 c2, Vec3 s1, Vec3 s2, double toleranceDeg)
    {
        var cellAngle = Frames.Deg(c1.AngleTo(c2));
        if (cellAngle < 1 || cellAngle > 179)
        {
            throw new InputException(new InputProblem("found[1]",
                "The two found reflections are (anti)parallel; give two reflections whose scattering vectors are at least 1° apart."));
        }
        var error = Frames.Deg(s1.AngleTo(s2)) - cellAngle;
        if (!(Math.Abs(error) <= toleranceDeg))
        {
            throw new InputException(new InputProblem("found[1]",
                $"The angle between the two found reflections disagrees with the cell by {InputProblem.Show(error)}° " +
                $"(cell: {InputProblem.Show(cellAngle)}°, tolerance {InputProblem.Show(toleranceDeg)}°); check the indices, the angles or the cell."));
        }
        return error;
    }

    private static Mat3 MinimalRotation(Vec3 from, Vec3 to)
    {
        var axis = from.Cross(to);
        var angle = from.AngleTo(to);
        if (axis.Norm < 1e-15)
        {
            return angle < 1 ? Mat3.Identity : Mat3.Rotation(Perpendicular(from), Math.PI);
        }
        return Mat3.Rotation(axis, angle);
    }

    private static Vec3 Perpendicular(Vec3 n)
    {
        var trial = Math.Abs(n.Normalized().X) < 0.9 ? Vec3.UnitX : Vec3.UnitY;
        return trial.Cross(n).Normalized();
    }

    /// <summary>Angle (atan2 of sin, cos: accurate near 0) and unit axis of rotation matrix r.</summary>
    public static (double AngleRad, Vec3 Axis) AxisAngle(Mat3 r)
    {
        var v = 0.5 * new Vec3(r.M21 - r.M12, r.M02 - r.M20, r.M10 - r.M01);
        var cos = (r.M00 + r.M11 + r.M22 - 1) / 2;
        var angle = Math.Atan2(v.Norm, cos);
        if (v.Norm > 1e-12 || angle < 1)
        {
            return (angle, v.Normalized());
        }
        // Near 180°: the axis is the column of (R + I)/2 with the largest norm.
        var s = new Mat3(r.M00 + 1, r.M01, r.M02, r.M10, r.M11 + 1, r.M12, r.M20, r.M21, r.M22 + 1);
        var col = new[] { s.Column(0), s.Column(1), s.Column(2) }.MaxBy(c => c.Norm);
        return (angle, col.Normalized());
    }

    private static LatticeIndices Indices(UnitCell cell, Vec3 crystalVector)
    {
        static Vec3 Scale(Vec3 v) => v / Math.Max(Math.Abs(v.X), Math.Max(Math.Abs(v.Y), Math.Abs(v.Z)));
        return new LatticeIndices(Scale(cell.B.Inverse() * crystalVector), Scale(cell.B.Transpose() * crystalVector));
    }
}
