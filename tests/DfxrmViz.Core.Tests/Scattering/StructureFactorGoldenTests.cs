using System.Text.Json;
using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Data;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Core.Tests.Golden;

namespace DfxrmViz.Core.Tests.Scattering;

/// <summary>|F|² of every built-in crystal (and an aniso-ADP test file) at 17 keV, all hkl with 2θ ≤ 30°, against
/// Golden/structure_factors.json (tools/gemmi/golden_structure_factors.py, gemmi 0.5.7).</summary>
public class StructureFactorGoldenTests
{
    private static readonly Lazy<JsonElement> Doc = new(() => GoldenFile.Read("structure_factors.json"));

    private static List<string> FileNames => [.. Doc.Value.GetProperty("crystals").EnumerateArray().Select(c => c.GetProperty("file").GetString()!)];

    public static TheoryData<string> Files => [.. FileNames];

    [Fact]
    public void Golden_file_covers_every_built_in_cif()
    {
        var builtIn = EmbeddedData.List("Crystals.").Where(n => n.EndsWith(".cif", StringComparison.Ordinal)).Select(n => n["Crystals.".Length..]);
        Assert.Empty(builtIn.Except(FileNames));
    }

    // gemmi: IT92 f0, no f′/f″, DWF from the file (U_iso, or U_ij per image) — same model as ours: R = Σ|ΔF²|/ΣF² ≤ 1e-4 (issue 6).
    [Theory]
    [MemberData(nameof(Files))]
    public void F2_without_anomalous_terms_matches_gemmi(string file) =>
        Assert.InRange(RFactor(file, new ScatteringOptions(Anomalous: false), "f2"), 0, 1e-4);

    // Independent anomalous calculation: gemmi with Cromer–Liberman f′, f″ vs our Chantler (XrayDB) f′, f″: R ≤ 1 % (issue 6;
    // docs/physics.md §5 expects ~1 %). Exception: Au and Pb at 17 keV lie just above their L edges, where the two tables differ
    // most (f′ Pb: Chantler −4.219, CL −3.847; Au: −2.535 vs −2.193 e): R = 1.26 % (Pb), 1.17 % (Au), 1.10 % (PZT, Pb-rich),
    // allowed ≤ 1.5 % for these three.
    [Theory]
    [MemberData(nameof(Files))]
    public void F2_with_anomalous_terms_matches_gemmi_cromer_liberman(string file) =>
        Assert.InRange(RFactor(file, ScatteringOptions.Default, "f2anom"), 0,
            new[] { "Pb_", "Au_", "PZT_" }.Any(p => file.StartsWith(p, StringComparison.Ordinal)) ? 1.5e-2 : 1e-2);

    // The anomalous sum itself, fed gemmi's own Cromer–Liberman f′, f″ (from the golden file): R ≤ 1e-4 like the plain |F|².
    [Theory]
    [MemberData(nameof(Files))]
    public void F2_with_cromer_liberman_terms_reproduces_gemmi(string file)
    {
        var entry = Entry(file);
        var fp = entry.GetProperty("cromerLibermanFPrime17keV").EnumerateObject()
            .ToDictionary(p => p.Name, p => (p.Value[0].GetDouble(), p.Value[1].GetDouble()));
        Assert.InRange(RFactor(file, ScatteringOptions.Default, "f2anom", fp), 0, 1e-4);
    }

    private static JsonElement Entry(string file) =>
        Doc.Value.GetProperty("crystals").EnumerateArray().Single(c => c.GetProperty("file").GetString() == file);

    private static double RFactor(string file, ScatteringOptions options, string column,
        IReadOnlyDictionary<string, (double, double)>? anomalousOverride = null)
    {
        var entry = Entry(file);
        var index = entry.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ToList().IndexOf(column);
        var crystal = Load(file);
        var energy = Doc.Value.GetProperty("energyKeV").GetDouble();
        // All golden hkl, including Friedel mates and absences.
        var calc = new StructureFactorCalculator(crystal, energy, options, anomalousOverride);
        double diff = 0, sum = 0;
        foreach (var row in entry.GetProperty("rows").EnumerateArray())
        {
            var v = row.EnumerateArray().Select(x => x.GetDouble()).ToArray();
            var hkl = new Hkl((int)v[0], (int)v[1], (int)v[2]);
            var f = calc.Compute(hkl, StructureFactor.SInvA(crystal, hkl));
            var ours = f.Real * f.Real + f.Imaginary * f.Imaginary;
            diff += Math.Abs(ours - v[index]);
            sum += v[index];
        }
        return diff / sum;
    }

    internal static Core.Crystal.Crystal Load(string file) => file.Contains("aniso_test", StringComparison.Ordinal)
        ? CrystalCifReader.ReadSingle(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", file)))
        : CrystalCifReader.ReadSingle(EmbeddedData.ReadText("Crystals/" + file));
}
