using System.Text;

namespace DfxrmViz.Core.Planning;

/// <summary>Text from a user (a crystal's name from a CIF) inside a CSV comment line. A comma would end the comment's cell and
/// start a new one that a spreadsheet may evaluate (=, +, −, @ start a formula: OWASP "CSV Injection"); a line break would start
/// a new row. So commas become semicolons, control characters and lone surrogates U+FFFD, and the line stays one cell that
/// begins with '#'.</summary>
public static class CsvText
{
    /// <summary>The text made safe for one CSV comment cell.</summary>
    public static string InComment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || char.IsControl(c))
            {
                sb.Append('\uFFFD');
            }
            else
            {
                sb.Append(c == ',' ? ';' : c);
            }
        }
        return sb.ToString();
    }
}
