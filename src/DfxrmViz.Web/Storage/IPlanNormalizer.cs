using System.Text.Json;

namespace DfxrmViz.Web.Storage;

/// <summary>The one gate every plan passes before it is saved, made a room or published to one: the plan of a request
/// (docs/api.md "The plan") in, its canonical JSON text out, or an <see cref="Core.Diagnostics.InputException"/> naming
/// the field path (e.g. <c>plan.crystal.builtin</c>); a plan over the size limit throws
/// <see cref="DfxrmViz.Storage.Plans.PlanTooLargeException"/>.</summary>
public interface IPlanNormalizer
{
    string Normalize(JsonElement plan);
}
