using System.Diagnostics;

namespace DfxrmViz.Export.Tests.Pdf;

/// <summary>Runs a command-line program for a check that needs one (Debian poppler-utils, zbar-tools; test.sh installs them)
/// and fails loudly, naming the package, when it is missing.</summary>
internal static class ExternalTool
{
    public static string Run(string program, string debianPackage, params string[] args) => RunBoth(program, debianPackage, args).Stdout;

    /// <summary>Runs the program, asserts exit code 0 and returns what it wrote to stdout and stderr.</summary>
    public static (string Stdout, string Stderr) RunBoth(string program, string debianPackage, params string[] args)
    {
        var path = new[] { "/usr/bin", "/usr/local/bin", "/bin" }.Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);
        Assert.True(path is not null, $"{program} is missing: install Debian {debianPackage} (test.sh does: apt-get install {debianPackage}).");
        var start = new ProcessStartInfo(path!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited with {process.ExitCode}: {stderr.Result}");
        return (stdout.Result, stderr.Result);
    }

    /// <summary>Renders page <paramref name="page"/> of the PDF at <paramref name="dpi"/> with pdftoppm and returns the PNG path.</summary>
    public static string RenderPage(string pdfPath, int page, int dpi)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pdfPath)!, Path.GetFileNameWithoutExtension(pdfPath) + "-page");
        var p = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Run("pdftoppm", "poppler-utils", "-png", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", p, "-l", p,
            "-singlefile", pdfPath, prefix);
        return prefix + ".png";
    }
}
