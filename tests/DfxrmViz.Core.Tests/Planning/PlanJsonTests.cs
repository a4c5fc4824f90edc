using System.Text;
using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Core.Tests.Planning;

public class PlanJsonTests
{
    [Fact]
    public void The_normalised_plan_is_a_fixed_point_byte_for_byte()
    {
        foreach (var plan in new[] { Plan.Example, new Plan { Crystal = CrystalSource.BuiltIn("Si") }, Plan.Example with { Lens = null, Hkl = null } })
        {
            var once = PlanJson.Write(plan);
            var twice = PlanJson.Write(PlanJson.Read(once));
            Assert.Equal(once, twice);
            Assert.Equal(PlanJson.Normalise(plan), PlanJson.Normalise(PlanJson.Normalise(plan)));
        }
    }

    [Fact]
    public void A_minimal_plan_gets_every_default_and_the_contract_names()
    {
        var json = PlanJson.Write(PlanJson.Read("""{"crystal": {"builtin": "linbo3"}}"""));
        // docs/api.md "The plan": defaults of the plan (17 keV, 5000 × 5000 × 150 µm, Elam total, esrf-dfxm, 2θ ≤ 45°, id06 at d_tot′ 5 m).
        Assert.StartsWith("""{"version":1,"technique":"dfxm","crystal":{"builtin":"LiNbO3"},"energyKeV":17,"sampleUm":{"height":5000,"width":5000,"thickness":150},"table":"elam","kind":"total","warnBelowPercent":1,"instrument":"esrf-dfxm","twoThetaMinDeg":0,"twoThetaMaxDeg":45,"anomalous":true,"f0":"it92","hkl":null,"up":null,"front":null,"beamExit":null,"beamRule":"exitSurface","azimuthDeg":0,"goniometer":"esrf-dfxm","limitsDeg":{},"fixedAxis":null,"solution":null,"mountCheck":null,"lens":{"builtin":"id06"},"dTotPrimeMm":5000,"lensModel":"thick",""", json);
    }

    [Fact]
    public void Lens_null_means_no_lens_and_a_missing_lens_the_default()
    {
        Assert.Null(PlanJson.Read("""{"crystal": {"builtin": "Si"}, "lens": null}""").Lens);
        Assert.Equal(LensSource.Id06, PlanJson.Read("""{"crystal": {"builtin": "Si"}}""").Lens);
    }

