using System.Reflection;

namespace DfxrmViz.Core.Data;

/// <summary>Reads the tables shipped as embedded resources under Data/ (produced by the scripts in tools/).</summary>
public static class EmbeddedData
{
    private static readonly Assembly Assembly = typeof(EmbeddedData).Assembly;

    // Read once: GetManifestResourceNames builds a new array on every call, and the API validates a plan's lens id per request.
    private static readonly string[] ResourceNames = Assembly.GetManifestResourceNames();

    /// <summary>Opens Data/<paramref name="relativePath"/> (forward slashes); throws if the build did not embed it.</summary>
    public static Stream Open(string relativePath)
    {
        // The csproj's LogicalName keeps %(RecursiveDir)'s separator ("Data.Lenses/id06.lens"): match either spelling.
        var name = Dotted("DfxrmViz.Core.Data." + relativePath);
        var actual = ResourceNames.FirstOrDefault(n => Dotted(n) == name) ?? name;
        return Assembly.GetManifestResourceStream(actual)
            ?? throw new InvalidOperationException($"Embedded data file Data/{relativePath} is missing from the build.");
    }

    /// <summary>Whole text of Data/<paramref name="relativePath"/>.</summary>
    public static string ReadText(string relativePath)
    {
        using var reader = new StreamReader(Open(relativePath));
        return reader.ReadToEnd();
    }

    /// <summary>Names (relative to Data/, dotted) of embedded files starting with <paramref name="prefix"/>.</summary>
    public static IEnumerable<string> List(string prefix)
    {
        var full = Dotted("DfxrmViz.Core.Data." + prefix);
        return ResourceNames.Select(Dotted)
            .Where(n => n.StartsWith(full, StringComparison.Ordinal))
            .Select(n => n["DfxrmViz.Core.Data.".Length..]);
    }

    private static string Dotted(string resourceName) => resourceName.Replace('/', '.').Replace('\\', '.');

    /// <summary>Data lines of a CSV table: comment lines (#) and the header skipped, fields split on commas.</summary>
    public static IEnumerable<string[]> ReadCsv(string relativePath)
    {
        var headerSeen = false;
        foreach (var raw in ReadText(relativePath).Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (!headerSeen)
            {
                headerSeen = true;
                continue;
            }
            yield return line.Split(',');
        }
    }
}
