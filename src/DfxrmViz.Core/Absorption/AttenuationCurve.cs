using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.XrayData;

namespace DfxrmViz.Core.Absorption;

/// <summary>Attenuation length sampled over an energy grid, with the edges inside it (for the log–log plot).</summary>
/// <param name="EnergiesKeV">Ascending energies (keV).</param>
/// <param name="AttenuationLengthsUm">Attenuation length (µm) at each energy.</param>
/// <param name="Edges">Absorption edges of the material's elements inside the grid, ascending.</param>
/// <param name="Table">Table used.</param>
/// <param name="Kind">Cross sections counted.</param>
public sealed record AttenuationCurve(IReadOnlyList<double> EnergiesKeV, IReadOnlyList<double> AttenuationLengthsUm,
    IReadOnlyList<AbsorptionEdge> Edges, AttenuationTable Table, AttenuationKind Kind)
{
    /// <summary>Relative offset of the points put either side of every edge: E_edge·(1 ± 1e-6) (docs/physics.md §3).</summary>
    public const double EdgeOffset = 1e-6;

    /// <summary>Curve on <paramref name="points"/> log-spaced energies in [minKeV, maxKeV] plus E·(1 ± 1e-6) at every edge
    /// (the xray_levels energy and, for Elam, the table's own step), so no plotted segment straddles an edge.</summary>
    /// <exception cref="InputException">range outside the table or inverted (field energyKeV); fewer than 2 points (field points).</exception>
    public static AttenuationCurve Compute(AbsorbingMaterial material, AttenuationTable table = AttenuationTable.Elam,
        AttenuationKind kind = AttenuationKind.Total, double minKeV = 1.0, double maxKeV = 100.0, int points = 400)
    {
        ArgumentNullException.ThrowIfNull(material);
        var range = MassAttenuation.ValidRange(table);
        XrayInput.RequireEnergyKeV(minKeV, range, XrayInput.TableName(table));
        XrayInput.RequireEnergyKeV(maxKeV, range, XrayInput.TableName(table));
        if (!(maxKeV > minKeV) || points is < 2 or > 100_000)
        {
            throw new InputException(new InputProblem(maxKeV > minKeV ? "points" : "energyKeV",
                "The curve needs a range with max > min and 2–100000 points."));
        }
        Attenuation.RequireCovered(material, table);
        var edges = AbsorptionEdges.Between(material.AtomsPerCell.Keys, minKeV, maxKeV);
        var grid = Grid(material, table, minKeV, maxKeV, points, edges);
        var lengths = grid.Select(e => Attenuation.LengthUm(material, e, table, kind)).ToArray();
        return new AttenuationCurve(grid, lengths, edges, table, kind);
    }

    /// <summary>Log-spaced grid + edge pairs, sorted, kept inside [min, max], exact duplicates removed.</summary>
    internal static double[] Grid(AbsorbingMaterial material, AttenuationTable table, double minKeV, double maxKeV,
        int points, IReadOnlyList<AbsorptionEdge> edges)
    {
        var steps = material.AtomsPerCell.Keys.SelectMany(s => MassAttenuation.TableStepEnergiesKeV(s, table));
        var edgeEnergies = edges.Select(e => e.EnergyKeV).Concat(steps);
        var ratio = Math.Log(maxKeV / minKeV) / (points - 1);
        return [.. Enumerable.Range(0, points).Select(i => i == points - 1 ? maxKeV : minKeV * Math.Exp(i * ratio))
            .Concat(edgeEnergies.SelectMany(e => new[] { e * (1 - EdgeOffset), e * (1 + EdgeOffset) }))
            .Where(e => e >= minKeV && e <= maxKeV)
            .Distinct()
            .Order()];
    }
}
