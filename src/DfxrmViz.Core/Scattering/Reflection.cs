using System.Collections.Immutable;

namespace DfxrmViz.Core.Scattering;

/// <summary>One row of the reflection table: a class of reflections equivalent under the crystal's point group
/// (docs/api.md POST /api/v1/reflections; Friedel mates of a non-centrosymmetric crystal are separate classes).</summary>
/// <param name="Hkl">Representative of the class (<see cref="ReflectionEquivalence.Representative"/>).</param>
/// <param name="DA">Interplanar spacing d = 1/|B h| in Å, from the metric (docs/physics.md §4).</param>
/// <param name="TwoThetaDeg">Scattering angle 2θ = 2 asin(λ/2d) in degrees.</param>
/// <param name="F2">|F|² in electrons² per unit cell (no Lorentz, polarisation, absorption or multiplicity factor).</param>
/// <param name="RelativeIntensityPercent">100 · F2 / strongest F2 of the non-absent classes in the window.</param>
/// <param name="Multiplicity">Number of distinct members of the class.</param>
/// <param name="Equivalents">Every member of the class, including <paramref name="Hkl"/>, in descending (h, k, l) order.</param>
/// <param name="Absent">Systematically absent by the symmetry operations (centring, screw, glide).</param>
public sealed record Reflection(
    Hkl Hkl,
    double DA,
    double TwoThetaDeg,
    double F2,
    double RelativeIntensityPercent,
    int Multiplicity,
    ImmutableArray<Hkl> Equivalents,
    bool Absent)
{
    /// <summary>When <see cref="Absent"/>: the operation that kills it, e.g. "the glide plane -y,-x,z+1/2 forbids it (h·t = 1/2 …)"
    /// (<see cref="ReflectionExplainer.AbsenceCause"/>); else null.</summary>
    public string? AbsentBy { get; init; }
}
