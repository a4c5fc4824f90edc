using System.Text.Json;
using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Web.Api.Contracts;
using DfxrmViz.Web.Tests.Api;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DfxrmViz.Web.Tests.Reflections;

/// <summary>The field-by-field writer of POST /api/v1/reflections gives the bytes System.Text.Json gives with the app's own HTTP
/// JSON options (the serializer minimal APIs use for Results.Ok), for tables with every kind of value: absences with their cause,
/// a window note with non-ASCII text, no default reflection, no rows. A field added to the DTO and not to the writer fails here.</summary>
public class ReflectionsJsonTests(AppFactory factory) : IClassFixture<AppFactory>
{
    public static TheoryData<string, double, double, bool> Tables() => new()
    {
        { "LiNbO3", 17, 45, true },  // absences: absentBy set
        { "Si", 80, 45, false },     // window clipped: windowNote with θ, Å⁻¹, –
        { "PZT", 17, 45, false },
        { "SiO2-alpha", 8, 90, true },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Writer_bytes_equal_the_serializer_with_the_app_options(string crystal, double energyKeV, double maxDeg, bool includeAbsent)
    {
        var table = ReflectionCalculator.Compute(CrystalLibrary.Load(crystal), energyKeV, 0, maxDeg, ScatteringOptions.Default, includeAbsent);
        AssertSameBytes(table);
    }

    [Fact]
    public void Writer_bytes_equal_the_serializer_for_an_empty_table_without_a_default()
    {
        AssertSameBytes(new ReflectionTable(17, 0.7293, 0, 45, ScatteringOptions.NoAnomalous, 0, []));
    }

    [Fact]
    public void A_table_is_written_once_and_an_equal_new_one_again()
    {
        // The pipeline's memo gives the same instance for the same request: its bytes are reused. A table computed anew (another
        // instance, e.g. after the memo let it go) is written again, to equal bytes.
        var crystal = CrystalLibrary.Load("PZT");
        var table = ReflectionCalculator.Compute(crystal, 17, 0, 45, ScatteringOptions.Default);
        var first = ReflectionsJson.Utf8(table);
        Assert.Same(first, ReflectionsJson.Utf8(table));
        var again = ReflectionsJson.Utf8(ReflectionCalculator.Compute(crystal, 17, 0, 45, ScatteringOptions.Default));
        Assert.NotSame(first, again);
        Assert.True(first.AsSpan().SequenceEqual(again));
    }

    private void AssertSameBytes(ReflectionTable table)
    {
        var options = factory.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var expected = JsonSerializer.SerializeToUtf8Bytes(ReflectionsResponseDto.From(table), options);
        var actual = ReflectionsJson.Utf8(table);
        Assert.True(expected.AsSpan().SequenceEqual(actual),
            $"first difference at byte {expected.AsSpan().CommonPrefixLength(actual)}: serializer {System.Text.Encoding.UTF8.GetString(expected)[..Math.Min(400, expected.Length)]}");
    }
}
