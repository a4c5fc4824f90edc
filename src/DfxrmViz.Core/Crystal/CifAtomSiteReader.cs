using System.Collections.Immutable;
using DfxrmViz.Core.Cif;
using DfxrmViz.Core.Elements;
using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Crystal;

/// <summary>Maps the <c>_atom_site_*</c> loop (and the <c>_atom_site_aniso_*</c> loop joined by label) to <see cref="AtomSite"/>s.</summary>
/// <remarks>CIF core dictionary (coreCIF 2.4) names; the element comes from _atom_site_type_symbol, else from the label,
/// as gemmi smcif.hpp does.</remarks>
internal static class CifAtomSiteReader
{
    /// <summary>Occupancies up to this are accepted as 1 (rounding in refinement output).</summary>
    private const double OccupancyTolerance = 1e-3;

    public static ImmutableArray<AtomSite> Read(CifBlock block, List<string> warnings)
    {
        var loop = block.FindLoop("_atom_site_fract_x");
        if (loop is null)
        {
            throw CifParser.Error(block.Find("_atom_site_fract_x") is { } single
                ? "Only one atom site given outside a loop_; write the atom sites as a loop_ with _atom_site_label and _atom_site_fract_x/y/z."
                : "No atom sites: the block has no loop with _atom_site_fract_x, _atom_site_fract_y, _atom_site_fract_z.",
                block.Find("_atom_site_fract_x")?.Line ?? block.Line, "_atom_site_fract_x");
        }
        var cols = new Columns(loop);
        var aniso = CifAnisoReader.Read(block);
        var sites = ImmutableArray.CreateBuilder<AtomSite>(loop.RowCount);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < loop.RowCount; r++)
        {
            var site = ReadRow(loop, cols, r, aniso);
            if (!labels.Add(site.Label))
            {
                // COD 1507756 (BaTiO3) labels two oxygen sites 'o'; sites stay separate (expansion merges images per site).
                if (aniso.ContainsKey(site.Label))
                {
                    throw CifParser.Error($"Atom site label '{site.Label}' is used twice, so its anisotropic displacement is ambiguous.", site.Line, "_atom_site_label");
                }
                warnings.Add($"line {site.Line}: atom site label '{site.Label}' is used twice; the sites are kept apart.");
            }
            sites.Add(site);
        }
        foreach (var (label, (_, line)) in aniso)
        {
            if (!labels.Contains(label))
            {
                throw CifParser.Error($"Anisotropic displacement for '{label}', but no atom site has that label.", line, "_atom_site_aniso_label");
            }
        }
        return sites.ToImmutable();
    }

    private sealed class Columns(CifLoop loop)
    {
        public int Label { get; } = loop.ColumnOf("_atom_site_label");
        public int Type { get; } = loop.ColumnOf("_atom_site_type_symbol");
        public int X { get; } = Required(loop, "_atom_site_fract_x");
        public int Y { get; } = Required(loop, "_atom_site_fract_y");
        public int Z { get; } = Required(loop, "_atom_site_fract_z");
        public int Occupancy { get; } = loop.ColumnOf("_atom_site_occupancy");
        public int U { get; } = loop.ColumnOf("_atom_site_U_iso_or_equiv");
        public int B { get; } = loop.ColumnOf("_atom_site_B_iso_or_equiv");
        public int AdpType { get; } = loop.ColumnOf("_atom_site_adp_type");

        private static int Required(CifLoop loop, string tag)
        {
            var c = loop.ColumnOf(tag);
            return c >= 0 ? c : throw CifParser.Error($"The atom-site loop has no {tag} column.", loop.Line, tag);
        }
    }

    private static AtomSite ReadRow(CifLoop loop, Columns c, int r, IReadOnlyDictionary<string, (AnisoU U, int Line)> aniso)
    {
        var first = loop[r, 0];
        if (c.Label < 0 && c.Type < 0)
        {
            throw CifParser.Error("The atom-site loop has neither _atom_site_label nor _atom_site_type_symbol.", loop.Line, "_atom_site_label");
        }
        var label = c.Label >= 0 ? loop[r, c.Label].Text : loop[r, c.Type].Text + (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var typeValue = c.Type >= 0 && loop[r, c.Type].HasValue ? loop[r, c.Type] : loop[r, c.Label];
        var typeTag = c.Type >= 0 && loop[r, c.Type].HasValue ? "_atom_site_type_symbol" : "_atom_site_label";
        var element = PeriodicTable.FromTypeSymbol(typeValue.Text)
            ?? throw CifParser.Error($"Unknown element symbol '{CifParser.Short(typeValue.Text)}' for site '{label}'.", typeValue.Line, typeTag, typeValue.Column);
        var xyz = new Vec3(Coordinate(loop, r, c.X), Coordinate(loop, r, c.Y), Coordinate(loop, r, c.Z));
        var occupancy = Occupancy(loop, r, c.Occupancy, label);
        return new AtomSite(label, typeValue.Text, element, xyz, occupancy, ReadDisplacement(loop, r, c, label, aniso), first.Line);
    }

    private static double Coordinate(CifLoop loop, int r, int col)
    {
        var v = loop[r, col];
        if (!v.HasValue)
        {
            throw CifParser.Error($"Coordinate '{v.Text}' is missing; atom sites need numeric fractional coordinates.", v.Line, loop.Tags[col], v.Column);
        }
        var x = CifValues.Number(v, loop.Tags[col]).Value;
        return Math.Abs(x) <= 1000 ? x : throw CifParser.Error($"Fractional coordinate {v.Text} is far outside the cell.", v.Line, loop.Tags[col], v.Column);
    }

    private static double Occupancy(CifLoop loop, int r, int col, string label)
    {
        if (col < 0 || !loop[r, col].HasValue)
        {
            return 1;
        }
        var v = loop[r, col];
        var occ = CifValues.Number(v, "_atom_site_occupancy").Value;
        if (occ < 0 || occ > 1 + OccupancyTolerance)
        {
            throw CifParser.Error($"Occupancy {v.Text} of site '{label}' must lie between 0 and 1.", v.Line, "_atom_site_occupancy", v.Column);
        }
        return Math.Min(occ, 1);
    }

    private static Displacement ReadDisplacement(CifLoop loop, int r, Columns c, string label, IReadOnlyDictionary<string, (AnisoU U, int Line)> aniso)
    {
        if (aniso.TryGetValue(label, out var a))
        {
            var isB = CifAnisoReader.IsB(loop, r, c.AdpType);
            return new Displacement(isB ? DisplacementKind.Bani : DisplacementKind.Uani, null, a.U);
        }
        foreach (var (col, kind) in new[] { (c.U, DisplacementKind.Uiso), (c.B, DisplacementKind.Biso) })
        {
            if (col >= 0 && loop[r, col].HasValue)
            {
                var value = CifValues.Number(loop[r, col], loop.Tags[col]).Value;
                if (value < 0 || value > 100)
                {
                    throw CifParser.Error($"Displacement parameter {loop[r, col].Text} Å² of site '{label}' is outside 0–100 Å².", loop[r, col].Line, loop.Tags[col]);
                }
                return new Displacement(kind, value, null);
            }
        }
        return Displacement.None;
    }
}
