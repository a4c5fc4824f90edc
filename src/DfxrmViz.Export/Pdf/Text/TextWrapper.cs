using System.Text;
using DfxrmViz.Export.Pdf.Model;

namespace DfxrmViz.Export.Pdf.Text;

/// <summary>A piece of a line: text in one style starting at <paramref name="X"/> points from the line's left end.</summary>
internal readonly record struct PlacedSpan(string Text, TextStyle Style, float X);

/// <summary>One wrapped line and its width in points.</summary>
internal sealed record TextLine(IReadOnlyList<PlacedSpan> Spans, float Width)
{
    public string PlainText => string.Concat(Spans.Select(s => s.Text));
}

/// <summary>Greedy line breaking at spaces (and at <c>\n</c>); a word wider than the line is broken between characters.</summary>
internal static class TextWrapper
{
    private readonly record struct Token(string Text, TextStyle Style, bool IsSpace, bool IsBreak);

    public static List<TextLine> Wrap(TextPainter painter, IReadOnlyList<TextSpan> spans, float size, float maxWidth)
    {
        var lines = new List<TextLine>();
        var line = new List<(Token Token, float Width)>();
        var width = 0f;
        foreach (var token in Tokens(spans))
        {
            if (token.IsBreak)
            {
                lines.Add(Finish(line));
                (line, width) = ([], 0);
                continue;
            }
            if (token.IsSpace && line.Count == 0 && lines.Count > 0)
            {
                continue; // no leading space on a wrapped line
            }
            var w = painter.Measure(token.Text, token.Style, size);
            if (!token.IsSpace && width + w > maxWidth && line.Any(t => !t.Token.IsSpace))
            {
                lines.Add(Finish(line));
                (line, width) = ([], 0);
            }
            if (!token.IsSpace && w > maxWidth)
            {
                foreach (var piece in BreakWord(painter, token, size, maxWidth))
                {
                    if (line.Count > 0 && width + piece.Width > maxWidth)
                    {
                        lines.Add(Finish(line));
                        (line, width) = ([], 0);
                    }
                    line.Add(piece);
                    width += piece.Width;
                }
                continue;
            }
            line.Add((token, w));
            width += w;
        }
        if (line.Count > 0 || lines.Count == 0)
        {
            lines.Add(Finish(line));
        }
        return lines;
    }

    /// <summary>Wraps a single string in one style.</summary>
    public static List<TextLine> Wrap(TextPainter painter, string text, TextStyle style, float size, float maxWidth) =>
        Wrap(painter, [new TextSpan(text, style)], size, maxWidth);

    private static IEnumerable<Token> Tokens(IReadOnlyList<TextSpan> spans)
    {
        foreach (var span in spans)
        {
            var word = new StringBuilder();
            foreach (var ch in span.Text)
            {
                if (ch is ' ' or '\n')
                {
                    if (word.Length > 0)
                    {
                        yield return new Token(word.ToString(), span.Style, false, false);
                        word.Clear();
                    }
                    yield return new Token(" ", span.Style, ch == ' ', ch == '\n');
                }
                else
                {
                    word.Append(ch);
                }
            }
            if (word.Length > 0)
            {
                yield return new Token(word.ToString(), span.Style, false, false);
            }
        }
    }

    /// <summary>Pieces of an over-long word, each as wide as fits in <paramref name="maxWidth"/> (at least one character).</summary>
    private static List<(Token Token, float Width)> BreakWord(TextPainter painter, Token token, float size, float maxWidth)
    {
        var pieces = new List<(Token, float)>();
        var piece = new StringBuilder();
        foreach (var rune in token.Text.EnumerateRunes())
        {
            var candidate = piece + rune.ToString();
            if (piece.Length > 0 && painter.Measure(candidate, token.Style, size) > maxWidth)
            {
                var text = piece.ToString();
                pieces.Add((token with { Text = text }, painter.Measure(text, token.Style, size)));
                piece.Clear();
            }
            piece.Append(rune.ToString());
        }
        if (piece.Length > 0)
        {
            var text = piece.ToString();
            pieces.Add((token with { Text = text }, painter.Measure(text, token.Style, size)));
        }
        return pieces;
    }

    private static TextLine Finish(List<(Token Token, float Width)> tokens)
    {
        while (tokens.Count > 0 && tokens[^1].Token.IsSpace)
        {
            tokens.RemoveAt(tokens.Count - 1);
        }
        var spans = new List<PlacedSpan>();
        var x = 0f;
        var text = new StringBuilder();
        TextStyle? style = null;
        var start = 0f;
        foreach (var (token, w) in tokens)
        {
            if (style is not null && token.Style != style)
            {
                spans.Add(new PlacedSpan(text.ToString(), style.Value, start));
                text.Clear();
            }
            if (text.Length == 0)
            {
                start = x;
            }
            style = token.Style;
            text.Append(token.Text);
            x += w;
        }
        if (style is not null && text.Length > 0)
        {
            spans.Add(new PlacedSpan(text.ToString(), style.Value, start));
        }
        return new TextLine(spans, x);
    }
}
