using System.Text.Json;
using System.Text.Json.Serialization;
using DfxrmViz.Web.Api.Contracts;

namespace DfxrmViz.Web.Api;

/// <summary>Source-generated System.Text.Json metadata for the reflection table inside the plan's answer (PlanContracts): no
/// reflection over the DTO per request. First in the HTTP JSON options' resolver chain (ServiceRegistration), so it writes with
/// those options (web defaults, ASP.NET Core's relaxed encoder): the bytes of the reflection-based writer. POST
/// /api/v1/reflections writes its own bytes (ReflectionsJson; tests: ReflectionsJsonTests, ReflectionsGoldenTests).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ReflectionsResponseDto))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
