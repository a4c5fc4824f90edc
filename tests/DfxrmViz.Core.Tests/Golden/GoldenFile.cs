using System.Text.Json;

namespace DfxrmViz.Core.Tests.Golden;

/// <summary>Reads a golden JSON file written by a tools/ script (copied next to the test assembly).</summary>
internal static class GoldenFile
{
    public static JsonElement Read(string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", name)));
        return doc.RootElement.Clone();
    }
}
