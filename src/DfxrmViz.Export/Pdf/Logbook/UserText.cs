using System.Text;

namespace DfxrmViz.Export.Pdf.Logbook;

/// <summary>Names a user chose (uploaded file names; a CIF's names: <see cref="Cut"/> only) as the logbook prints them: at most
/// <see cref="MaxLength"/> characters, one line of text, each control character
/// (U+0000–U+001F, U+007F–U+009F, so also a line break or tab) and each lone surrogate printed as U+FFFD, as the PDF's text
/// painter prints every character it cannot show (issue 15 "Hostile text"). Nothing else changes: markup stays literal.</summary>
public static class UserText
{
    /// <summary>Printed for a control character or a lone surrogate.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>Characters of a name printed before it is cut: a CIF's name or a file name may be thousands of characters
    /// without a space, which would fill pages (and a heading taller than a page would run off it).</summary>
    public const int MaxLength = 200;

    /// <summary><paramref name="text"/> cut to its first <see cref="MaxLength"/> characters (never inside a surrogate pair)
    /// followed by "… (N characters)" when it is longer; otherwise unchanged.</summary>
    public static string Cut(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxLength)
        {
            return text;
        }
        var end = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return text[..end] + $"… ({text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)} characters)";
    }

    /// <summary>A file name as printed: <see cref="Cut"/>, on one line, control characters and lone surrogates as U+FFFD.</summary>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = Cut(text);
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            // EnumerateRunes yields U+FFFD for a lone surrogate.
            sb.Append(Rune.IsControl(rune) ? Replacement.ToString() : rune.ToString());
        }
        return sb.ToString();
    }
}
