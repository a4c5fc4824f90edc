namespace DfxrmViz.Core.Tests.Hostile;

/// <summary>Issue 15 "Hostile text": the strings a hostile user puts into every free text of a plan (CIF data name, chemical
/// name, atom labels, uploaded file names, .lens keys, room display names). Shared (linked) by the Core, Export and Web tests.</summary>
public static class HostilePayloads
{
    public const string Script = "<script>alert(1)</script>";

    public const string Img = "<img src=x onerror=alert(1)>";

    /// <summary>U+202E RIGHT-TO-LEFT OVERRIDE: where the Unicode bidi algorithm applies, "evil\u202Efdp.cif" shows as "evilfic.pdf".</summary>
    public const string Rtl = "evil\u202Efdp.cif";

    /// <summary>A lone high surrogate (not valid UTF-16; UTF-8 cannot hold it).</summary>
    public const string LoneSurrogate = "lone\uD800surrogate";

    /// <summary>Closes a JSON string and its object: "injected" becomes a key if a writer pastes text into JSON unescaped.</summary>
    public const string JsonBreak = "\"}],\"injected\":[{\"x\":\"";

    /// <summary>5 000 characters without a space.</summary>
    public static readonly string Long = "L" + new string('x', 4998) + "L";

    /// <summary>Every C0 control character U+0000–U+001F between two letters.</summary>
    public static readonly string Controls = "c" + string.Concat(Enumerable.Range(0, 32).Select(i => (char)i)) + "c";

    /// <summary>(name, payload) for theories; the name keeps test output readable.</summary>
    public static IReadOnlyList<(string Name, string Text)> All { get; } =
    [
        ("script", Script), ("img-onerror", Img), ("rtl-override", Rtl), ("long-5000", Long), ("c0-controls", Controls),
        ("lone-surrogate", LoneSurrogate), ("json-breakout", JsonBreak),
    ];

    public static string Named(string name) => All.Single(p => p.Name == name).Text;

    /// <summary>What valid UTF-8 (a .glb's JSON, an HTTP body) can carry of <paramref name="text"/>: a lone surrogate becomes
    /// U+FFFD (Encoding.UTF8's replacement), everything else is kept.</summary>
    public static string AsUtf8(string text) => System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>How the PDF prints <paramref name="text"/>: every control character and lone surrogate as U+FFFD (Export
    /// Pdf/Logbook/UserText.cs, Pdf/Text/TextPainter.cs).</summary>
    public static string AsPrinted(string text) =>
        string.Concat(text.EnumerateRunes().Select(r => System.Text.Rune.IsControl(r) ? "\uFFFD" : r.ToString()));

    /// <summary>A CIF can hold the payload in a text field or a quoted value: it has no control character (a CIF with one is
    /// refused as binary, CifTextChecks).</summary>
    public static bool CifCanHold(string text) => !text.Any(char.IsControl);

    /// <summary>The payload as a data block name when it can be one (no white space, no control character), else "hostile".</summary>
    public static string DataName(string text) => CifCanHold(text) && !text.Any(char.IsWhiteSpace) ? text : "hostile";

    /// <summary>The payload as the first atom site's label when a CIF can hold it, else "Si1".</summary>
    public static string Label(string text) => CifCanHold(text) ? text : "Si1";

    /// <summary>The payload as the chemical name when a CIF can hold it, else "hostile silicon".</summary>
    public static string ChemicalName(string text) => CifCanHold(text) ? text : "hostile silicon";

    /// <summary>A valid P1 silicon-like CIF with the payload as data name, chemical name (a text field) and first atom label
    /// (a quoted value), wherever CIF 1.1 syntax allows it.</summary>
    public static string Cif(string text) =>
        $"data_{DataName(text)}\n_chemical_name_common\n;\n{ChemicalName(text)}\n;\n_cell_length_a 5.431\n_cell_length_b 5.431\n" +
        "_cell_length_c 5.431\n_cell_angle_alpha 90\n_cell_angle_beta 90\n_cell_angle_gamma 90\n_symmetry_space_group_name_H-M 'P 1'\n" +
        "loop_\n_atom_site_label\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n" +
        $"'{Label(text)}' Si 0 0 0\nSi2 Si 0.25 0.25 0.25\n";

    /// <summary>The payload names, for [MemberData].</summary>
    public static TheoryData<string> Names => [.. All.Select(p => p.Name)];
}