    [Fact]
    public void Every_field_round_trips()
    {
        var plan = Plan.Example with
        {
            Table = Core.XrayData.AttenuationTable.Chantler,
            Kind = Core.XrayData.AttenuationKind.Photo,
            F0 = FormFactorTable.WaasmaierKirfel,
            BeamRule = Core.Orientation.BeamRule.Direction,
            BeamExit = Core.Orientation.LatticeVector.Direction(0.5, 0, 1),
            LimitsDeg = new ValueMap<AxisRangeDeg>([new("chi", new AxisRangeDeg(-5, 5))]),
            FixedAxis = new FixedAxisPlan("phi", 0),
            Solution = 1,
            Distance = new LensDistance(4321.5, false),
            ApertureRadiusUm = 300,
            WebThicknessUm = 2,
            MountCheck = new MountCheckPlan(new([new FoundReflectionPlan(new Hkl(1, -1, 2), new ValueMap<double>([new("mu", 5.58), new("omega", 0), new("chi", 1.5), new("phi", 0)]))])),
            Crystal = CrystalSource.FromCif(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "LiNbO3_aniso_test.cif")), "Å-test ü.cif"),
        };
        var back = PlanJson.Read(PlanJson.Write(plan));
        Assert.Equal(PlanJson.Normalise(plan), back);
        Assert.Equal(plan.Crystal, back.Crystal);
        Assert.Equal(plan.MountCheck, back.MountCheck);
    }

    [Theory]
    [InlineData("""{"crystal": {"builtin": "LiNbO3"}, "sampleUm": {"thickness": "x"}}""", "plan.sampleUm.thickness", "must be a number")]
    [InlineData("""{"crystal": {"builtin": "LiNbO3"}, "sampleUm": {"thickness": -1}}""", "plan.sampleUm.thickness", "positive")]
    [InlineData("""{"version": 2, "crystal": {"builtin": "LiNbO3"}}""", "plan.version", "version 1")]
    [InlineData("""{"energyKeV": 17}""", "plan.crystal", "required")]
    [InlineData("""{"crystal": {"builtin": "LiNbO3"}, "energyKev": 17}""", "plan.energyKev", "did you mean 'energyKeV'")]
    [InlineData("""{"crystal": {"builtin": "LiNbO3"}, "energyKeV": NaN}""", "plan", "not valid JSON")]
    [InlineData("""{"crystal": {"builtin": "LiNbO3"}, "energyKeV": 1e999}""", "plan.energyKeV", "beyond the range")]
    [InlineData("""{"crystal": {"builtin": "LiNbO3"}, "energyKeV": 0}""", "plan.energyKeV", "positive")]
    [InlineData("""{"crystal": {"builtin": "Unobtainium"}}""", "plan.crystal.builtin", "Unknown built-in crystal")]
    [InlineData("""{"crystal": {"builtin": "LiNbO3"}, "goniometer": "hexapod"}""", "plan.goniometer", "Unknown goniometer")]
    [InlineData("""{"crystal": {"builtin": "LiNbO3"}, "instrument": "id99"}""", "plan.instrument", "Unknown instrument")]
    [InlineData("""{"crystal": {"builtin": "LiNbO3"}, "lens": {"builtin": "id99"}}""", "plan.lens.builtin", "Unknown lens box")]
    [InlineData("""{"crystal": {"builtin": "LiNbO3"}, "limitsDeg": {"kappa": [0, 1]}}""", "plan.limitsDeg.kappa", "has no axis 'kappa'")]
    [InlineData("""{"crystal": {"builtin": "LiNbO3"}, "limitsDeg": {"chi": [5, 1]}}""", "plan.limitsDeg.chi", "min ≤ max")]
    [InlineData("""{"crystal": {"builtin": "LiNbO3"}, "hkl": [1, 0.5, 2]}""", "plan.hkl[1]", "whole number")]
    [InlineData("""{"crystal": {"builtin": "LiNbO3"}, "hkl": [0, 0, 0]}""", "plan.hkl", "direct beam")]
    [InlineData("""{"crystal": {"builtin": "LiNbO3"}, "up": {"hkl": [0, 0, 0]}}""", "plan.up", "not all zero")]
    [InlineData("""{"crystal": {"builtin": "LiNbO3"}, "beamRule": "direction"}""", "plan.beamExit", "needs the beam-exit direction")]
    [InlineData("""{"crystal": {"builtin": "LiNbO3"}, "table": "henke"}""", "plan.table", "\"elam\" or \"chantler\"")]
    [InlineData("""{"crystal": {"builtin": "LiNbO3"}, "twoThetaMinDeg": 50}""", "plan.twoThetaMaxDeg", "inverted")]
    [InlineData("""{"crystal": {"builtin": "LiNbO3"}, "dTotMm": 1, "dTotPrimeMm": 1}""", "plan.dTotMm", "both given")]
    [InlineData("""{"crystal": {"builtin": "LiNbO3"}, "mountCheck": {"found": [{"hkl": [1, -1, 2], "anglesDeg": {"mu": 1, "omega": 0, "chi": 0}}]}}""", "plan.mountCheck.found[0].anglesDeg.phi", "phi")]
    [InlineData("""{"crystal": {"builtin": "LiNbO3"}, "mountCheck": {"found": [{"hkl": [1, -1, 2], "anglesDeg": {"mu": 1, "omega": 0, "chi": 0, "phi": "x"}}]}}""", "plan.mountCheck.found[0].anglesDeg.phi", "must be a number")]
    [InlineData("""{"crystal": {"builtin": "LiNbO3"}, "crystal": {"builtin": "Si"}}""", "plan.crystal", "twice")]
    [InlineData("""{"crystal": {"builtin": "LiNbO3", "cif": "data_x"}}""", "plan.crystal", "both")]
    [InlineData("""[1, 2]""", "plan", "JSON object")]
    public void Bad_plans_are_refused_naming_the_field(string json, string field, string message)
    {
        var ex = Assert.Throws<InputException>(() => PlanJson.Read(json));
        Assert.Equal(field, ex.Problem.Field);
        Assert.Contains(message, ex.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Huge_strings_and_arrays_are_refused_before_any_physics()
    {
        var bigCif = new string('#', PlanLimits.MaxCifBytes + 1);
        var ex = Assert.Throws<InputException>(() => PlanJson.Read($$$"""{"crystal": {"cif": "{{{bigCif}}}"}}"""));
        Assert.Equal("plan.crystal.cif", ex.Problem.Field);
        var found = string.Join(",", Enumerable.Repeat("""{"hkl": [1, 0, 0], "anglesDeg": {"mu": 0, "omega": 0, "chi": 0, "phi": 0}}""", 65));
        ex = Assert.Throws<InputException>(() => PlanJson.Read($$$"""{"crystal": {"builtin": "Si"}, "mountCheck": {"found": [{{{found}}}]}}"""));
        Assert.Equal("plan.mountCheck.found", ex.Problem.Field);
        ex = Assert.Throws<InputException>(() => PlanJson.Read($$$"""{"crystal": {"builtin": "Si", "fileName": "{{{new string('a', 300)}}}"}}"""));
        Assert.Equal("plan.crystal.fileName", ex.Problem.Field);
        var deep = new StringBuilder("""{"crystal": {"builtin": "Si"}, "view": """);
        deep.Append(new string('[', 40)).Append(new string(']', 40)).Append('}');
        ex = Assert.Throws<InputException>(() => PlanJson.Read(deep.ToString()));
        Assert.Equal("plan", ex.Problem.Field);
    }

    [Fact]
    public void Every_built_in_crystal_id_is_accepted_in_any_case_and_written_canonically()
    {
        foreach (var e in CrystalLibrary.List())
        {
            var plan = PlanJson.Read($$$"""{"crystal": {"builtin": "{{{e.Id.ToLowerInvariant()}}}"}}""");
            Assert.Equal(e.Id, plan.Crystal.Builtin);
        }
    }

    [Fact]
    public void A_merge_patch_replaces_and_removes_members()
    {
        var patched = PlanJson.ApplyMergePatch(Plan.Example, """{"sampleUm": {"thickness": 40}, "hkl": null, "lens": null}""");
        Assert.Equal(new SampleSizeUm(5000, 5000, 40), patched.SampleUm);
        Assert.Null(patched.Hkl);
        // RFC 7386: null removes the member; a missing lens is the default lens again.
        Assert.Equal(LensSource.Id06, patched.Lens);
    }
}
