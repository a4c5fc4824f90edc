namespace DfxrmViz.Web.Components.Help;

/// <summary>Column headers of the planner's tables.</summary>
public static partial class HelpTexts
{
    private const string TwoTheta = "Bragg's law θ = asin(λ/2d), λ = hc/E with hc = 12.398419843320026 keV·Å (CODATA 2018)";

    private static IEnumerable<KeyValuePair<string, string>> Columns =>
    [
        new("reflections.hkl", "Miller indices (h k l) of the class representative; the class holds the equivalents under the point group (h and −h apart when f″ ≠ 0 breaks Friedel's law; docs/physics.md §2). Click a header to sort."),
        new("reflections.d", "Spacing d of the planes, Å: d = 1/√(hᵀG*h) from the cell metric (Busing & Levy 1967), never from a rounded 2θ (docs/physics.md §2, §4)."),
        new("reflections.2θ", $"Scattering angle 2θ, degrees: {TwoTheta}; docs/physics.md §4."),
        new("reflections.F2", "|F|², electrons² per unit cell: F = Σ o [f0 + f′ + if″] T e^(+2πi h·x); f0 IT92 (or Waasmaier–Kirfel), f′ f″ Chantler via XrayDB 4.4.7; no Lorentz, polarisation or multiplicity factor (docs/physics.md §5)."),
        new("reflections.%", "|F|² as a percentage of the strongest |F|² in the 2θ window (same table and energy)."),
        new("reflections.m", "Multiplicity: number of distinct equivalents h R under the point group (docs/physics.md §2)."),
        new("reflections.reach", "Whether some goniometer solution with this mount keeps every motor inside its limits; if not, the reason (energy needed, window, or the blocking motor and by how much; docs/physics.md §4, §7)."),
        new("solutions.index", "Solution number: every solution of the stack's equations, wrapped to (−180°, 180°] (docs/physics.md §7)."),
        new("solutions.axis", "Motor angle, degrees, right-handed and active about this axis as it lies in the lab frame at zero (the Geometry section's 'About' column; docs/physics.md §7)."),
        new("solutions.within", "Whether every motor angle lies inside its limits (plan field limitsDeg or the profile's)."),
        new("solutions.residual", "Largest violation of the Bragg conditions, rad: |Γk̂0 − ẑ|, the out-of-plane part of Γk̂h, |∠(k0, kh) − 2θ| (docs/physics.md §7); 1e-9 or less is exact."),
        new("solutions.motion", "Distance from every motor at zero, degrees: √Σ angle². The default is the solution inside the limits with the least motion."),
        new("solutions.use", "Use this solution for the 3D view, the key numbers and the exports (plan field solutionIndex)."),
        new("limits.axis", "Motor, base → top: each one turns everything listed after it (Γ = R_base ··· R_top; docs/physics.md §7)."),
        new("limits.about", "Unit rotation axis in the lab frame (x_L up, z_L along the beam, y_L = z_L × x_L) with every motor at zero; positive = right-handed about it."),
        new("limits.min", "Lower limit, degrees (editable; plan field limitsDeg)."),
        new("limits.max", "Upper limit, degrees (editable; plan field limitsDeg)."),
        new("limits.source", "Where the limits come from: a cited source, or an assumption to confirm with beamline staff."),
        new("mount-residuals.found", "The found reflection (number and indices) as entered in the mount check."),
        new("mount-residuals.residual", "Angle between its observed Q̂ and the fitted U ĉ, degrees (Kabsch 1976 least squares; docs/physics.md §6 'Mount check')."),
        new("mount-residuals.left-out", "The same angle with U fitted to the other reflections only (leave-one-out), degrees: large when this one disagrees."),
        new("mount-residuals.flag", "Flagged when its leave-one-out residual exceeds 3 × the others' RMS and 0.1° (docs/physics.md §6)."),
        new("atoms.label", "Site label as in the CIF (_atom_site_label)."),
        new("atoms.type", "Scattering type of the site (element or ion): it picks the form factors and the molar mass."),
        new("atoms.x", "Fractional coordinate x of the site, in units of a (as in the CIF)."),
        new("atoms.y", "Fractional coordinate y of the site, in units of b (as in the CIF)."),
        new("atoms.z", "Fractional coordinate z of the site, in units of c (as in the CIF)."),
        new("atoms.occupancy", "Site occupancy o: it weights the site in F and in the composition (docs/physics.md §2, §3, §5)."),
        new("atoms.u", "Isotropic displacement U_iso, or U_eq of the anisotropic U, Å²; T = exp(−8π²U s²) (docs/physics.md §5)."),
        new("atoms.displacement", "How the file gives the displacement: isotropic U or B, anisotropic U or B, or none (then T = 1; docs/physics.md §5)."),
        new("atoms.line", "Line of the CIF where the site is read: look there to check it."),
    ];
}
