using DfxrmViz.Core.Cif;

namespace DfxrmViz.Core.Crystal;

/// <summary>Reads typed values from CIF items for the crystal mapping, with errors that name the line and tag.</summary>
internal static class CifValues
{
    /// <summary>The number in <paramref name="v"/> (s.u. kept); throws when it is not a number.</summary>
    public static CifNumber Number(CifValue v, string tag)
    {
        if (CifNumber.TryParse(v.Text) is { } n)
        {
            return n;
        }
        throw CifParser.Error($"Cannot read '{CifParser.Short(v.Text)}' as a number (expected e.g. 4.2315 or 4.2315(3)).", v.Line, tag, v.Column);
    }

    /// <summary>The number for a pair tag, or null if the tag is absent, '?' or '.'.</summary>
    public static CifNumber? OptionalNumber(CifBlock block, string tag) =>
        block.Find(tag) is { HasValue: true } v ? Number(v, tag) : null;

    /// <summary>The first present pair among <paramref name="tags"/> as text, or null.</summary>
    public static string? Text(CifBlock block, params string[] tags) =>
        block.FindFirst(tags) is { } f ? f.Value.Text.Trim() : null;
}
