namespace DfxrmViz.Web.Api.Contracts;

/// <summary>POST /api/v1/attenuation request (docs/api.md). <c>table</c>: "elam" (default) | "chantler";
/// <c>kind</c>: "total" (default: photo + coherent + incoherent) | "photo".</summary>
public sealed record AttenuationRequestDto(
    CrystalSourceDto? Crystal,
    IReadOnlyList<double>? EnergiesKeV,
    IReadOnlyList<double>? ThicknessesUm,
    string? Table,
    string? Kind);

/// <summary>POST /api/v1/attenuation response: the docs/api.md fields plus µ, density and which table was used.</summary>
/// <param name="AttenuationLengthUm">L = 1/µ in µm, one per requested energy.</param>
/// <param name="Transmission">exp(−t/L): one row per energy, one value per requested thickness.</param>
/// <param name="MuPerCm">Linear attenuation coefficient µ in cm⁻¹, one per energy (addition).</param>
/// <param name="DensityGcm3">Density of the crystal from its cell contents (addition).</param>
/// <param name="Table">"elam" or "chantler" (addition).</param>
/// <param name="TableName">Full name and version of the table (addition).</param>
/// <param name="Kind">"total" or "photo" (addition).</param>
public sealed record AttenuationResponseDto(
    IReadOnlyList<double> AttenuationLengthUm,
    IReadOnlyList<IReadOnlyList<double>> Transmission,
    IReadOnlyList<double> MuPerCm,
    double DensityGcm3,
    string Table,
    string TableName,
    string Kind);
