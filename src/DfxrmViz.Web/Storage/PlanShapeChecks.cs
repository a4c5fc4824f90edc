using System.Text.Json;
using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Planning;
using DfxrmViz.Storage.Plans;

namespace DfxrmViz.Web.Storage;

/// <summary>The checks of a plan that need no plan codec: a JSON object within the size limit, <c>version</c> 1 when
/// given, and a <c>crystal</c> that is a known built-in id or non-empty CIF text (docs/api.md "The plan", "Crystal
/// source"). The text is kept as sent, written compactly. The full reader and normaliser of the plan replaces this
/// class in <c>Hosting/StorageRegistration.cs</c>.</summary>
public sealed class PlanShapeChecks(PlanStoreOptions options) : IPlanNormalizer
{
    public string Normalize(JsonElement plan)
    {
        if (plan.ValueKind == JsonValueKind.Undefined)
        {
            throw new InputException("plan", "The field 'plan' is required: the plan as a JSON object.");
        }
        if (plan.ValueKind != JsonValueKind.Object)
        {
            throw new InputException("plan", $"The plan must be a JSON object, not {Article(plan.ValueKind)}.");
        }
        var text = JsonSerializer.Serialize(plan);
        PlanTooLargeException.ThrowIfOver(text, options.MaxPlanBytes);
        CheckVersion(plan);
        CheckCrystal(plan);
        return text;
    }

    private static void CheckVersion(JsonElement plan)
    {
        if (!plan.TryGetProperty("version", out var version))
        {
            return;
        }
        if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v) || v != Plan.CurrentVersion)
        {
            throw new InputException("plan.version",
                $"This server reads plans of version {Plan.CurrentVersion}; the plan has version {Shorten(version.GetRawText())}.");
        }
    }

    private static void CheckCrystal(JsonElement plan)
    {
        if (!plan.TryGetProperty("crystal", out var crystal) || crystal.ValueKind != JsonValueKind.Object)
        {
            throw new InputException("plan.crystal",
                "The plan needs a crystal: { \"builtin\": \"<id from GET /api/v1/crystals>\" } or { \"cif\": \"<CIF text>\" }.");
        }
        var hasBuiltin = crystal.TryGetProperty("builtin", out var builtin);
        var hasCif = crystal.TryGetProperty("cif", out var cif);
        switch (hasBuiltin, hasCif)
        {
            case (true, true):
                throw new InputException("plan.crystal", "Give either 'builtin' or 'cif' in the crystal, not both.");
            case (false, false):
                throw new InputException("plan.crystal", "The crystal needs 'builtin' (an id from GET /api/v1/crystals) or 'cif' (CIF text).");
            case (true, false):
                if (builtin.ValueKind != JsonValueKind.String || !IsBuiltin(builtin.GetString()!))
                {
                    throw new InputException("plan.crystal.builtin",
                        $"Unknown built-in crystal {Shorten(builtin.GetRawText())}; GET /api/v1/crystals lists the ids.");
                }
                break;
            default:
                if (cif.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(cif.GetString()))
                {
                    throw new InputException("plan.crystal.cif", "The crystal's CIF text is empty or not a string.");
                }
                break;
        }
    }

    private static bool IsBuiltin(string id) =>
        CrystalLibrary.List().Any(e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase));

    private static string Article(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Null => "null",
        _ => "true or false",
    };

    /// <summary>A value quoted in a message, cut so a huge or hostile value cannot fill it.</summary>
    private static string Shorten(string raw) => raw.Length > 40 ? raw[..40] + "…" : raw;
}
