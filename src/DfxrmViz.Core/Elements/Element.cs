namespace DfxrmViz.Core.Elements;

/// <summary>A chemical element: atomic number, symbol and standard molar mass.</summary>
/// <param name="Z">Atomic number.</param>
/// <param name="Symbol">Symbol with standard capitalisation (e.g. <c>Nb</c>).</param>
/// <param name="MolarMassGPerMol">Molar mass in g/mol, from XrayDB's <c>elements</c> table (Data/Elements.csv).</param>
public sealed record Element(int Z, string Symbol, double MolarMassGPerMol);
