using DfxrmViz.Export.Pdf.Model;
using SkiaSharp;

namespace DfxrmViz.Export.Pdf.Text;

/// <summary>The four typefaces of the report, loaded from the assembly's embedded font files (Fonts/README.md), and the
/// fallback rule: a character the style's face lacks is taken from DejaVu Math TeX Gyre (⟂), then DejaVu Sans; one that
/// no face has becomes U+FFFD.</summary>
internal sealed class PdfFonts : IDisposable
{
    /// <summary>Printed for a character no shipped font has.</summary>
    public const int Replacement = 0xFFFD;

    private readonly Dictionary<(SKTypeface Face, float Size), SKFont> _fonts = [];
    private readonly Dictionary<(SKTypeface Face, int CodePoint), bool> _coverage = [];

    public PdfFonts()
    {
        Regular = Load("DejaVuSans.ttf");
        Bold = Load("DejaVuSans-Bold.ttf");
        Mono = Load("DejaVuSansMono.ttf");
        Math = Load("DejaVuMathTeXGyre.ttf");
    }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    public SKTypeface Mono { get; }

    public SKTypeface Math { get; }

    /// <summary>The face a style asks for.</summary>
    public SKTypeface Face(TextStyle style) => style switch
    {
        TextStyle.Bold => Bold,
        TextStyle.Mono => Mono,
        _ => Regular,
    };

    /// <summary>The face that draws <paramref name="codePoint"/> in <paramref name="style"/>, or null when none has it.</summary>
    public SKTypeface? FaceFor(int codePoint, TextStyle style)
    {
        var primary = Face(style);
        if (Covers(primary, codePoint))
        {
            return primary;
        }
        return Covers(Math, codePoint) ? Math : Covers(Regular, codePoint) ? Regular : null;
    }

    /// <summary>A cached font of <paramref name="face"/> at <paramref name="size"/> points (owned by this object).</summary>
    public SKFont Font(SKTypeface face, float size)
    {
        if (!_fonts.TryGetValue((face, size), out var font))
        {
            font = new SKFont(face, size) { Subpixel = true, Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None };
            _fonts[(face, size)] = font;
        }
        return font;
    }

    public void Dispose()
    {
        foreach (var f in _fonts.Values)
        {
            f.Dispose();
        }
        _fonts.Clear();
        Regular.Dispose();
        Bold.Dispose();
        Mono.Dispose();
        Math.Dispose();
    }

    private bool Covers(SKTypeface face, int codePoint)
    {
        if (!_coverage.TryGetValue((face, codePoint), out var has))
        {
            has = Font(face, 10).ContainsGlyph(codePoint);
            _coverage[(face, codePoint)] = has;
        }
        return has;
    }

    private static SKTypeface Load(string file)
    {
        var name = "DfxrmViz.Export.Fonts." + file;
        using var resource = typeof(PdfFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font resource {name} is missing from DfxrmViz.Export.");
        using var bytes = new MemoryStream();
        resource.CopyTo(bytes);
        // The typeface takes ownership of the Skia stream and reads glyphs from it while the PDF is written.
        return SKTypeface.FromStream(new SKMemoryStream(bytes.ToArray()))
            ?? throw new InvalidOperationException($"Skia could not read the font {file}.");
    }
}
