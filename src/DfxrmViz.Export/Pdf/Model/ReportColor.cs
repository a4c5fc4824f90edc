using System.Globalization;

namespace DfxrmViz.Export.Pdf.Model;

/// <summary>An sRGB colour with alpha (0 = transparent, 255 = opaque).</summary>
public readonly record struct ReportColor(byte R, byte G, byte B, byte A = 255)
{
    /// <summary>Near-black text colour.</summary>
    public static ReportColor Ink { get; } = new(0x1A, 0x1A, 0x1A);

    /// <summary>Grey for secondary lines and labels.</summary>
    public static ReportColor Muted { get; } = new(0x5F, 0x63, 0x68);

    /// <summary>Light grey.</summary>
    public static ReportColor Light { get; } = new(0xC8, 0xCC, 0xD0);

    /// <summary>White.</summary>
    public static ReportColor White { get; } = new(0xFF, 0xFF, 0xFF);

    /// <summary>The same colour with alpha <paramref name="alpha"/> (0–1).</summary>
    public ReportColor WithAlpha(double alpha) => this with { A = (byte)Math.Round(255 * Math.Clamp(alpha, 0, 1)) };

    /// <summary>From <c>#rrggbb</c> or <c>#rrggbbaa</c>.</summary>
    public static ReportColor FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var h = hex.TrimStart('#');
        if (h.Length is not (6 or 8) || !uint.TryParse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v))
        {
            throw new ArgumentException($"'{hex}' is not a colour of the form #rrggbb or #rrggbbaa.", nameof(hex));
        }
        return h.Length == 6
            ? new ReportColor((byte)(v >> 16), (byte)(v >> 8), (byte)v)
            : new ReportColor((byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v);
    }
}
