using System.Buffers.Text;
using System.IO.Compression;
using System.Text;
using DfxrmViz.Core.Planning;
using Xunit.Abstractions;

namespace DfxrmViz.Core.Tests.Fuzz;

/// <summary>The <c>?plan=</c> decoder under mutated addresses: the text of the parameter changed or cut, the compressed bytes
/// flipped, mutated plan JSON correctly packed, and zip bombs. Only InputException escapes, each naming a plan path.</summary>
public class PlanAddressFuzzTests(ITestOutputHelper output)
{
    private const string Base64UrlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static readonly string[] Junk = ["=", "==", "%3D", "+", "/", " ", "\n", "&plan=", "#", "?", "\u00E9", "\0", "%"];

    [Fact]
    public void Mutated_addresses_are_decoded_or_refused_naming_the_field()
    {
        var seed = FuzzBudget.Seed(20261203);
        var cases = FuzzBudget.Cases(10_000);
        var rng = new Random(seed);
        var outcome = new PlanFuzzOutcome(seed);
        var bomb = Pack(Encoding.UTF8.GetBytes("{\"crystal\": {\"builtin\": \"Si\"}, \"x\": \"" + new string(' ', PlanAddress.MaxInflatedBytes) + "\"}"));
        for (var i = 0; i < cases; i++)
        {
            string? json = null;
            string encoded;
            switch (rng.Next(5))
            {
                case 0:
                    encoded = MutateText(PlanAddress.EncodeJson(Encoding.UTF8.GetBytes(PlanFuzzInputs.Seeds[rng.Next(PlanFuzzInputs.Seeds.Count)])), rng);
                    break;
                case 1:
                    json = PlanFuzzInputs.Next(rng);
                    encoded = PlanAddress.EncodeJson(Encoding.UTF8.GetBytes(json));
                    break;
                case 2:
                    encoded = FlipBytes(PlanFuzzInputs.Seeds[rng.Next(PlanFuzzInputs.Seeds.Count)], rng);
                    break;
                case 3:
                    encoded = string.Concat(Enumerable.Range(0, rng.Next(0, 200)).Select(_ => Base64UrlAlphabet[rng.Next(Base64UrlAlphabet.Length)]));
                    break;
                default:
                    encoded = rng.Next(20) == 0 ? bomb : PlanAddress.EncodeJson(Encoding.UTF8.GetBytes(PlanFuzzInputs.Seeds[rng.Next(PlanFuzzInputs.Seeds.Count)]));
                    break;
            }
            outcome.Check(i, encoded, json, () => PlanAddress.Decode(encoded));
        }
        output.WriteLine($"seed {seed}: {cases} inputs, {outcome.Accepted} decoded, {outcome.Refused} refused with InputException");
        Assert.True(outcome.Accepted > cases / 20 && outcome.Refused > cases / 4,
            $"seed {seed}: {outcome.Accepted} decoded, {outcome.Refused} refused of {cases}");
    }

    private static string MutateText(string encoded, Random rng)
    {
        var sb = new StringBuilder(encoded);
        for (var k = rng.Next(1, 4); k > 0 && sb.Length > 0; k--)
        {
            var at = rng.Next(sb.Length);
            switch (rng.Next(4))
            {
                case 0:
                    sb.Length = at;
                    break;
                case 1:
                    sb.Insert(at, Junk[rng.Next(Junk.Length)]);
                    break;
                case 2:
                    sb[at] = Base64UrlAlphabet[rng.Next(Base64UrlAlphabet.Length)];
                    break;
                default:
                    sb.Remove(at, Math.Min(rng.Next(1, 6), sb.Length - at));
                    break;
            }
        }
        return sb.ToString();
    }

    private static string FlipBytes(string json, Random rng)
    {
        var compressed = Base64Url.DecodeFromChars(PlanAddress.EncodeJson(Encoding.UTF8.GetBytes(json)));
        for (var k = rng.Next(1, 4); k > 0; k--)
        {
            compressed[rng.Next(compressed.Length)] ^= (byte)(1 << rng.Next(8));
        }
        return Base64Url.EncodeToString(compressed);
    }

    private static string Pack(byte[] bytes)
    {
        using var compressed = new MemoryStream();
        using (var deflate = new DeflateStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(bytes);
        }
        return Base64Url.EncodeToString(compressed.ToArray());
    }
}
