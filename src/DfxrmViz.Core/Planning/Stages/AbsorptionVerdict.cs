using DfxrmViz.Core.Absorption;
using DfxrmViz.Core.XrayData;
using static DfxrmViz.Core.Planning.NumberText;

namespace DfxrmViz.Core.Planning.Stages;

/// <summary>The plain-language verdict on the absorption (issue 5), worded from <see cref="TransmissionAdvice"/>'s numbers.</summary>
/// <param name="IsWarning">Whether the transmission is below the user's threshold.</param>
/// <param name="Headline">One sentence: how much gets through, against the threshold.</param>
/// <param name="Advice">What would help: a thinner sample, another energy (empty when nothing is needed).</param>
/// <param name="EdgeNotes">One note per absorption edge within 0.5 % of the energy.</param>
/// <param name="ThinnerUm">Thickness that transmits the target (the threshold, or 10 % when that is higher), when warning.</param>
/// <param name="HigherEnergyKeV">Nearest higher energy that transmits the target through this thickness, when one exists.</param>
public sealed record AbsorptionVerdict(bool IsWarning, string Headline, IReadOnlyList<string> Advice, IReadOnlyList<string> EdgeNotes,
    double? ThinnerUm = null, double? HigherEnergyKeV = null)
{
    /// <summary>Transmission the advice aims at besides the user's threshold (issue 5: "which energy would give 10 %").</summary>
    public const double GoodTransmission = 0.10;

    /// <summary>Verdict for T at (E, t) with threshold <paramref name="warnBelow"/> (0–1); energies searched in [minKeV, maxKeV].</summary>
    public static AbsorptionVerdict Of(AbsorbingMaterial material, double energyKeV, double thicknessUm, double transmission, double warnBelow,
        AttenuationTable table, AttenuationKind kind, double minKeV, double maxKeV)
    {
        var notes = TransmissionAdvice.EdgesNear(material, energyKeV).Select(e => EdgeNote(energyKeV, e)).ToList();
        var where = $"{Plain(thicknessUm)} µm at {KeV(energyKeV)} keV";
        if (transmission >= warnBelow)
        {
            return new AbsorptionVerdict(false, $"{Percent(transmission)} of the beam gets through {where}: above your {Plain(warnBelow * 100)} % limit.", [], notes);
        }
        var target = Math.Max(GoodTransmission, warnBelow);
        var atLimit = TransmissionAdvice.ThicknessForTransmissionUm(material, energyKeV, warnBelow, table, kind);
        var good = TransmissionAdvice.ThicknessForTransmissionUm(material, energyKeV, target, table, kind);
        var advice = new List<string>
        {
            warnBelow >= GoodTransmission
                ? $"Make the sample thinner: at most {Sig(atLimit)} µm for {Plain(warnBelow * 100)} %."
                : $"Make the sample thinner: at most {Sig(atLimit)} µm for {Plain(warnBelow * 100)} %, {Sig(good)} µm for 10 %.",
        };
        var up = TransmissionAdvice.EnergyForTransmission(material, thicknessUm, target, energyKeV, SearchDirection.Up, table, kind, minKeV, maxKeV);
        var down = TransmissionAdvice.EnergyForTransmission(material, thicknessUm, target, energyKeV, SearchDirection.Down, table, kind, minKeV, maxKeV);
        var label = Plain(target * 100);
        if (up is not null)
        {
            var ceiling = up.WindowMaxKeV < maxKeV ? $" (up to {KeV(up.WindowMaxKeV)} keV, just below the next absorption edge)" : "";
            advice.Add($"Or raise the energy: {KeV(up.EnergyKeV)} keV or more gives {label} % through {Plain(thicknessUm)} µm{ceiling}.");
        }
        if (down is not null)
        {
            advice.Add($"Or lower the energy to between {KeV(down.WindowMinKeV)} and {KeV(down.WindowMaxKeV)} keV (below an absorption edge): {label} % or more through {Plain(thicknessUm)} µm.");
        }
        if (up is null && down is null)
        {
            advice.Add($"No energy between {KeV(minKeV)} and {KeV(maxKeV)} keV gives {label} % through {Plain(thicknessUm)} µm: only a thinner sample helps.");
        }
        return new AbsorptionVerdict(true, $"Only {Percent(transmission)} of the beam gets through {where}: below your {Plain(warnBelow * 100)} % limit.",
            advice, notes, good, up?.EnergyKeV);
    }

    /// <summary>"17 keV is 10.46 % below the Nb K edge at 18.986 keV …".</summary>
    public static string EdgeNote(double energyKeV, AbsorptionEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        var offset = Math.Abs(energyKeV - edge.EnergyKeV) / edge.EnergyKeV * 100;
        var side = energyKeV < edge.EnergyKeV ? "below" : energyKeV > edge.EnergyKeV ? "above" : "at";
        var distance = side == "at" ? "" : Fixed(offset, "0.##") + " % ";
        return $"{KeV(energyKeV)} keV is {distance}{side} the {edge.Name} edge at {KeV(edge.EnergyKeV)} keV: absorption changes steeply there, " +
            "so a small energy offset or drift changes the transmission a lot.";
    }
}
