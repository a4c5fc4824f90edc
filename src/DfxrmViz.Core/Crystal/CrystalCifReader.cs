using System.Collections.Immutable;
using DfxrmViz.Core.Cif;
using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Crystal;

/// <summary>Outcome of reading a CIF: the crystal, or — when several blocks hold structures — their names for the user to pick.</summary>
/// <param name="Crystal">The crystal when the file has exactly one structure block (or a block was chosen).</param>
/// <param name="BlockNames">Names of the blocks that hold a structure (cell or atom sites), in file order.</param>
public sealed record CifReadResult(Crystal? Crystal, ImmutableArray<string> BlockNames)
{
    /// <summary>Whether the caller must choose a block (then call <see cref="CrystalCifReader.ReadBlock"/>).</summary>
    public bool NeedsBlockChoice => Crystal is null;
}

/// <summary>Maps CIF text to a <see cref="Crystal"/> (gemmi smcif.hpp <c>make_small_structure_from_block</c> in spirit).</summary>
/// <remarks>Every problem is an <see cref="InputException"/> with field <c>crystal.cif</c>, line and tag.</remarks>
public static class CrystalCifReader
{
    /// <summary>Reads a CIF: the crystal if one block holds a structure, else the structure blocks' names.</summary>
    public static CifReadResult Read(string text)
    {
        var doc = CifParser.Parse(text);
        var candidates = doc.Blocks.Where(IsStructure).ToList();
        if (candidates.Count == 0)
        {
            var b = doc.Blocks[0];
            throw CifParser.Error(doc.Blocks.Length == 1
                ? $"Block data_{b.Name} has no cell and no atom sites (_cell_length_a, _atom_site_fract_x); it is not a crystal structure."
                : $"None of the {doc.Blocks.Length} data blocks has a cell or atom sites; it is not a crystal structure.", b.Line, "_cell_length_a");
        }
        return candidates.Count == 1
            ? new CifReadResult(FromBlock(candidates[0]), [candidates[0].Name])
            : new CifReadResult(null, [.. candidates.Select(c => c.Name)]);
    }

    /// <summary>Reads the block named <paramref name="blockName"/> (as listed in <see cref="CifReadResult.BlockNames"/>).</summary>
    public static Crystal ReadBlock(string text, string blockName)
    {
        ArgumentNullException.ThrowIfNull(blockName);
        var doc = CifParser.Parse(text);
        var block = doc.Find(blockName)
            ?? throw new InputException(new InputProblem(CifParser.Field,
                $"No data block named '{blockName}'; the file has {string.Join(", ", doc.BlockNames.Select(n => "data_" + n))}.", Tag: "data_"));
        return FromBlock(block);
    }

    /// <summary>Reads a CIF that must hold exactly one structure (e.g. a built-in file).</summary>
    public static Crystal ReadSingle(string text)
    {
        var r = Read(text);
        return r.Crystal ?? throw CifParser.Error(
            $"The file holds {r.BlockNames.Length} structures ({string.Join(", ", r.BlockNames.Select(n => "data_" + n))}); choose one.", 1, "data_");
    }

    /// <summary>Maps one parsed block to a crystal.</summary>
    public static Crystal FromBlock(CifBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var warnings = new List<string>(block.Warnings);
        var (cell, su) = CifCellReader.Read(block, warnings);
        var group = CifSymmetryReader.Read(block, cell, warnings);
        var sites = CifAtomSiteReader.Read(block, warnings);
        var z = ReadZ(block);
        var formula = CifValues.Text(block, "_chemical_formula_sum");
        var name = CifValues.Text(block, "_chemical_name_mineral", "_chemical_name_common", "_chemical_name_systematic")
            ?? formula ?? block.Name;
        return new Crystal(name, block.Name, cell, su, group, sites, z, formula, [.. warnings]);
    }

    private static bool IsStructure(CifBlock b) =>
        b.Find("_cell_length_a") is not null || b.FindLoop("_atom_site_fract_x") is not null;

    private static int? ReadZ(CifBlock block)
    {
        if (block.Find("_cell_formula_units_Z") is not { HasValue: true } v)
        {
            return null;
        }
        var z = CifValues.Number(v, "_cell_formula_units_Z").Value;
        return z >= 1 && z <= 1000 && z == Math.Floor(z)
            ? (int)z
            : throw CifParser.Error($"_cell_formula_units_Z must be a whole number ≥ 1; got '{v.Text}'.", v.Line, "_cell_formula_units_Z", v.Column);
    }
}
