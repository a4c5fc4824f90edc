using System.Collections;
using System.Reflection;

namespace DfxrmViz.Core.Tests.Planning;

/// <summary>Finds the first non-finite double (NaN, ±∞) among the public properties of a result, recursively (records,
/// lists, dictionaries), so a test can say which number broke: "Orientation.Value.Result.BeamPathUm.Incident = NaN".</summary>
internal static class NonFinite
{
    public static string? Find(object? value, string path, int depth = 8)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        return Walk(value, path, depth, seen);
    }

    private static string? Walk(object? value, string path, int depth, HashSet<object> seen)
    {
        switch (value)
        {
            case null or string or bool or Enum or int or long:
                return null;
            case double d:
                return double.IsFinite(d) ? null : $"{path} = {d}";
            case float f:
                return float.IsFinite(f) ? null : $"{path} = {f}";
        }
        var type = value.GetType();
        if (depth == 0 || (!type.IsValueType && !seen.Add(value)) || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true && value is not IEnumerable)
        {
            return null;
        }
        if (value is IDictionary dict)
        {
            foreach (DictionaryEntry e in dict)
            {
                if (Walk(e.Value, $"{path}[{e.Key}]", depth - 1, seen) is { } bad)
                {
                    return bad;
                }
            }
            return null;
        }
        if (value is IEnumerable list)
        {
            var i = 0;
            foreach (var item in list)
            {
                if (Walk(item, $"{path}[{i++}]", depth - 1, seen) is { } bad)
                {
                    return bad;
                }
            }
            return null;
        }
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (p.GetIndexParameters().Length > 0 || p.Name == "EqualityContract")
            {
                continue;
            }
            object? v;
            try
            {
                v = p.GetValue(value);
            }
            catch (TargetInvocationException)
            {
                continue; // a computed property that refuses (e.g. a default of an empty table) is not a stored number
            }
            if (Walk(v, $"{path}.{p.Name}", depth - 1, seen) is { } bad)
            {
                return bad;
            }
        }
        return null;
    }
}
