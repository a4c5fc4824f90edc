using System.Collections.Immutable;

namespace DfxrmViz.Core.Symmetry;

/// <summary>One row of the space-group table (Data/SpaceGroups.csv from gemmi 0.5.7; see Data/README.md "Space groups").</summary>
/// <param name="Number">International Tables number 1–230.</param>
/// <param name="HermannMauguin">Extended H-M symbol with setting suffix, e.g. <c>R 3 c:H</c>, <c>F d -3 m:1</c>, <c>P 1 21/c 1</c>.</param>
/// <param name="ShortName">gemmi's short name, e.g. <c>P21/c</c>.</param>
/// <param name="Hall">Hall symbol.</param>
/// <param name="GemmiPointGroup">gemmi's point-group class symbol (kept as a reference for tests).</param>
/// <param name="GemmiCrystalSystem">gemmi's crystal system name (reference for tests).</param>
/// <param name="GemmiCentrosymmetric">gemmi's centrosymmetry flag (reference for tests).</param>
/// <param name="Operations">All operations (symmetry × centring) as gemmi lists them.</param>
public sealed record SpaceGroupSetting(
    int Number,
    string HermannMauguin,
    string ShortName,
    string Hall,
    string GemmiPointGroup,
    string GemmiCrystalSystem,
    bool GemmiCentrosymmetric,
    ImmutableArray<SymOp> Operations)
{
    /// <summary>The setting as a <see cref="SpaceGroup"/> with generated (not file) operations.</summary>
    public SpaceGroup ToSpaceGroup() => SpaceGroup.FromOperations(HermannMauguin, Number, Hall, Operations, fromFile: false);
}
