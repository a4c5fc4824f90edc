using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Optics;

/// <summary>Position in a .lens text with 1-based line and column (UTF-16 units), for the TOML-subset reader.</summary>
internal sealed class TomlCursor(string text, string fieldName)
{
    private int _line = 1;
    private int _lineStart;

    public int Position { get; private set; }

    public bool AtEnd => Position >= text.Length;

    public char Peek => text[Position];

    /// <summary>At '\n' or at "\r\n".</summary>
    public bool AtLineEnd => !AtEnd && (Peek == '\n' || (Peek == '\r' && Position + 1 < text.Length && text[Position + 1] == '\n'));

    public int Line => _line;

    public int Column => Position - _lineStart + 1;

    public string Field => fieldName;

    public char PeekAt(int offset) => Position + offset < text.Length ? text[Position + offset] : '\0';

    public void Advance()
    {
        if (text[Position] == '\n')
        {
            _line++;
            _lineStart = Position + 1;
        }
        Position++;
    }

    public string Slice(int start) => text[start..Position];

    public void SkipBom()
    {
        if (!AtEnd && Peek == '\uFEFF')
        {
            Position++;
            _lineStart = Position;
        }
    }

    /// <summary>Skips spaces and tabs (TOML whitespace) on the current line.</summary>
    public void SkipSpaces()
    {
        while (!AtEnd && (Peek == ' ' || Peek == '\t'))
        {
            Advance();
        }
    }

    /// <summary>Skips the rest of the line including its end.</summary>
    public void SkipToNextLine()
    {
        while (!AtEnd && Peek != '\n')
        {
            Advance();
        }
        if (!AtEnd)
        {
            Advance();
        }
    }

    /// <summary>After a value or header only spaces and a comment may follow on the line.</summary>
    public void ExpectLineEnd()
    {
        SkipSpaces();
        if (AtEnd || AtLineEnd || Peek == '#')
        {
            SkipToNextLine();
            return;
        }
        throw Error($"Unexpected text '{Snippet()}' after the value; one key = value or [table] per line.");
    }

    /// <summary>Skips whitespace, line ends and comments (inside arrays).</summary>
    public void SkipWhitespaceAndComments()
    {
        while (!AtEnd)
        {
            if (Peek is ' ' or '\t' or '\r' or '\n')
            {
                Advance();
            }
            else if (Peek == '#')
            {
                while (!AtEnd && Peek != '\n')
                {
                    Advance();
                }
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Up to 20 characters from here to the line end, for messages.</summary>
    public string Snippet()
    {
        var end = Position;
        while (end < text.Length && end - Position < 20 && text[end] is not ('\n' or '\r'))
        {
            end++;
        }
        return text[Position..end];
    }

    public InputException Error(string message) => ErrorAt(message, Line, Column);

    public InputException ErrorAt(string message, int line, int column) =>
        new(new InputProblem(fieldName, "Syntax error: " + message, line, column));
}
