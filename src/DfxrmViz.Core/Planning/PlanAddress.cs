using System.Buffers.Text;
using System.IO.Compression;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Planning.Json;

namespace DfxrmViz.Core.Planning;

/// <summary>The plan in the page address (docs/api.md "Plan in the page address"): <c>/?plan=</c> + base64url without padding
/// (RFC 4648 §5) of the raw-DEFLATE (RFC 1951) compressed UTF-8 normalised plan JSON. Decoding is bounded: an address longer
/// than <see cref="MaxEncodedLength"/> or one that inflates beyond <see cref="MaxInflatedBytes"/> (a zip bomb) is refused.</summary>
public static class PlanAddress
{
    /// <summary>Longest page address (path and query) that carries a plan; a longer plan is saved instead (docs/api.md).</summary>
    public const int MaxAddressLength = 8000;

    /// <summary>The path and query prefix of an address that carries a plan.</summary>
    public const string Prefix = "/?plan=";

    /// <summary>Longest <c>plan</c> parameter decoded (addresses from other tools may be longer than ours; not unbounded).</summary>
    public const int MaxEncodedLength = 1024 * 1024;

    /// <summary>Most bytes a decoded plan may inflate to.</summary>
    public const int MaxInflatedBytes = PlanLimits.MaxPlanBytes;

    /// <summary>Plans whose JSON is larger than this are not compressed for the address at all: they cannot fit in
    /// <see cref="MaxAddressLength"/> characters unless the text compresses more than a hundredfold.</summary>
    public const int MaxJsonBytesTried = 1024 * 1024;

    /// <summary>The <c>plan</c> parameter for <paramref name="plan"/>.</summary>
    public static string Encode(Plan plan) => EncodeJson(PlanJson.WriteUtf8(plan));

    /// <summary>The <c>plan</c> parameter for normalised plan JSON (UTF-8).</summary>
    public static string EncodeJson(byte[] json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var compressed = new MemoryStream();
        using (var deflate = new DeflateStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(json);
        }
        return Base64Url.EncodeToString(compressed.ToArray());
    }

    /// <summary>"/?plan=…" for <paramref name="plan"/>, or null when it would be longer than <see cref="MaxAddressLength"/>
    /// (then the plan must be saved to be shared).</summary>
    public static string? AddressOf(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Addresses.GetValue(plan, p => new Address(Compute(p))).Value;
    }

    // A page asks for its plan's address several times per edit (the address bar, each download link, the share link): a
    // plan is immutable, so its address is compressed once (each deflate stream sets up zlib's window and hash tables,
    // (1 << (windowBits + 2)) + (1 << (memLevel + 9)) bytes ≈ 256 KB at the defaults: zlib 1.3 zconf.h, "memory requirements").
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Plan, Address> Addresses = [];

    private sealed record Address(string? Value);

    private static string? Compute(Plan plan)
    {
        var json = PlanJson.WriteUtf8(plan);
        if (json.Length > MaxJsonBytesTried)
        {
            return null;
        }
        var address = Prefix + EncodeJson(json);
        return FitsInAddress(address) ? address : null;
    }

    /// <summary>Whether an address fits in <see cref="MaxAddressLength"/> characters.</summary>
    public static bool FitsInAddress(string address) => address is not null && address.Length <= MaxAddressLength;

    /// <summary>The plan of a <c>plan</c> parameter; refusals are <see cref="InputException"/>s with a message a user can read.</summary>
    public static Plan Decode(string encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        if (encoded.Length > MaxEncodedLength)
        {
            throw Refused($"it is {encoded.Length} characters long (at most {MaxEncodedLength} are read).");
        }
        byte[] compressed;
        try
        {
            compressed = Base64Url.DecodeFromChars(encoded.Trim());
        }
        catch (FormatException)
        {
            throw Refused("it is not base64url text (letters, digits, '-' and '_'); it may have been cut or changed when copied.");
        }
        return PlanJson.Read(Inflate(compressed));
    }

    private static byte[] Inflate(byte[] compressed)
    {
        using var input = new MemoryStream(compressed);
        using var deflate = new DeflateStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        try
        {
            int n;
            while ((n = deflate.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + n > MaxInflatedBytes)
                {
                    throw Refused($"it unpacks to more than {MaxInflatedBytes / 1048576} MB, more than any plan can hold.");
                }
                output.Write(buffer, 0, n);
            }
        }
        catch (InvalidDataException)
        {
            throw Refused("its data is not a compressed plan; it may have been cut or changed when copied.");
        }
        return output.ToArray();
    }

    private static InputException Refused(string why) => new(new InputProblem("plan", $"The plan in this address cannot be read: {why}"));
}
