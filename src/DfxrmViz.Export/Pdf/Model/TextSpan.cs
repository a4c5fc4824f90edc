using System.Text;

namespace DfxrmViz.Export.Pdf.Model;

/// <summary>Typeface of a piece of text (DejaVu Sans, Sans Bold, Sans Mono).</summary>
public enum TextStyle
{
    /// <summary>DejaVu Sans.</summary>
    Regular,

    /// <summary>DejaVu Sans Bold.</summary>
    Bold,

    /// <summary>DejaVu Sans Mono (links, ids, file text).</summary>
    Mono,
}

/// <summary>A run of text in one style.</summary>
public sealed record TextSpan(string Text, TextStyle Style = TextStyle.Regular);

/// <summary>Light inline markup for paragraphs.</summary>
public static class RichText
{
    /// <summary>Splits <paramref name="markup"/> into spans: <c>**…**</c> is bold, <c>`…`</c> is mono; an unclosed marker is
    /// kept as literal text.</summary>
    public static IReadOnlyList<TextSpan> Parse(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var spans = new List<TextSpan>();
        var plain = new StringBuilder();
        var i = 0;
        while (i < markup.Length)
        {
            var (marker, style) = markup.AsSpan(i).StartsWith("**") ? ("**", TextStyle.Bold)
                : markup[i] == '`' ? ("`", TextStyle.Mono) : ("", TextStyle.Regular);
            var close = marker.Length > 0 ? markup.IndexOf(marker, i + marker.Length, StringComparison.Ordinal) : -1;
            if (close < 0)
            {
                plain.Append(markup[i]);
                i++;
                continue;
            }
            Flush(spans, plain);
            spans.Add(new TextSpan(markup[(i + marker.Length)..close], style));
            i = close + marker.Length;
        }
        Flush(spans, plain);
        return spans;
    }

    private static void Flush(List<TextSpan> spans, StringBuilder plain)
    {
        if (plain.Length > 0)
        {
            spans.Add(new TextSpan(plain.ToString()));
            plain.Clear();
        }
    }
}
