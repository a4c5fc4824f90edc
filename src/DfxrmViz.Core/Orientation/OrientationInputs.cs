using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Orientation;

/// <summary>How the beam-exit direction e was chosen (docs/physics.md §6).</summary>
public enum BeamExitRule
{
    /// <summary>The user's beamExit vector (its part ⟂ Q).</summary>
    Given,

    /// <summary>e = front normal ẑ_S: what the upstream "minimise beam path" checkbox does (no path is computed).</summary>
    ThroughFront,

    /// <summary>The azimuth of k̂⊥ about Q minimising L_in + L_out at the box centre (docs/physics.md §6, optional).</summary>
    ShortestPath,
}

/// <summary>Orientation request besides cell, reflection and energy (docs/api.md POST /api/v1/orientation).</summary>
/// <param name="Up">Sample up; null = Q of the reflection (plane (hkl)).</param>
/// <param name="Front">Exit-surface normal or direction; null = the frame-independent default (docs/physics.md §6).</param>
/// <param name="BeamExit">Beam-exit direction; when given it wins over the rules below.</param>
/// <param name="MinimiseBeamPath">Upstream checkbox: e = front (beam leaves through the exit surface). With up = Q this is
/// symmetric Laue through the thickness. It does not compute or minimise any path; see <paramref name="OptimiseBeamPath"/>.</param>
/// <param name="OptimiseBeamPath">Really minimise L_in + L_out over the azimuth about Q (needs <paramref name="Sample"/>).</param>
/// <param name="Sample">Sample box in µm (height along up, width, thickness along the front normal).</param>
/// <param name="AttenuationLengthUm">1/µ in µm (from the absorption code), for the transmissions.</param>
/// <param name="FixedAxis">For 4-motor stacks: the motor held fixed; null = the profile's default (esrf-dfxm: μ = θ, mode A).</param>
/// <param name="EtaDeg">Out-of-plane angle η of the diffracted beam (oblique geometry); 0 = vertical scattering.</param>
/// <param name="AzimuthDeg">Turn of the scattering plane about Q where the inputs leave it free (e ∥ Q), right-handed about Q
/// from the plane that contains the sample's up axis (docs/physics.md §6 "Free azimuth"); unused otherwise.</param>
public sealed record OrientationInputs(
    LatticeVector? Up = null,
    LatticeVector? Front = null,
    LatticeVector? BeamExit = null,
    bool MinimiseBeamPath = true,
    bool OptimiseBeamPath = false,
    SampleBoxUm? Sample = null,
    double? AttenuationLengthUm = null,
    FixedAxis? FixedAxis = null,
    double EtaDeg = 0,
    double AzimuthDeg = 0);

/// <summary>Incident and diffracted path lengths inside the box, from its centre (µm).</summary>
public sealed record BeamPathUm(double Incident, double Diffracted);

/// <summary>Everything docs/api.md's orientation response needs, plus the mount and the chosen rules.</summary>
/// <param name="TwoThetaDeg">2θ in degrees.</param>
/// <param name="DA">d-spacing in Å.</param>
/// <param name="QSampleInvA">Q in S, Å⁻¹ (2π included).</param>
/// <param name="K0SampleInvA">k0 in S, Å⁻¹.</param>
/// <param name="KhSampleInvA">kh in S, Å⁻¹.</param>
/// <param name="UpSample">Unit 'up' in S (always x̂_S).</param>
/// <param name="FrontSample">Unit 'front' in S as given (only its part ⟂ up defines ẑ_S).</param>
/// <param name="Mount">U and the up/front vectors used (the default front is filled in).</param>
/// <param name="BeamExitSample">Unit beam-exit direction used, in S.</param>
/// <param name="BeamExitRule">How it was chosen.</param>
/// <param name="Goniometer">Profile id.</param>
/// <param name="Solutions">Every goniometer solution with residuals and limits, the default choice, the blocking axis.</param>
/// <param name="BeamPathUm">Path lengths at the box centre (null without a sample box).</param>
/// <param name="Transmission">exp(−µ(L_in + L_out)) at the box centre (null without box or attenuation length).</param>
/// <param name="Slab">Depth-averaged Laue/Bragg transmission of the slab through z_S (null if not applicable).</param>
/// <param name="AzimuthFree">e ∥ Q: the inputs left the plane free; it is the free-azimuth plane turned by <paramref name="AzimuthDeg"/>.</param>
/// <param name="AzimuthDeg">The azimuth asked for (used only when <paramref name="AzimuthFree"/>).</param>
public sealed record OrientationResult(
    double TwoThetaDeg, double DA, Vec3 QSampleInvA, Vec3 K0SampleInvA, Vec3 KhSampleInvA, Vec3 UpSample, Vec3 FrontSample,
    SampleMount Mount, Vec3 BeamExitSample, BeamExitRule BeamExitRule, string Goniometer, SolutionSet Solutions,
    BeamPathUm? BeamPathUm, double? Transmission, SlabTransmission? Slab, bool AzimuthFree = false, double AzimuthDeg = 0);
