using System.Text.Json;
using System.Text.Json.Serialization;
using DfxrmViz.Web.Api.Contracts;

namespace DfxrmViz.Web.Api;

/// <summary>Source-generated System.Text.Json for the API answers written most often: the writer is generated code (no
/// reflection metadata, no converter lookups per property). First in the HTTP JSON options' resolver chain (ServiceRegistration),
/// so it writes with those options (web defaults, ASP.NET Core's relaxed encoder): the bytes of the reflection-based writer
/// (tests: ReflectionsGoldenTests).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ReflectionsResponseDto))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
