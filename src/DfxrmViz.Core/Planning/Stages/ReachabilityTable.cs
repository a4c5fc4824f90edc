using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Core.Planning.Stages;

/// <summary>Whether every listed reflection can be reached inside the goniometer limits with the plan's mount (docs/physics.md
/// §4, §7): computed once per change of its inputs, read by the table, the CSV and the pre-flight check.</summary>
/// <param name="Rows">One row per listed class representative.</param>
/// <param name="AxisNames">Display name (e.g. χ) by ASCII axis name.</param>
/// <param name="MountText">The mount the rows assume, for the caption.</param>
public sealed record ReachabilityTable(IReadOnlyDictionary<Hkl, ReachabilityRow> Rows, IReadOnlyDictionary<string, string> AxisNames, string MountText)
{
    /// <summary>"yes", or "no: " + the whole reason.</summary>
    public string Text(Hkl hkl) => Rows.TryGetValue(hkl, out var r) ? (r.Reachable ? "yes" : "no: " + r.Reason) : "—";

    /// <summary>Short text for a table cell: "yes", "no: χ limit, 40.5° beyond", "no: needs E ≥ …".</summary>
    public string ShortText(Hkl hkl)
    {
        if (!Rows.TryGetValue(hkl, out var r) || r.Reachable || r.Blocked is not { } block)
        {
            return Text(hkl);
        }
        return $"no: {AxisNames.GetValueOrDefault(block.AxisAsciiName, block.AxisAsciiName)} limit, {NumberText.Fixed(block.ExcessDeg, "0.#")}° beyond";
    }

    /// <summary>Whether <paramref name="hkl"/> is reachable (false when not listed).</summary>
    public bool IsReachable(Hkl hkl) => Rows.TryGetValue(hkl, out var r) && r.Reachable;
}
