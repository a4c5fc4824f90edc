using System.Text.RegularExpressions;
using Plotly.Blazor;

namespace DfxrmViz.Web.Tests.Components;

public partial class PlotUpdateModuleTests
{
    [Fact]
    public void The_update_module_imports_the_interop_file_of_the_Plotly_Blazor_in_use()
    {
        // wwwroot/js/plot-update.js imports Plotly.Blazor's own JS interop by its file name, which carries the package version
        // (Plotly.Blazor 7.2.0: _content/Plotly.Blazor/plotly-interop-7.2.0.js). An upgrade that renames it must update the import.
        var module = File.ReadAllText(Path.Combine(RepoRoot(), "wwwroot", "js", "plot-update.js"));
        var imported = InteropFile().Match(module);
        Assert.True(imported.Success, "plot-update.js imports no plotly-interop-*.js");
        var version = typeof(PlotlyChart).Assembly.GetName().Version!;
        Assert.Equal($"{version.Major}.{version.Minor}.{version.Build}", imported.Groups["version"].Value);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DfxrmViz.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new DirectoryNotFoundException("no DfxrmViz.sln above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"_content/Plotly\.Blazor/plotly-interop-(?<version>\d+\.\d+\.\d+)\.js")]
    private static partial Regex InteropFile();
}
