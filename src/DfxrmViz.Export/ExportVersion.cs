using System.Reflection;

namespace DfxrmViz.Export;

/// <summary>The application version printed on exports: the informational version the build stamps into the assembly.</summary>
public static class ExportVersion
{
    /// <summary>e.g. "1.0.0+3f2a1c9" (the same for every file one build makes, so a report changes only with its plan and time).</summary>
    public static string App { get; } =
        typeof(ExportVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ExportVersion).Assembly.GetName().Version?.ToString() ?? "unknown";
}
