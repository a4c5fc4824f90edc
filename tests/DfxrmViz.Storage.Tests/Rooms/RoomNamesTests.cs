using DfxrmViz.Storage.Rooms;

namespace DfxrmViz.Storage.Tests.Rooms;

public class RoomNamesTests
{
    [Theory]
    [InlineData("Ada", "Ada")]
    [InlineData("  Ada \t Lovelace\r\n", "Ada Lovelace")]
    [InlineData("Å µ ⟂ θ", "Å µ ⟂ θ")]
    [InlineData("\u202Eevil\u200B", "evil")]
    [InlineData("<script>alert(1)</script>", "<script>alert(1)</script>")]
    public void A_name_is_cleaned_to_one_line_of_printable_text(string given, string shown) =>
        Assert.Equal(shown, RoomNames.Clean(given, 40));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\u0000\u200B ")]
    public void Nothing_printable_gives_no_name(string? given) => Assert.Null(RoomNames.Clean(given, 40));

    [Fact]
    public void A_long_name_is_cut_at_the_limit_and_never_inside_a_surrogate_pair()
    {
        Assert.Equal("abcdefghij", RoomNames.Clean("abcdefghijklmnop", 10));
        // 🔬 is two UTF-16 units: nine letters + it would be 11.
        Assert.Equal("abcdefghi", RoomNames.Clean("abcdefghi🔬", 10));
        Assert.Equal("abcdefgh🔬", RoomNames.Clean("abcdefgh🔬", 10));
    }

    [Fact]
    public void Default_names_count_from_one() => Assert.Equal("Guest 3", RoomNames.Guest(3));
}
