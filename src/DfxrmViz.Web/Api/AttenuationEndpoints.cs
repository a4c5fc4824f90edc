using DfxrmViz.Core.Absorption;
using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.XrayData;
using DfxrmViz.Web.Api.Contracts;

namespace DfxrmViz.Web.Api;

/// <summary>POST /api/v1/attenuation (docs/api.md): attenuation length and slab transmission of a crystal (docs/physics.md §3),
/// plus the calculations the Absorption section shares with it.</summary>
public static class AttenuationEndpoints
{
    /// <summary>Most energies one request may ask for.</summary>
    public const int MaxEnergies = 10_000;

    /// <summary>Most thicknesses one request may ask for.</summary>
    public const int MaxThicknesses = 10_000;

    /// <summary>Most transmission values (energies × thicknesses) in one answer.</summary>
    public const int MaxTransmissionValues = 1_000_000;

    public static RouteGroupBuilder MapAttenuationEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/attenuation", (AttenuationRequestDto request) => Results.Ok(Compute(request)))
            .WithName("Attenuation")
            .WithSummary("Attenuation length (µm) per energy and slab transmission exp(−t/L) per energy and thickness, " +
                "from XrayDB 4.4.7 Elam (default) or Chantler tables.");
        return api;
    }

    /// <summary>The attenuation calculation of the API.</summary>
    public static AttenuationResponseDto Compute(AttenuationRequestDto request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var material = Material(CrystalEndpoints.Resolve(request.Crystal).Summarise());
        var table = ParseTable(request.Table);
        var kind = ParseKind(request.Kind);
        var energies = RequireList(request.EnergiesKeV, "energiesKeV", MaxEnergies, "energies", required: true);
        var thicknesses = RequireList(request.ThicknessesUm, "thicknessesUm", MaxThicknesses, "thicknesses", required: false);
        if ((long)energies.Count * thicknesses.Count > MaxTransmissionValues)
        {
            throw new InputException("thicknessesUm",
                $"{energies.Count} energies × {thicknesses.Count} thicknesses is more than {MaxTransmissionValues} transmission values: split the request.");
        }
        for (var j = 0; j < thicknesses.Count; j++)
        {
            Remapped("thicknessesUm", j, () => Attenuation.TransmissionAtLength(1, thicknesses[j]));
        }
        var mu = new double[energies.Count];
        var lengths = new double[energies.Count];
        var transmission = new IReadOnlyList<double>[energies.Count];
        for (var i = 0; i < energies.Count; i++)
        {
            mu[i] = Remapped("energiesKeV", i, () => Attenuation.LinearCoefficientPerCm(material, energies[i], table, kind));
            lengths[i] = Attenuation.LengthUm(material, energies[i], table, kind);
            var length = lengths[i];
            transmission[i] = [.. thicknesses.Select(t => Attenuation.TransmissionAtLength(length, t))];
        }
        return new AttenuationResponseDto(lengths, transmission, mu, material.DensityGPerCm3,
            table == AttenuationTable.Elam ? "elam" : "chantler", MassAttenuation.TableName(table),
            kind == AttenuationKind.Total ? "total" : "photo");
    }

    /// <summary>The absorbing material of a crystal: its atoms per cell and cell volume (docs/physics.md §3).</summary>
    public static AbsorbingMaterial Material(CrystalSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        try
        {
            return AbsorbingMaterial.Create(summary.AtomsPerCellByElement, summary.VolumeA3);
        }
        catch (InputException ex) when (ex.Problem.Field == "composition")
        {
            throw new InputException("crystal", ex.Problem.Message);
        }
    }

    /// <summary>The numbers the page shows at one energy and thickness: µ, L, T (same Core calls as <see cref="Compute"/>).</summary>
    /// <exception cref="InputException">energy out of the table's range (energyKeV), thickness ≤ 0 (thicknessUm), element missing (crystal).</exception>
    public static AbsorptionPoint PointAt(AbsorbingMaterial material, double energyKeV, double thicknessUm,
        AttenuationTable table, AttenuationKind kind = AttenuationKind.Total)
    {
        ArgumentNullException.ThrowIfNull(material);
        try
        {
            var mu = Attenuation.LinearCoefficientPerCm(material, energyKeV, table, kind);
            var length = Attenuation.LengthUm(material, energyKeV, table, kind);
            return new AbsorptionPoint(energyKeV, thicknessUm, mu, length, Attenuation.TransmissionAtLength(length, thicknessUm),
                material.DensityGPerCm3, table, MassAttenuation.TableName(table));
        }
        catch (InputException ex) when (ex.Problem.Field == "composition")
        {
            throw new InputException("crystal", ex.Problem.Message);
        }
    }

    /// <summary>"elam" (default) or "chantler", case-insensitive.</summary>
    public static AttenuationTable ParseTable(string? table) => table?.Trim().ToUpperInvariant() switch
    {
        null or "" or "ELAM" => AttenuationTable.Elam,
        "CHANTLER" => AttenuationTable.Chantler,
        _ => throw new InputException("table", $"Unknown table '{table}': use \"elam\" (default) or \"chantler\"."),
    };

    /// <summary>"total" (default) or "photo", case-insensitive.</summary>
    public static AttenuationKind ParseKind(string? kind) => kind?.Trim().ToUpperInvariant() switch
    {
        null or "" or "TOTAL" => AttenuationKind.Total,
        "PHOTO" => AttenuationKind.Photo,
        _ => throw new InputException("kind", $"Unknown kind '{kind}': use \"total\" (photoabsorption + scattering, default) or \"photo\"."),
    };

    private static IReadOnlyList<double> RequireList(IReadOnlyList<double>? values, string field, int max, string noun, bool required)
    {
        if (values is null || values.Count == 0)
        {
            return required ? throw new InputException(field, $"Give at least one value in '{field}'.") : [];
        }
        return values.Count <= max ? values
            : throw new InputException(field, $"'{field}' holds {values.Count} {noun}; at most {max} are allowed per request.");
    }

    /// <summary>Runs <paramref name="f"/> for entry <paramref name="index"/> of an array field; a Core problem is reported
    /// under the array's name with the entry's index.</summary>
    private static double Remapped(string field, int index, Func<double> f)
    {
        try
        {
            return f();
        }
        catch (InputException ex) when (ex.Problem.Field is "energyKeV" or "thicknessUm")
        {
            throw new InputException(field, $"{field}[{index}]: {ex.Problem.Message}");
        }
        catch (InputException ex) when (ex.Problem.Field == "composition")
        {
            throw new InputException("crystal", ex.Problem.Message);
        }
    }
}

/// <summary>Attenuation at one energy and sample thickness, as the Absorption section shows it.</summary>
/// <param name="EnergyKeV">Photon energy (keV).</param>
/// <param name="ThicknessUm">Beam path through the sample (µm).</param>
/// <param name="MuPerCm">Linear attenuation coefficient µ (cm⁻¹).</param>
/// <param name="AttenuationLengthUm">L = 1/µ (µm).</param>
/// <param name="Transmission">exp(−t/L), 0–1.</param>
/// <param name="DensityGcm3">Density from the cell contents (g/cm³).</param>
/// <param name="Table">Table used.</param>
/// <param name="TableName">Full name of the table with its version.</param>
public sealed record AbsorptionPoint(double EnergyKeV, double ThicknessUm, double MuPerCm, double AttenuationLengthUm,
    double Transmission, double DensityGcm3, AttenuationTable Table, string TableName);
