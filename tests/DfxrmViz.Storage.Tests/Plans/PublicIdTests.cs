using DfxrmViz.Storage.Plans;

namespace DfxrmViz.Storage.Tests.Plans;

public class PublicIdTests
{
    [Fact]
    public void An_id_is_20_base64url_characters_carrying_120_random_bits()
    {
        var id = PublicId.New();
        Assert.Equal(20, id.Length);
        Assert.Equal(15, System.Buffers.Text.Base64Url.DecodeFromChars(id).Length);
        Assert.Matches("^[A-Za-z0-9_-]{20}$", id);
    }

    [Fact]
    public void Every_bit_position_varies_over_2000_ids()
    {
        // A stuck bit would mean fewer random bits than claimed; each bit is 1 in about half of the ids.
        var ones = new int[PublicId.RandomBytes * 8];
        const int count = 2000;
        for (var n = 0; n < count; n++)
        {
            var bytes = System.Buffers.Text.Base64Url.DecodeFromChars(PublicId.New());
            for (var bit = 0; bit < ones.Length; bit++)
            {
                ones[bit] += (bytes[bit / 8] >> (bit % 8)) & 1;
            }
        }
        // Binomial(2000, 0.5): mean 1000, σ ≈ 22.4; ±200 is about 9σ, so a true CSPRNG never fails this.
        Assert.All(ones, c => Assert.InRange(c, 800, 1200));
    }

    [Theory]
    [InlineData("abcdefghijklmnopqrs_", true)]
    [InlineData("abcdefghijklmnopqrs-", true)]
    [InlineData("abcdefghijklmnopqrs=", false)]
    [InlineData("abcdefghijklmnopqrs/", false)]
    [InlineData("abcdefghijklmnopqrsé", false)]
    [InlineData(null, false)]
    public void Only_20_characters_of_the_url_safe_alphabet_are_well_formed(string? id, bool wellFormed) =>
        Assert.Equal(wellFormed, PublicId.IsWellFormed(id));
}
