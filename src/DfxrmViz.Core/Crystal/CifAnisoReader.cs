using DfxrmViz.Core.Cif;

namespace DfxrmViz.Core.Crystal;

/// <summary>Reads the <c>_atom_site_aniso_*</c> loop (U_ij or B_ij, Å²) keyed by label; B is converted by U = B/(8π²).</summary>
internal static class CifAnisoReader
{
    private static readonly string[] Suffixes = ["11", "22", "33", "12", "13", "23"];

    public static Dictionary<string, (AnisoU U, int Line)> Read(CifBlock block)
    {
        var result = new Dictionary<string, (AnisoU, int)>(StringComparer.Ordinal);
        var loop = block.FindLoop("_atom_site_aniso_label");
        if (loop is null)
        {
            return result;
        }
        var isB = loop.ColumnOf("_atom_site_aniso_U_11") < 0 && loop.ColumnOf("_atom_site_aniso_B_11") >= 0;
        var prefix = isB ? "_atom_site_aniso_B_" : "_atom_site_aniso_U_";
        var cols = Suffixes.Select(s => loop.ColumnOf(prefix + s)).ToArray();
        if (cols.Any(c => c < 0))
        {
            var missing = prefix + Suffixes[Array.FindIndex(cols, c => c < 0)];
            throw CifParser.Error($"The anisotropic loop lacks {missing}; all six U_ij (or B_ij) are needed.", loop.Line, missing);
        }
        var labelCol = loop.ColumnOf("_atom_site_aniso_label");
        var scale = isB ? 1 / Displacement.EightPiSquared : 1;
        for (var r = 0; r < loop.RowCount; r++)
        {
            var u = cols.Select(c => loop[r, c].HasValue ? CifValues.Number(loop[r, c], loop.Tags[c]).Value * scale : 0).ToArray();
            var label = loop[r, labelCol];
            if (!result.TryAdd(label.Text, (new AnisoU(u[0], u[1], u[2], u[3], u[4], u[5]), label.Line)))
            {
                throw CifParser.Error($"Anisotropic displacement for '{label.Text}' is given twice.", label.Line, "_atom_site_aniso_label");
            }
        }
        return result;
    }

    /// <summary>Whether the site's _atom_site_adp_type says B (Bani), for the kind shown to the user.</summary>
    public static bool IsB(CifLoop loop, int row, int adpTypeColumn) =>
        adpTypeColumn >= 0 && loop[row, adpTypeColumn].Text.StartsWith('B');
}
