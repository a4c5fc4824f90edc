using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Web.Api;

namespace DfxrmViz.Web.Services;

/// <summary>How the beams are laid about Q (docs/physics.md §6 "Wave vectors", "Minimise beam path").</summary>
public enum BeamExitChoice
{
    /// <summary>e = exit-surface normal: the old tool's "minimise beam path" box (nothing is minimised).</summary>
    ThroughFront,

    /// <summary>The azimuth about Q with the shortest L_in + L_out from the sample centre.</summary>
    ShortestPath,

    /// <summary>The user's beam-exit direction.</summary>
    Given,
}

/// <summary>The planned reflection's solution the user picked, remembered with the reflection and energy it was picked for.</summary>
public sealed record SolutionChoice(int Index, (int H, int K, int L) Hkl, double EnergyKeV);

/// <summary>Orientation inputs of a plan (immutable).</summary>
/// <param name="Up">Sample up; null = Q of the planned reflection.</param>
/// <param name="Front">Exit-surface normal/direction; null = the frame-independent default (docs/physics.md §6).</param>
/// <param name="BeamExit">How the beams are laid about Q.</param>
/// <param name="BeamExitVector">The beam-exit direction for <see cref="BeamExitChoice.Given"/>.</param>
/// <param name="GoniometerId">Profile id (default esrf-dfxm).</param>
/// <param name="LimitOverrides">User limits by ASCII axis name (replace the profile's assumptions).</param>
/// <param name="Chosen">The solution the user picked, or null for the default (least motion inside the limits).</param>
public sealed record OrientationSettings(LatticeVector? Up, LatticeVector? Front, BeamExitChoice BeamExit, LatticeVector? BeamExitVector,
    string GoniometerId, IReadOnlyDictionary<string, (double MinDeg, double MaxDeg)> LimitOverrides, SolutionChoice? Chosen)
{
    public static OrientationSettings Default { get; } = new(null, null, BeamExitChoice.ThroughFront, null, GoniometerProfiles.DefaultId,
        new Dictionary<string, (double, double)>(), null);

    /// <summary>The goniometer profile with the user's limits.</summary>
    public GoniometerProfile Profile() => OrientationEndpoints.WithLimits(GoniometerProfiles.Get(GoniometerId), LimitOverrides);

    /// <summary>Core inputs for a sample box.</summary>
    public OrientationInputs ToInputs(SampleBoxUm sample) => new(Up, Front, BeamExit == BeamExitChoice.Given ? BeamExitVector : null,
        MinimiseBeamPath: true, OptimiseBeamPath: BeamExit == BeamExitChoice.ShortestPath, Sample: sample);
}

/// <summary>One reflection found on the instrument: indices and the motor angles (degrees) by ASCII axis name.</summary>
public sealed record FoundReflectionInput((int H, int K, int L) Hkl, IReadOnlyDictionary<string, double> AnglesDeg)
{
    public FoundReflection ToCore() => new(Hkl, AnglesDeg);
}

/// <summary>Mount-check inputs: one or two found reflections (docs/physics.md §6, issue 7 "Mount check").</summary>
public sealed record MountCheckSettings(FoundReflectionInput First, FoundReflectionInput? Second, double ToleranceDeg = 0.5);

public sealed partial class PlannerState
{
    /// <summary>Orientation inputs (mount, beam exit, goniometer).</summary>
    public OrientationSettings Orientation { get; private set; } = OrientationSettings.Default;

    /// <summary>Mount-check inputs, or null when none were entered.</summary>
    public MountCheckSettings? MountCheckInputs { get; private set; }

    /// <summary>The sample box of the state.</summary>
    public SampleBoxUm SampleBox => new(HeightUm, WidthUm, ThicknessUm);

    /// <summary>Replaces the orientation inputs (the picked solution is reset; a new goniometer clears the mount check).
    /// Throws <see cref="InputException"/> (state unchanged) for an unknown profile, bad limits, a zero vector or up ∥ front.</summary>
    public void SetOrientation(OrientationSettings settings)
    {
        _ = settings.Profile();
        if (settings.BeamExit == BeamExitChoice.Given && settings.BeamExitVector is null)
        {
            throw new InputException("beamExit", "Give the beam-exit direction as a plane (hkl) or a direction [uvw].");
        }
        if (Crystal is { } c)
        {
            var cell = c.Crystal.Cell;
            settings.BeamExitVector?.CartesianUnit(cell, "beamExit");
            var up = settings.Up ?? (SelectedHkl is { } h ? LatticeVector.Plane(h.H, h.K, h.L) : null);
            if (up is not null)
            {
                SampleFrame.Mount(cell, up, settings.Front);
            }
            else
            {
                settings.Front?.CartesianUnit(cell, "front");
            }
        }
        else
        {
            RequireNonZero(settings.Up, "up");
            RequireNonZero(settings.Front, "front");
            RequireNonZero(settings.BeamExitVector, "beamExit");
        }
        if (settings.GoniometerId != Orientation.GoniometerId)
        {
            MountCheckInputs = null;
        }
        Orientation = settings with { Chosen = null };
        NotifyChanged();
    }

    /// <summary>Picks solution <paramref name="index"/> of the current planned reflection (null = back to the default).</summary>
    public void SelectSolution(int? index)
    {
        if (index is < 0)
        {
            throw new InputException("solution", "The solution number must not be negative.");
        }
        Orientation = Orientation with
        {
            Chosen = index is int i && SelectedHkl is { } h ? new SolutionChoice(i, h, EnergyKeV) : null,
        };
        NotifyChanged();
    }

    /// <summary>Sets or clears the mount-check inputs; throws <see cref="InputException"/> (state unchanged) when an angle of
    /// the current goniometer is missing or not finite.</summary>
    public void SetMountCheck(MountCheckSettings? check)
    {
        if (check is not null)
        {
            var profile = Orientation.Profile();
            RequireAngles(check.First, profile, "found[0]");
            if (check.Second is { } second)
            {
                RequireAngles(second, profile, "found[1]");
            }
            if (!double.IsFinite(check.ToleranceDeg) || check.ToleranceDeg <= 0)
            {
                throw new InputException("toleranceDeg", "The tolerance must be a positive number of degrees.");
            }
        }
        MountCheckInputs = check;
        NotifyChanged();
    }

    private static void RequireAngles(FoundReflectionInput f, GoniometerProfile profile, string field)
    {
        if (f.Hkl == (0, 0, 0))
        {
            throw new InputException($"{field}.hkl", "The found reflection needs indices that are not all zero.");
        }
        foreach (var axis in profile.Axes)
        {
            if (!f.AnglesDeg.TryGetValue(axis.AsciiName, out var deg) || !double.IsFinite(deg))
            {
                throw new InputException($"{field}.angles.{axis.AsciiName}", $"Give the {axis.Name} angle in degrees.");
            }
        }
    }

    private static void RequireNonZero(LatticeVector? v, string field)
    {
        if (v is not null && (!v.Indices.IsFinite || v.Indices == Vec3.Zero))
        {
            throw new InputException(field, $"The {field} indices must be finite and not all zero.");
        }
    }
}
