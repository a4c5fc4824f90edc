using System.Text.Json;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Storage.Plans;

namespace DfxrmViz.Web.Storage;

/// <summary>The plan gate of every save and room: the strict plan reader (refusals name <c>plan.…</c>) and the normalised
/// writer (docs/api.md "The plan"), so a stored plan is the same text the page, the address and <c>POST /api/v1/plan</c> use.</summary>
public sealed class PlanJsonNormalizer(PlanStoreOptions options) : IPlanNormalizer
{
    public string Normalize(JsonElement plan)
    {
        if (plan.ValueKind == JsonValueKind.Undefined)
        {
            throw new InputException("plan", "The field 'plan' is required: the plan as a JSON object.");
        }
        PlanTooLargeException.ThrowIfOver(plan.GetRawText(), options.MaxPlanBytes);
        var text = PlanJson.Write(PlanJson.Read(plan));
        PlanTooLargeException.ThrowIfOver(text, options.MaxPlanBytes);
        return text;
    }
}
