namespace DfxrmViz.Core.Cif;

/// <summary>One CIF value as written, with its 1-based position in the file.</summary>
/// <param name="Text">The value without quotes or semicolon delimiters.</param>
/// <param name="Line">1-based line where the value starts.</param>
/// <param name="Column">1-based column where the value starts.</param>
/// <param name="IsQuoted">Whether the value was quoted or a text field (then <c>?</c> and <c>.</c> are literal text).</param>
/// <remarks>CIF 1.1 syntax (IUCr, "CIF version 1.1 working specification", §2.2.7): unquoted <c>?</c> = unknown, <c>.</c> = inapplicable.</remarks>
public readonly record struct CifValue(string Text, int Line, int Column, bool IsQuoted = false)
{
    /// <summary>Unquoted <c>?</c>: value unknown.</summary>
    public bool IsUnknown => !IsQuoted && Text == "?";

    /// <summary>Unquoted <c>.</c>: value inapplicable.</summary>
    public bool IsInapplicable => !IsQuoted && Text == ".";

    /// <summary>Neither <c>?</c> nor <c>.</c> nor empty.</summary>
    public bool HasValue => !IsUnknown && !IsInapplicable && Text.Length > 0;
}
