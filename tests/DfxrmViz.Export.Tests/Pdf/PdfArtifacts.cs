namespace DfxrmViz.Export.Tests.Pdf;

/// <summary>Where PDFs made by tests are kept for people to look at: test-artifacts/pdf at the repo root.</summary>
internal static class PdfArtifacts
{
    public static string Directory
    {
        get
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "DfxrmViz.sln")))
            {
                root = root.Parent;
            }
            var dir = Path.Combine(root?.FullName ?? AppContext.BaseDirectory, "test-artifacts", "pdf");
            System.IO.Directory.CreateDirectory(dir);
            return dir;
        }
    }

    /// <summary>Writes <paramref name="pdf"/> as test-artifacts/pdf/<paramref name="name"/> and returns the path.</summary>
    public static string Save(string name, byte[] pdf)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllBytes(path, pdf);
        return path;
    }
}
