namespace DfxrmViz.Export;

/// <summary>Media types of the files this project writes (glTF 2.0 binary: Khronos glTF 2.0 specification §4.4, registered
/// as model/gltf-binary with IANA; PDF: RFC 8118).</summary>
public static class ExportMediaTypes
{
    /// <summary><c>scene.glb</c>.</summary>
    public const string GltfBinary = "model/gltf-binary";

    /// <summary><c>report.pdf</c>.</summary>
    public const string Pdf = "application/pdf";
}
