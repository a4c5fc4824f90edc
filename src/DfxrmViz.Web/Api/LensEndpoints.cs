using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Optics;
using DfxrmViz.Web.Api.Contracts;

namespace DfxrmViz.Web.Api;

/// <summary>POST /api/v1/lens: CRL objective, imaging condition solved exactly (docs/physics.md §8).</summary>
public static class LensEndpoints
{
    public static RouteGroupBuilder MapLensEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/lens", (LensRequestDto request) => Results.Ok(Compute(request)))
            .WithName("Lens")
            .WithSummary("Objective lens (CRL): δ, β, focal lengths, d1/dL/d2, signed magnification, mount point, transmission.");
        return api;
    }

    /// <summary>The lens calculation the page and the API share.</summary>
    public static LensResponseDto Compute(LensRequestDto request)
    {
        var lens = ReadLens(Require.Field(request.Lens, "lens"));
        var model = ParseModel(request.Model);
        var core = new LensRequest(Require.Number(request.EnergyKeV, "energyKeV"), Require.Number(request.TwoThetaDeg, "twoThetaDeg"),
            request.DTotMm, request.DTotPrimeMm, model, request.ApertureRadiusUm, request.WebThicknessUm);
        var r = LensCalculator.Compute(lens, core, AtomicOpticsData.XrayDb);
        return ToDto(r, request.ApertureRadiusUm is not null);
    }

    /// <summary>Reads a built-in box or uploaded .lens text.</summary>
    public static LensFile ReadLens(LensSourceDto source) => (source.Builtin, source.Text) switch
    {
        ({ } id, null) => LensFileReader.ReadBuiltin(id),
        (null, { } text) => LensFileReader.Read(text),
        _ => throw new InputException("lens", "Give either 'builtin' (e.g. \"id06\") or 'text' (a .lens file), not both."),
    };

    public static LensResponseDto ToDto(LensResult r, bool transmissionOverAperture) => new(
        r.DeltaLens, r.BetaLens, r.FocalLengthPerLensletMm, r.FocalLengthMm, r.D1Mm, r.DLMm, r.D2Mm, r.DTotMm, r.DTotPrimeMm,
        r.Magnification, new PointMmDto(r.MountPointMm.X, r.MountPointMm.Y),
        // Without the physical aperture R0 (not in .lens files) the only defined value is on-axis, which is not the lens
        // transmission a user needs: leave it out rather than show 100 %.
        transmissionOverAperture ? r.Transmission : null,
        r.EffectiveApertureRmsUm, r.Model == LensModel.Thin ? "thin" : "thick", r.LensletPositionsMm,
        [.. r.UnusedKeys.Select(n => $"line {n.Line}: {n.Key} — {n.Message}")],
        [.. r.Warnings.Select(n => $"line {n.Line}: {n.Message}")]);

    private static LensModel ParseModel(string? model) => model?.ToUpperInvariant() switch
    {
        null or "THICK" => LensModel.Thick,
        "THIN" => LensModel.Thin,
        _ => throw new InputException("model", $"Unknown lens model '{model}': use \"thick\" (every lenslet and gap) or \"thin\"."),
    };
}
