namespace DfxrmViz.Export.Pdf.Model;

/// <summary>One piece of content that the page flow places below the previous one.</summary>
public abstract record ReportBlock;

/// <summary>A section heading; kept on the same page as the start of what follows it.</summary>
/// <param name="Text">Heading text.</param>
/// <param name="Level">1 (section, with a rule under it) or 2 (subsection).</param>
public sealed record HeadingBlock(string Text, int Level = 1) : ReportBlock;

/// <summary>Running text, wrapped to the column; <paramref name="Spans"/> carry inline emphasis.</summary>
/// <param name="Spans">Pieces of text with their style; a <c>\n</c> inside a span breaks the line.</param>
/// <param name="Size">Type size in points.</param>
public sealed record ParagraphBlock(IReadOnlyList<TextSpan> Spans, float Size = 9.5f) : ReportBlock
{
    /// <summary>A paragraph from light markup: <c>**bold**</c> and <c>`mono`</c> (see <see cref="RichText.Parse"/>).</summary>
    public static ParagraphBlock FromMarkup(string markup, float size = 9.5f) => new(RichText.Parse(markup), size);
}

/// <summary>Forces the next block onto a new page.</summary>
public sealed record PageBreakBlock : ReportBlock;

/// <summary>Label–value pairs (inputs, summaries), in one or two columns of pairs.</summary>
/// <param name="Title">Caption above the pairs, or null.</param>
/// <param name="Rows">The pairs, in reading order (down the first column, then down the second).</param>
/// <param name="Columns">1 or 2 columns of pairs.</param>
public sealed record KeyValueBlock(string? Title, IReadOnlyList<KeyValueRow> Rows, int Columns = 1) : ReportBlock;

/// <summary>One label–value pair; <paramref name="Value"/> wraps when long, <paramref name="Mono"/> sets it in DejaVu Sans Mono.</summary>
public sealed record KeyValueRow(string Key, string Value, bool Mono = false);

/// <summary>How serious a callout is; each kind has its own icon shape and word, so colour is never the only cue.</summary>
public enum CalloutKind
{
    /// <summary>Information ("NOTE", circled i).</summary>
    Note,

    /// <summary>Needs attention ("WARNING", triangle with !).</summary>
    Warning,

    /// <summary>A check passed ("OK", check mark).</summary>
    Ok,

    /// <summary>A check failed: the plan will not work as it stands ("PROBLEM", crossed circle).</summary>
    Problem,

    /// <summary>Not checked ("UNCHECKED", open circle with a dash).</summary>
    Unchecked,
}

/// <summary>A boxed note: icon, status word, text.</summary>
/// <param name="Kind">Seriousness: icon, colour and default word.</param>
/// <param name="Text">The sentence(s), wrapped.</param>
/// <param name="Word">Status word printed in bold before the text; null = the kind's own (NOTE, WARNING, OK, PROBLEM, UNCHECKED).</param>
/// <param name="Label">Optional bold lead-in after the word, e.g. the name of the check ("Absorption").</param>
public sealed record CalloutBlock(CalloutKind Kind, string Text, string? Word = null, string? Label = null) : ReportBlock;

/// <summary>A QR code of <paramref name="Url"/> drawn as vector squares, the URL printed under it (and linked).</summary>
/// <param name="Url">What the code encodes.</param>
/// <param name="Caption">Text beside the code, e.g. "Scan to reopen this plan".</param>
/// <param name="SizePt">Edge of the code including its quiet zone, in points.</param>
public sealed record QrCodeBlock(string Url, string? Caption = null, float SizePt = 104) : ReportBlock;
