using System.Buffers.Text;
using System.Security.Cryptography;

namespace DfxrmViz.Storage.Plans;

/// <summary>Ids of saved plans, rooms and room members: 120 bits from the operating system's CSPRNG
/// (<see cref="RandomNumberGenerator"/>), as 20 characters of base64url (RFC 4648 §5), so a link cannot be guessed
/// (docs/api.md asks for ≥ 96 bits) and needs no escaping in a path.</summary>
public static class PublicId
{
    /// <summary>Random bytes per id: 15 bytes = 120 bits encode to exactly 20 base64url characters, no padding.</summary>
    public const int RandomBytes = 15;

    /// <summary>Length of every id in characters.</summary>
    public const int Length = RandomBytes / 3 * 4;

    /// <summary>A new random id.</summary>
    public static string New()
    {
        Span<byte> bytes = stackalloc byte[RandomBytes];
        RandomNumberGenerator.Fill(bytes);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>Whether <paramref name="id"/> has the form of an id (length and alphabet), checked before any database
    /// look-up so a malformed id costs nothing and can be told apart from an unknown one.</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: Length } && id.AsSpan().IndexOfAnyExcept(Alphabet) < 0;

    private static readonly System.Buffers.SearchValues<char> Alphabet =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
}
