using System.Globalization;
using DfxrmViz.Core.Absorption;
using DfxrmViz.Core.XrayData;
using DfxrmViz.Web.Api;
using static DfxrmViz.Web.Components.Absorption.AbsorptionText;

namespace DfxrmViz.Web.Components.Absorption;

/// <summary>The plain-language verdict of the Absorption section (issue 5), worded from Core's <see cref="TransmissionAdvice"/>.</summary>
/// <param name="IsWarning">Whether the transmission is below the user's threshold.</param>
/// <param name="Headline">One sentence: how much gets through, against the threshold.</param>
/// <param name="Advice">What would help: a thinner sample, another energy (empty when nothing is needed).</param>
/// <param name="EdgeNotes">One note per absorption edge within 0.5 % of the energy.</param>
public sealed record AbsorptionVerdict(bool IsWarning, string Headline, IReadOnlyList<string> Advice, IReadOnlyList<string> EdgeNotes)
{
    /// <summary>Transmission the advice aims at besides the user's threshold (issue 5: "which energy would give 10 %").</summary>
    public const double GoodTransmission = 0.10;

    /// <summary>Verdict at <paramref name="point"/> with warning threshold <paramref name="warnBelow"/> (0–1); energies are
    /// searched within [minKeV, maxKeV].</summary>
    public static AbsorptionVerdict Of(AbsorbingMaterial material, AbsorptionPoint point, double warnBelow, double minKeV, double maxKeV)
    {
        ArgumentNullException.ThrowIfNull(point);
        var notes = TransmissionAdvice.EdgesNear(material, point.EnergyKeV).Select(e => EdgeNote(point.EnergyKeV, e)).ToList();
        var where = $"{Plain(point.ThicknessUm)} µm at {KeV(point.EnergyKeV)} keV";
        if (point.Transmission >= warnBelow)
        {
            return new AbsorptionVerdict(false,
                $"{Percent(point.Transmission)} of the beam gets through {where}: above your {Plain(warnBelow * 100)} % limit.", [], notes);
        }
        var advice = new List<string> { Thinner(material, point, warnBelow) };
        advice.AddRange(OtherEnergies(material, point, Math.Max(GoodTransmission, warnBelow), minKeV, maxKeV));
        return new AbsorptionVerdict(true,
            $"Only {Percent(point.Transmission)} of the beam gets through {where}: below your {Plain(warnBelow * 100)} % limit.", advice, notes);
    }

    /// <summary>"17 keV is 10.46 % below the Nb K edge at 18.986 keV …".</summary>
    public static string EdgeNote(double energyKeV, AbsorptionEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        var offset = Math.Abs(energyKeV - edge.EnergyKeV) / edge.EnergyKeV * 100;
        var side = energyKeV < edge.EnergyKeV ? "below" : energyKeV > edge.EnergyKeV ? "above" : "at";
        var distance = side == "at" ? "" : offset.ToString("0.##", CultureInfo.InvariantCulture) + " % ";
        return $"{KeV(energyKeV)} keV is {distance}{side} the {edge.Name} edge at {KeV(edge.EnergyKeV)} keV: absorption changes steeply there, " +
            "so a small energy offset or drift changes the transmission a lot.";
    }

    private static string Thinner(AbsorbingMaterial material, AbsorptionPoint p, double warnBelow)
    {
        var atLimit = TransmissionAdvice.ThicknessForTransmissionUm(material, p.EnergyKeV, warnBelow, p.Table);
        if (warnBelow >= GoodTransmission)
        {
            return $"Make the sample thinner: at most {Sig(atLimit)} µm for {Plain(warnBelow * 100)} %.";
        }
        var good = TransmissionAdvice.ThicknessForTransmissionUm(material, p.EnergyKeV, GoodTransmission, p.Table);
        return $"Make the sample thinner: at most {Sig(atLimit)} µm for {Plain(warnBelow * 100)} %, {Sig(good)} µm for 10 %.";
    }

    /// <summary>The nearest energies above and below that transmit <paramref name="target"/>, never within 0.5 % of an edge.</summary>
    private static IEnumerable<string> OtherEnergies(AbsorbingMaterial material, AbsorptionPoint p, double target, double minKeV, double maxKeV)
    {
        var label = Plain(target * 100);
        var up = TransmissionAdvice.EnergyForTransmission(material, p.ThicknessUm, target, p.EnergyKeV, SearchDirection.Up, p.Table,
            minKeV: minKeV, maxKeV: maxKeV);
        var down = TransmissionAdvice.EnergyForTransmission(material, p.ThicknessUm, target, p.EnergyKeV, SearchDirection.Down, p.Table,
            minKeV: minKeV, maxKeV: maxKeV);
        if (up is not null)
        {
            var ceiling = up.WindowMaxKeV < maxKeV ? $" (up to {KeV(up.WindowMaxKeV)} keV, just below the next absorption edge)" : "";
            yield return $"Or raise the energy: {KeV(up.EnergyKeV)} keV or more gives {label} % through {Plain(p.ThicknessUm)} µm{ceiling}.";
        }
        if (down is not null)
        {
            yield return $"Or lower the energy to between {KeV(down.WindowMinKeV)} and {KeV(down.WindowMaxKeV)} keV " +
                $"(below an absorption edge): {label} % or more through {Plain(p.ThicknessUm)} µm.";
        }
        if (up is null && down is null)
        {
            yield return $"No energy between {KeV(minKeV)} and {KeV(maxKeV)} keV gives {label} % through {Plain(p.ThicknessUm)} µm: " +
                "only a thinner sample helps.";
        }
    }
}
