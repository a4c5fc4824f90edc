using System.Buffers;
using System.Text;

namespace DfxrmViz.Core.Cif;

/// <summary>Checks made before parsing: size limit, empty input and binary content.</summary>
public static class CifTextChecks
{
    /// <summary>The control characters a text file does not hold: char.IsControl except tab, LF, VT, FF, CR.</summary>
    private static readonly SearchValues<char> Binary = SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(c => char.IsControl(c) && c is not '\t' and not '\r' and not '\f' and not '\v' and not '\n')]);

    /// <summary>Throws unless <paramref name="text"/> is non-empty, at most <see cref="CifParser.MaxBytes"/> long and text.</summary>
    public static void CheckSizeAndContent(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > CifParser.MaxBytes)
        {
            throw CifParser.Error($"The file is {text.Length / (1024.0 * 1024.0):F1} MB; CIF files up to {CifParser.MaxBytes / (1024 * 1024)} MB are accepted.", 1);
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            throw CifParser.Error("The file is empty.", 1);
        }
        // Vectorised search for a control character other than tab, CR, LF, FF, VT (char.IsControl: U+0000–U+001F, U+007F–U+009F);
        // the line is counted only for the message.
        var bad = text.AsSpan().IndexOfAny(Binary);
        if (bad >= 0)
        {
            var line = text.AsSpan(0, bad).Count('\n') + 1;
            throw CifParser.Error($"The file contains binary data (control character U+{(int)text[bad]:X4}); a CIF is a text file.", line);
        }
    }

    /// <summary>Decodes uploaded bytes (UTF-8, BOM dropped; invalid bytes become U+FFFD) after the size limit check.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > CifParser.MaxBytes)
        {
            throw CifParser.Error($"The file is {bytes.Length / (1024.0 * 1024.0):F1} MB; CIF files up to {CifParser.MaxBytes / (1024 * 1024)} MB are accepted.", 1);
        }
        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            bytes = bytes[3..];
        }
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Reads at most <see cref="CifParser.MaxBytes"/> + 1 bytes from <paramref name="stream"/> and decodes them.</summary>
    public static string ReadBounded(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[CifParser.MaxBytes + 1];
        var total = 0;
        int n;
        while (total < buffer.Length && (n = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += n;
        }
        if (total > CifParser.MaxBytes)
        {
            throw CifParser.Error($"The file is larger than {CifParser.MaxBytes / (1024 * 1024)} MB; CIF files up to that size are accepted.", 1);
        }
        return Decode(buffer.AsSpan(0, total));
    }
}
