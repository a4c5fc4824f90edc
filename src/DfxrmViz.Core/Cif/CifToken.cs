namespace DfxrmViz.Core.Cif;

/// <summary>Kinds of CIF tokens (CIF 1.1 working specification §2.2; CIF 2.0 lists/tables kept as one value).</summary>
public enum CifTokenKind
{
    /// <summary><c>data_name</c>.</summary>
    Data,
    /// <summary><c>loop_</c>.</summary>
    Loop,
    /// <summary>A data name starting with <c>_</c>.</summary>
    Tag,
    /// <summary>A value: bare word, quoted string, text field, or CIF 2.0 list/table.</summary>
    Value,
    /// <summary>A reserved word CIF files for crystals do not use: <c>global_</c>, <c>save_</c>, <c>stop_</c>.</summary>
    Reserved,
}

/// <summary>One token with its 1-based line and column.</summary>
public readonly record struct CifToken(CifTokenKind Kind, string Text, int Line, int Column, bool Quoted = false)
{
    /// <summary>The token as a <see cref="CifValue"/>.</summary>
    public CifValue ToValue() => new(Text, Line, Column, Quoted);
}
