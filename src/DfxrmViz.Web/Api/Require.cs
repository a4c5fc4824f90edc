using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Web.Api;

/// <summary>Checks for required request fields, so a missing field is a 400 that names it rather than a null reference.</summary>
public static class Require
{
    public static T Field<T>(T? value, string field) where T : class =>
        value ?? throw new InputException(field, $"The field '{field}' is required.");

    public static double Number(double? value, string field) => value switch
    {
        null => throw new InputException(field, $"The field '{field}' is required."),
        double v when !double.IsFinite(v) => throw new InputException(field, $"The field '{field}' must be a finite number."),
        double v => v,
    };
}
