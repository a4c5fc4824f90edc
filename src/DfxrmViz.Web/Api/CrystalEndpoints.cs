using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Web.Api.Contracts;

namespace DfxrmViz.Web.Api;

/// <summary>GET /api/v1/crystals and POST /api/v1/crystal (docs/api.md), plus the crystal resolver every endpoint uses.</summary>
public static class CrystalEndpoints
{
    public static RouteGroupBuilder MapCrystalEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/crystals", () => CrystalLibrary.List()
                .Select(e => new CrystalListItemDto(e.Id, e.Name, e.Formula, e.SpaceGroup, e.Source)).ToList())
            .WithName("Crystals")
            .WithSummary("The built-in crystal library with the provenance of each entry.");
        api.MapPost("/crystal", (CrystalRequestDto request) => Summary(Resolve(request.Crystal)))
            .WithName("Crystal")
            .WithSummary("Reads a crystal (built-in or CIF text) and returns its cell, symmetry, composition, density and atom sites.");
        return api;
    }

    /// <summary>The crystal of a request: built-in id, or CIF text (a file with several blocks needs <c>block</c>).</summary>
    public static Crystal Resolve(CrystalSourceDto? source)
    {
        var s = Require.Field(source, "crystal");
        return (s.Builtin, s.Cif) switch
        {
            ({ } id, null) => CrystalLibrary.Load(id),
            (null, { } cif) when s.Block is { } block => CrystalCifReader.ReadBlock(cif, block),
            (null, { } cif) => CrystalCifReader.Read(cif) switch
            {
                { Crystal: { } c } => c,
                var r => throw new InputException("crystal.block",
                    $"The CIF holds {r.BlockNames.Length} structures ({string.Join(", ", r.BlockNames)}): name one in 'block'."),
            },
            _ => throw new InputException("crystal", "Give either 'builtin' (an id from GET /api/v1/crystals) or 'cif' (CIF text), not both."),
        };
    }

    /// <summary>The summary the page and the API show.</summary>
    public static CrystalResponseDto Summary(Crystal crystal)
    {
        var s = crystal.Summarise();
        var g = crystal.SpaceGroup;
        var su = s.CellUncertainty;
        return new CrystalResponseDto(
            s.Name, s.FormulaSum, s.Z,
            new SpaceGroupDto(g.HermannMauguin, g.Number, g.Hall, g.Operations.Length, g.OperationsFromFile),
            new CellDto(s.Cell.AA, s.Cell.BA, s.Cell.CA, s.Cell.AlphaDeg, s.Cell.BetaDeg, s.Cell.GammaDeg),
            s.VolumeA3, s.DensityGcm3, s.AtomsPerCellByElement, s.SitesInCell,
            new CellUncertaintyDto(su.AA, su.BA, su.CA, su.AlphaDeg, su.BetaDeg, su.GammaDeg),
            s.CrystalSystem.ToString(), s.PointGroup, s.IsCentrosymmetric,
            [.. crystal.Sites.Select(a => new AtomSiteDto(a.Label, a.TypeSymbol, a.Element.Symbol, a.Fractional.ToArray(), a.Occupancy,
                a.Displacement.Kind.ToString(), a.Displacement.UisoA2(crystal.Cell), a.Line))],
            crystal.Warnings);
    }
}
