using System.Collections.Frozen;

namespace DfxrmViz.Web.Components.Help;

/// <summary>The tooltip of every input, table column and numbers row of the planner, in one place: what it is, its unit, its
/// convention and where the number comes from (docs/physics.md § as cited). Keys are the element ids of the inputs (one key
/// for a family of ids: <c>found-angle</c> for every found motor angle) and <c>table.column</c> for columns and rows.</summary>
public static partial class HelpTexts
{
    private static readonly FrozenDictionary<string, string> Texts = Inputs.Concat(Columns).Concat(Rows)
        .ToFrozenDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

    /// <summary>Every key with its text (for the help page and the tests).</summary>
    public static IReadOnlyDictionary<string, string> All => Texts;

    /// <summary>The text of <paramref name="key"/>; an unknown key is a programming error, named in the message.</summary>
    public static string For(string key) => Texts.TryGetValue(key, out var text)
        ? text
        : throw new KeyNotFoundException($"No help text for '{key}': add it to HelpTexts.");

    private static IEnumerable<KeyValuePair<string, string>> Inputs =>
    [
        new("crystal-picker", "Built-in crystal: a CIF of the library (name, formula, space group, source shown); type to search. Cell in Å and degrees as in the file (docs/physics.md §2)."),
        new("cif-upload", "Your own CIF (CIF 1.1 text, read in memory only): cell in Å and degrees, sites in fractional coordinates; symmetry from the listed operators, else the Hall, H–M symbol or number (docs/physics.md §2)."),
        new("cif-block-select", "The file holds several data blocks (structures): the one to use."),
        new("energy-kev", "Photon energy E, keV (plan field energyKeV; 0.1–800 keV, the range of the Elam table). Default 17 keV, as DF-XRM_vis."),
        new("wavelength-a", "Wavelength λ, Å: λ = hc/E with hc = 12.398419843320026 keV·Å (CODATA 2018); typing it sets the energy."),
        new("sample-height", "Sample height H, µm: size along x_S = the sample's up (box centred at the sample-frame origin, docs/physics.md §3, §6)."),
        new("sample-width", "Sample width W, µm: size along y_S = z_S × x_S (docs/physics.md §6)."),
        new("sample-thickness", "Sample thickness t, µm: size along z_S = the outward normal of the exit surface; the beam paths in and out are measured inside this box (docs/physics.md §3)."),
        new("instrument", "Instrument profile: its default 2θ window (ESRF DFXM 0–45°, DF-XRM_vis's table limit, an assumption to confirm with beamline staff; docs/physics.md §4)."),
        new("two-theta-min", "Lower end of the instrument's 2θ window, degrees (plan field twoThetaMinDeg): reflections below it are not listed (docs/physics.md §4)."),
        new("two-theta-max", "Upper end of the instrument's 2θ window, degrees (plan field twoThetaMaxDeg): reflections above it are not listed (docs/physics.md §4)."),
        new("anomalous", "Include the anomalous terms f′ + if″ in F (Chantler via XrayDB 4.4.7). Off reproduces DF-XRM_vis, which had neither (docs/physics.md §5)."),
        new("f0-table", "Table of the atomic form factor f0(sin θ/λ): IT92 = International Tables C Table 6.1.1.4 (s ≤ 2 Å⁻¹, default), or Waasmaier & Kirfel 1995 (s ≤ 6 Å⁻¹, ions; docs/physics.md §5)."),
        new("goto-hkl", "Pick a reflection by its Miller indices h k l (integers, e.g. 1 0 -2): it becomes the planned reflection (plan field hkl)."),
        new("filter-hkl", "Show only the rows whose class contains these indices (a triple, e.g. (1,0,-2) or -1 1 2, matches its class of equivalents; other text matches the indices as written); the plan is unchanged."),
        new("filter-from", "Show only rows with 2θ at or above this, degrees (a view filter: the window of the plan is unchanged)."),
        new("filter-to", "Show only rows with 2θ at or below this, degrees (a view filter: the window of the plan is unchanged)."),
        new("geometry-hkl", "Planned reflection h k l (integers). Empty = the strongest |F|² in the 2θ window (DF-XRM_vis took the lowest 2θ; docs/physics.md §5)."),
        new("geometry-up", "What points up along x_S: a plane normal (hkl), g = B h, or a lattice direction [uvw], r = A u. Empty = Q of the planned reflection (docs/physics.md §6)."),
        new("geometry-front", "Exit surface (z_S): its part ⟂ up is the outward normal z_S. A plane (hkl) or a direction [uvw]; empty = the zone-law default (docs/physics.md §6)."),
        new("geometry-beam-exit", "How the beams are laid about Q: through the exit surface (e = z_S, DF-XRM_vis's box), the shortest path L_in + L_out from the centre, or towards a direction you give (docs/physics.md §6 'Wave vectors')."),
        new("geometry-beam-exit-vector", "The beam-exit direction e in crystal indices, plane (hkl) or direction [uvw]: only its part ⟂ Q matters (docs/physics.md §6)."),
        new("geometry-azimuth", "Azimuth ψ of the scattering plane about Q, degrees, right-handed about Q̂ (anticlockwise seen from the tip of Q); used only when the beam rule leaves the plane free (e ∥ Q; docs/physics.md §6 'Free azimuth')."),
        new("geometry-goniometer", "Goniometer profile: the motor stack base → top, each axis in the lab frame at zero, right-handed active rotations, Γ = R_base ··· R_top (docs/physics.md §7; the help page lists every profile)."),
        new("limit-min", "Lower limit of this motor, degrees (plan field limitsDeg); solutions outside are marked and not chosen by default. Assumed limits are marked: confirm with beamline staff."),
        new("limit-max", "Upper limit of this motor, degrees (plan field limitsDeg); solutions outside are marked and not chosen by default. Assumed limits are marked: confirm with beamline staff."),
        new("found-hkl", "Indices h k l of a reflection you found on the instrument (integers)."),
        new("found-angle", "The motor angle at which you found it, degrees, as the motor reads (this profile's sense; docs/physics.md §6 'Mount check', §7)."),
        new("absorption-energy", "Photon energy E, keV: the same field as in the input panel (plan field energyKeV)."),
        new("absorption-thickness", "Sample thickness t, µm, the slab the transmission exp(−t/L) here is computed through (Beer–Lambert, docs/physics.md §3)."),
        new("absorption-warn", "Warning threshold on the transmission, percent (plan field warnBelowPercent, default 1 %): below it the verdict says so and gives the thickness and energies that pass."),
        new("absorption-table", "Mass-attenuation table for every transmission on the page: Elam, Ravel & Sieber 2002 (total, DF-XRM_vis's) or Chantler FFAST, both via XrayDB 4.4.7 (docs/physics.md §3)."),
        new("lens-box", "Compound refractive lens box (.lens file, DF-XRM_vis's format): ESRF ID06 = 68 × 1.6 mm + 2 mm gap + 20 × 2 mm Be lenslets, R = 50 µm (docs/physics.md §8)."),
        new("lens-upload", "Your own .lens file (DF-XRM_vis's TOML format, read unchanged; unused keys are listed back; docs/physics.md §8)."),
        new("lens-distance-kind", "Which sample–detector distance you give: d_tot′ along the incident beam (DF-XRM_vis's) or d_tot along the diffracted beam; d_tot′ = d_tot cos 2θ (docs/physics.md §8)."),
        new("lens-distance", "Sample–detector distance, mm (plan field distance): d_tot′ (projected on the incident beam) or d_tot, as chosen above; d1 + dL + d2 = d_tot."),
        new("lens-model", "Imaging model: thick = the exact paraxial ray-transfer product of every lenslet and gap (default); thin = one lens of power Σ 1/f_i (docs/physics.md §8)."),
        new("lens-r0", "Physical aperture radius R0 of the lenslets, µm (not in .lens files; needed for the transmission, T̄ = e^(−µNt_web)(1 − e^(−a))/a, docs/physics.md §8)."),
        new("lens-web", "Web thickness t_web of one lenslet at its apex, µm (not in .lens files; adds e^(−µ N t_web) to the transmission, docs/physics.md §8)."),
        new("viewer-show", "Show or hide this part of the 3D view (a view option: no number changes)."),
        new("room-my-name", "Your name as the other people in this room see it (no account, up to 40 characters)."),
    ];
}
