using System.Buffers;
using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Cif;

/// <summary>Splits CIF text into tokens (CIF 1.1 working specification §2.2.7; CIF 2.0 common subset).</summary>
/// <remarks>Comments run from an unquoted <c>#</c> to the end of the line. A quoted string ends at a matching quote
/// followed by white space or the end of the line (CIF 1.1); <c>'''</c>/<c>"""</c> (CIF 2.0) may span lines. A text field
/// starts and ends with <c>;</c> in column 1. A CIF 2.0 list <c>[...]</c> or table <c>{...}</c> becomes one value.</remarks>
internal sealed class CifTokenizer(string text)
{
    /// <summary>Every char for which char.IsWhiteSpace holds, for a vectorised search for the end of a bare word.</summary>
    private static readonly SearchValues<char> WhiteSpace =
        SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(char.IsWhiteSpace)]);

    private int _pos;
    private int _line = 1;
    private int _lineStart;

    /// <summary>All tokens in order.</summary>
    public IEnumerable<CifToken> Tokens()
    {
        while (SkipBlanksAndComments())
        {
            yield return Next();
        }
    }

    private int Column => _pos - _lineStart + 1;

    private bool SkipBlanksAndComments()
    {
        while (_pos < text.Length)
        {
            var c = text[_pos];
            if (c == '\n')
            {
                NewLine();
            }
            else if (c == '#')
            {
                var end = text.AsSpan(_pos).IndexOf('\n');
                _pos = end < 0 ? text.Length : _pos + end;
            }
            else if (char.IsWhiteSpace(c))
            {
                _pos++;
            }
            else
            {
                return true;
            }
        }
        return false;
    }

    private void NewLine()
    {
        _pos++;
        _line++;
        _lineStart = _pos;
    }

    private CifToken Next()
    {
        var (line, col) = (_line, Column);
        var c = text[_pos];
        if (c == ';' && col == 1)
        {
            return new CifToken(CifTokenKind.Value, TextField(line), line, col, true);
        }
        if (c is '\'' or '"')
        {
            return new CifToken(CifTokenKind.Value, Quoted(c, line, col), line, col, true);
        }
        if (c is '[' or '{')
        {
            return new CifToken(CifTokenKind.Value, Bracketed(line, col), line, col, true);
        }
        var start = _pos;
        var length = text.AsSpan(start).IndexOfAny(WhiteSpace);
        _pos = length < 0 ? text.Length : start + length;
        var word = text[start.._pos];
        return new CifToken(Classify(word), word, line, col);
    }

    private static CifTokenKind Classify(string word)
    {
        if (word[0] == '_')
        {
            return CifTokenKind.Tag;
        }
        if (word.StartsWith("data_", StringComparison.OrdinalIgnoreCase))
        {
            return CifTokenKind.Data;
        }
        if (word.Equals("loop_", StringComparison.OrdinalIgnoreCase))
        {
            return CifTokenKind.Loop;
        }
        return word.StartsWith("save_", StringComparison.OrdinalIgnoreCase)
            || word.Equals("global_", StringComparison.OrdinalIgnoreCase)
            || word.Equals("stop_", StringComparison.OrdinalIgnoreCase)
            ? CifTokenKind.Reserved : CifTokenKind.Value;
    }

    private string TextField(int line)
    {
        _pos++;
        var start = _pos;
        while (_pos < text.Length)
        {
            if (text[_pos] == '\n')
            {
                NewLine();
                if (_pos < text.Length && text[_pos] == ';')
                {
                    var body = text[start..(_pos - 1)].Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\r');
                    _pos++;
                    return body.StartsWith('\n') ? body[1..] : body;
                }
            }
            else
            {
                _pos++;
            }
        }
        throw Error(line, 1, "Unterminated text field: a value that starts with ';' in column 1 needs a closing line that starts with ';'.");
    }

    private string Quoted(char q, int line, int col)
    {
        if (_pos + 2 < text.Length && text[_pos + 1] == q && text[_pos + 2] == q)
        {
            return TripleQuoted(q, line, col);
        }
        var start = ++_pos;
        while (_pos < text.Length && text[_pos] != '\n')
        {
            if (text[_pos] == q && (_pos + 1 == text.Length || char.IsWhiteSpace(text[_pos + 1])))
            {
                return text[start.._pos++];
            }
            _pos++;
        }
        throw Error(line, col, $"Unterminated quoted string: the {q}…{q} value is not closed on the same line.");
    }

    private string TripleQuoted(char q, int line, int col)
    {
        var delimiter = new string(q, 3);
        var end = text.IndexOf(delimiter, _pos + 3, StringComparison.Ordinal);
        if (end < 0)
        {
            throw Error(line, col, $"Unterminated triple-quoted string: {delimiter} is never closed.");
        }
        var body = text[(_pos + 3)..end];
        Advance(end + 3);
        return body;
    }

    private string Bracketed(int line, int col)
    {
        var depth = 0;
        var start = _pos;
        for (var i = _pos; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '[' or '{')
            {
                depth++;
            }
            else if (c is ']' or '}' && --depth == 0)
            {
                Advance(i + 1);
                return text[start..(i + 1)];
            }
            else if (c == '\n' && i + 1 < text.Length && text[i + 1] == '_')
            {
                break;
            }
        }
        throw Error(line, col, "Unterminated CIF 2.0 list or table: a '[' or '{' has no matching ']' or '}'.");
    }

    private void Advance(int to)
    {
        while (_pos < to)
        {
            if (text[_pos] == '\n')
            {
                NewLine();
            }
            else
            {
                _pos++;
            }
        }
    }

    private static InputException Error(int line, int col, string message) =>
        new(new InputProblem("crystal.cif", message, line, col));
}
