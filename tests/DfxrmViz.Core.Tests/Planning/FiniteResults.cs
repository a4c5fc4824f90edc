using System.Collections;
using System.Reflection;

namespace DfxrmViz.Core.Tests.Planning;

/// <summary>Finds the first NaN or ±∞ anywhere in an object graph of the app's types (by their fields, so computed
/// properties are not evaluated), walking collections; null when every number is finite.</summary>
public static class FiniteResults
{
    /// <summary>The path of the first non-finite number under <paramref name="root"/>, with its value; null if none.</summary>
    public static string? FirstNonFinite(object? root) => Walk(root, "results", new HashSet<object>(ReferenceEqualityComparer.Instance), 0);

    private static string? Walk(object? value, string path, HashSet<object> seen, int depth)
    {
        switch (value)
        {
            case null or string or Delegate or Type:
                return null;
            case double d:
                return double.IsFinite(d) ? null : $"{path} = {d}";
            case float f:
                return float.IsFinite(f) ? null : $"{path} = {f}";
        }
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || depth > 40 || (!type.IsValueType && !seen.Add(value)))
        {
            return null;
        }
        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                if (Walk(item, $"{path}[{i++}]", seen, depth + 1) is { } bad)
                {
                    return bad;
                }
            }
            return null;
        }
        if (type.Namespace?.StartsWith("DfxrmViz", StringComparison.Ordinal) != true && !IsTuple(type))
        {
            return null;
        }
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (Walk(field.GetValue(value), $"{path}.{Name(field)}", seen, depth + 1) is { } bad)
                {
                    return bad;
                }
            }
        }
        return null;
    }

    private static bool IsTuple(Type t) => t.IsGenericType && (t.FullName?.StartsWith("System.ValueTuple", StringComparison.Ordinal) == true
        || t.GetGenericTypeDefinition() == typeof(KeyValuePair<,>));

    private static string Name(FieldInfo f) => f.Name.StartsWith('<') ? f.Name[1..f.Name.IndexOf('>', StringComparison.Ordinal)] : f.Name;
}
