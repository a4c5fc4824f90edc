using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.XrayData;

/// <summary>Validation shared by the X-ray tables: energies, thicknesses and element symbols (fields as in docs/api.md).</summary>
internal static class XrayInput
{
    /// <summary>Short table name for messages (constant strings: no allocation on the hot path).</summary>
    public static string TableName(AttenuationTable table) => table == AttenuationTable.Elam ? "Elam" : "Chantler";

    /// <summary>Throws InputException (field energyKeV) unless the energy is finite, positive and inside <paramref name="range"/>.</summary>
    public static void RequireEnergyKeV(double energyKeV, EnergyRange range, string tableName)
    {
        if (!double.IsFinite(energyKeV) || energyKeV <= 0)
        {
            throw new InputException(new InputProblem("energyKeV",
                $"The energy must be a positive number of keV; got {InputProblem.Show(energyKeV)}."));
        }
        if (!range.Contains(energyKeV))
        {
            throw new InputException(new InputProblem("energyKeV",
                $"The {tableName} tables cover {range}; {InputProblem.Show(energyKeV)} keV is outside that range."));
        }
    }

    /// <summary>Throws InputException (field thicknessUm) unless the thickness is a finite positive number of µm.</summary>
    public static void RequireThicknessUm(double thicknessUm)
    {
        if (!double.IsFinite(thicknessUm) || thicknessUm <= 0)
        {
            throw new InputException(new InputProblem("thicknessUm",
                $"The thickness must be a positive number of µm; got {InputProblem.Show(thicknessUm)}."));
        }
    }

    /// <summary>The table entry for <paramref name="symbol"/>, or InputException naming the element and the table.</summary>
    public static T RequireElement<T>(IReadOnlyDictionary<string, T> table, string? symbol, string tableName, string coverage)
    {
        if (symbol is not null && table.TryGetValue(symbol.Trim(), out var entry))
        {
            return entry;
        }
        throw new InputException(new InputProblem("element",
            $"The {tableName} tables have no data for element '{symbol}'; they cover {coverage}."));
    }
}
