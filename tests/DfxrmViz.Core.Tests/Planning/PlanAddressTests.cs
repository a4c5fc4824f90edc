using System.Buffers.Text;
using System.IO.Compression;
using System.Text;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;

namespace DfxrmViz.Core.Tests.Planning;

public class PlanAddressTests
{
    [Fact]
    public void The_example_round_trips_through_a_short_address()
    {
        var address = PlanAddress.AddressOf(Plan.Example);
        Assert.NotNull(address);
        Assert.StartsWith("/?plan=", address, StringComparison.Ordinal);
        Assert.True(address.Length < 1500, $"{address.Length} characters");
        Assert.DoesNotContain('=', address[7..]);
        Assert.Equal(PlanJson.Normalise(Plan.Example), PlanAddress.Decode(address[7..]));
    }

    [Fact]
    public void A_plan_is_compressed_once_and_an_equal_new_plan_gets_the_same_address()
    {
        var plan = Plan.Example with { EnergyKeV = 18.25 };
        var first = PlanAddress.AddressOf(plan);
        Assert.Same(first, PlanAddress.AddressOf(plan)); // the page's several links: one compression
        var equal = Plan.Example with { EnergyKeV = 18.25 }; // another instance: computed again, to the same text
        Assert.Equal(first, PlanAddress.AddressOf(equal));
        Assert.Equal(18.25, PlanAddress.Decode(first![PlanAddress.Prefix.Length..]).EnergyKeV);
    }

    [Fact]
    public void A_cif_with_non_ascii_text_round_trips_exactly()
    {
        var cif = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "LiNbO3_aniso_test.cif"))
            + "\n# Ræder, Müller, Åström — µ, Å, ±, θ, 𝛼 (U+1D6FC) and a tab\t.\n";
        var plan = Plan.Example with { Crystal = CrystalSource.FromCif(cif, "Niobat_Å.cif") };
        var decoded = PlanAddress.Decode(PlanAddress.Encode(plan));
        Assert.Equal(cif, decoded.Crystal.Cif);
        Assert.Equal("Niobat_Å.cif", decoded.Crystal.FileName);
        Assert.Equal(PlanJson.Write(plan), PlanJson.Write(decoded));
    }

    [Fact]
    public void The_encoding_is_base64url_of_raw_deflate_of_the_normalised_json()
    {
        // docs/api.md "Plan in the page address": RFC 4648 §5 without padding, RFC 1951 raw DEFLATE, UTF-8 JSON.
        var bytes = Base64Url.DecodeFromChars(PlanAddress.Encode(Plan.Example));
        using var inflate = new DeflateStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(inflate, Encoding.UTF8);
        Assert.Equal(PlanJson.Write(Plan.Example), reader.ReadToEnd());
    }

    [Fact]
    public void A_plan_too_long_for_the_address_is_reported_not_truncated()
    {
        var random = new Random(11);
        var noise = string.Concat(Enumerable.Range(0, 20000).Select(_ => (char)('a' + random.Next(26))));
        var plan = Plan.Example with { Crystal = Core.Planning.CrystalSource.FromCif("# " + noise + "\n" + File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "LiNbO3_aniso_test.cif"))) };
        Assert.Null(PlanAddress.AddressOf(plan));
        Assert.False(PlanAddress.FitsInAddress("/?plan=" + PlanAddress.Encode(plan)));
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("AAAA")]
    [InlineData("")]
    public void An_address_that_does_not_decode_says_so(string encoded)
    {
        var ex = Assert.Throws<InputException>(() => PlanAddress.Decode(encoded));
        Assert.StartsWith("plan", ex.Problem.Field, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_bomb_is_refused_with_a_message()
    {
        using var compressed = new MemoryStream();
        using (var deflate = new DeflateStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 16; i++)
            {
                deflate.Write(zeros);
            }
        }
        var encoded = Base64Url.EncodeToString(compressed.ToArray());
        Assert.True(encoded.Length < 40_000);
        var ex = Assert.Throws<InputException>(() => PlanAddress.Decode(encoded));
        Assert.Contains("unpacks to more than", ex.Problem.Message, StringComparison.Ordinal);
    }
}
