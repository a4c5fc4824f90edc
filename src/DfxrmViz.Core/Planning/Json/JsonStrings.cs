using System.Text.Json;

namespace DfxrmViz.Core.Planning.Json;

/// <summary>Refuses JSON whose strings or field names hold a <c>\uD800</c>–<c>\uDFFF</c> escape without its other half (an
/// unpaired UTF-16 surrogate): System.Text.Json parses such text but throws InvalidOperationException when the string is
/// read (found by the plan fuzz tests), so every string is read once here and a bad one refused naming its path.</summary>
public static class JsonStrings
{
    /// <summary>Throws an InputException naming the first string or field name of <paramref name="element"/> that cannot be read.</summary>
    public static void RequireReadable(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                Read(() => element.GetString(), path);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    RequireReadable(item, $"{path}[{i++}]");
                }
                break;
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                {
                    var name = Read(() => p.Name, path);
                    RequireReadable(p.Value, JsonFields.Join(path, name));
                }
                break;
        }
    }

    private static string Read(Func<string?> read, string path)
    {
        try
        {
            return read() ?? "";
        }
        catch (InvalidOperationException)
        {
            throw JsonFields.Error(path, "holds a \\u escape of half a character (an unpaired UTF-16 surrogate, \\uD800–\\uDFFF); " +
                "write the character itself or both halves of its pair.");
        }
    }
}
