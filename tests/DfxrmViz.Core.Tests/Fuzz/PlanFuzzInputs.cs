using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Core.Tests.Fuzz;

/// <summary>Generated and mutated plan JSON: valid plans with every field set, then mutated either as text (cut, inserted
/// JSON fragments, changed characters) or as a tree (a value replaced by a hostile one, a member removed or renamed).</summary>
public static class PlanFuzzInputs
{
    private static readonly string[] TextFragments =
    [
        "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u0000", "\\ud800", "NaN", "Infinity", "-Infinity", "1e999", "-0", "null", "true",
        "//", "/*", "\n", "\t", "\uFEFF", "\"energyKeV\": 1", "\"crystal\": {}", "0x10", ".5", "01", "1.", "+1", "\u00B5",
    ];

    private static readonly Func<Random, JsonNode?>[] HostileValues =
    [
        _ => null, _ => JsonValue.Create(0), _ => JsonValue.Create(-1), _ => JsonValue.Create(-0.0), _ => JsonValue.Create(1e308),
        _ => JsonValue.Create(double.Epsilon), _ => JsonValue.Create(2147483648L), _ => JsonValue.Create(0.5), _ => JsonValue.Create(true),
        _ => JsonValue.Create(""), _ => JsonValue.Create("<script>alert(1)</script>"), _ => JsonValue.Create(new string('x', 300)),
        _ => JsonValue.Create("NaN"), _ => new JsonArray(), _ => new JsonObject(), _ => new JsonArray(1, 2, 3),
        _ => new JsonArray(0, 0, 0), _ => new JsonObject { ["hkl"] = new JsonArray(0, 0, 0) },
        r => JsonValue.Create((r.NextDouble() - 0.5) * Math.Pow(10, r.Next(-320, 309))),
        r => JsonValue.Create(r.Next(-1000, 1000)),
        r => new JsonArray(JsonValue.Create(r.Next(-3, 4)), JsonValue.Create(r.Next(-3, 4)), JsonValue.Create(r.Next(-3, 4))),
    ];

    /// <summary>Valid plans covering every field, as normalised JSON.</summary>
    public static IReadOnlyList<string> Seeds { get; } =
    [
        PlanJson.Write(Plan.Example),
        PlanJson.Write(new Plan { Crystal = CrystalSource.BuiltIn("Si"), Lens = null }),
        PlanJson.Write(Plan.Example with
        {
            BeamRule = BeamRule.Direction,
            BeamExit = LatticeVector.Direction(0.5, 0, 1),
            LimitsDeg = new ValueMap<AxisRangeDeg>([new("chi", new AxisRangeDeg(-5, 5))]),
            FixedAxis = new FixedAxisPlan("phi", 0),
            Solution = 1,
            TwoThetaMinDeg = 5,
            TwoThetaMaxDeg = 30,
            Distance = new LensDistance(4321.5, false),
            ApertureRadiusUm = 300,
            WebThicknessUm = 2,
            MountCheck = new MountCheckPlan(new([new FoundReflectionPlan(new Hkl(1, -1, 2),
                new ValueMap<double>([new("mu", 5.58), new("omega", 0), new("chi", 1.5), new("phi", 0)]))])),
            View = ViewOptions.Default with { Camera = new CameraState(new(1, 2, 3), new(0, 0, 0), new(0, 0, 1), 2) },
            Crystal = CrystalSource.FromCif("data_x\n_cell_length_a 4\n_cell_length_b 4\n_cell_length_c 4\n", "x.cif"),
        }),
    ];

    /// <summary>One input: a seed plan mutated as text or as a tree (one in three cases is left unmutated as text).</summary>
    public static string Next(Random rng)
    {
        var json = Seeds[rng.Next(Seeds.Count)];
        return rng.Next(3) switch
        {
            0 => MutateText(json, rng),
            1 => MutateTree(json, rng),
            _ => MutateText(MutateTree(json, rng), rng),
        };
    }

    /// <summary>Cuts, inserts and changes characters of <paramref name="text"/>.</summary>
    public static string MutateText(string text, Random rng)
    {
        var sb = new StringBuilder(text);
        for (var k = rng.Next(1, 4); k > 0 && sb.Length > 0; k--)
        {
            var at = rng.Next(sb.Length);
            switch (rng.Next(4))
            {
                case 0:
                    sb.Remove(at, Math.Min(rng.Next(1, 12), sb.Length - at));
                    break;
                case 1:
                    sb.Insert(at, TextFragments[rng.Next(TextFragments.Length)]);
                    break;
                case 2:
                    sb[at] = (char)rng.Next(0x20, 0x7F);
                    break;
                default:
                    sb.Length = at; // cut off, as a copied address or a half-sent body is
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Replaces, removes, renames or adds one member somewhere in the plan's tree.</summary>
    public static string MutateTree(string json, Random rng)
    {
        var root = JsonNode.Parse(json)!;
        for (var k = rng.Next(1, 3); k > 0; k--)
        {
            var nodes = new List<JsonNode>();
            Collect(root, nodes);
            var target = nodes[rng.Next(nodes.Count)];
            var parent = target.Parent;
            var choice = rng.Next(5);
            if (parent is JsonObject o)
            {
                var name = target.GetPropertyName();
                switch (choice)
                {
                    case 0:
                        o.Remove(name);
                        break;
                    case 1:
                        o.Remove(name);
                        o[name.ToUpperInvariant()] = HostileValues[rng.Next(HostileValues.Length)](rng);
                        break;
                    default:
                        o[name] = HostileValues[rng.Next(HostileValues.Length)](rng);
                        break;
                }
            }
            else if (parent is JsonArray a)
            {
                var i = a.IndexOf(target);
                if (choice == 0)
                {
                    a.RemoveAt(i);
                }
                else
                {
                    a[i] = HostileValues[rng.Next(HostileValues.Length)](rng);
                }
            }
            else if (root is JsonObject top)
            {
                top["extra" + rng.Next(10)] = HostileValues[rng.Next(HostileValues.Length)](rng);
            }
        }
        return root.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static void Collect(JsonNode? node, List<JsonNode> into)
    {
        if (node is null)
        {
            return;
        }
        into.Add(node);
        if (node is JsonObject o)
        {
            foreach (var (_, v) in o)
            {
                Collect(v, into);
            }
        }
        else if (node is JsonArray a)
        {
            foreach (var v in a)
            {
                Collect(v, into);
            }
        }
    }
}
