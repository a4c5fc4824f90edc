using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using SharpGLTF.Memory;
using SharpGLTF.Schema2;

namespace DfxrmViz.Export.Gltf;

/// <summary>Buffers, accessors and materials of one glTF model, built by hand (SharpGLTF.Core without its Toolkit; Khronos
/// glTF 2.0 §3.6 buffers, §3.9 materials). Materials are shared by colour and opacity.</summary>
internal sealed class GltfModelBuilder(ModelRoot root)
{
    private readonly Dictionary<(string Color, double Opacity, bool Lines), Material> _materials = [];

    /// <summary>A mesh with one primitive, or null for no geometry.</summary>
    public Mesh? Mesh(string name, MeshData data, string color, double opacity)
    {
        if (data.IsEmpty)
        {
            return null;
        }
        var mesh = root.CreateMesh(name);
        AddPrimitive(mesh, data, color, opacity);
        return mesh;
    }

    /// <summary>Adds one primitive (triangles with normals, or lines) to <paramref name="mesh"/>.</summary>
    public void AddPrimitive(Mesh mesh, MeshData data, string color, double opacity)
    {
        var prim = mesh.CreatePrimitive();
        prim.DrawPrimitiveType = data.IsLines ? PrimitiveType.LINES : PrimitiveType.TRIANGLES;
        prim.SetVertexAccessor("POSITION", Vectors(data.Positions, withBounds: true));
        if (!data.IsLines)
        {
            prim.SetVertexAccessor("NORMAL", Vectors(data.Normals, withBounds: false));
        }
        var bytes = MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(data.Indices)).ToArray();
        var view = root.UseBufferView(bytes, 0, null, 0, BufferMode.ELEMENT_ARRAY_BUFFER);
        var indices = root.CreateAccessor();
        indices.SetIndexData(view, 0, data.Indices.Count, IndexEncodingType.UNSIGNED_INT);
        prim.SetIndexAccessor(indices);
        prim.Material = Material(color, opacity, data.IsLines);
    }

    /// <summary>Adds the edge lines as a second primitive when there are any.</summary>
    public void AddPrimitiveIfAny(Mesh mesh, MeshData data, string color)
    {
        if (!data.IsEmpty)
        {
            AddPrimitive(mesh, data, color, 1);
        }
    }

    private Accessor Vectors(List<Vector3> values, bool withBounds)
    {
        var bytes = MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(values)).ToArray();
        var view = root.UseBufferView(bytes, 0, null, 0, BufferMode.ARRAY_BUFFER);
        var accessor = root.CreateAccessor();
        accessor.SetVertexData(view, 0, values.Count, new AttributeFormat(DimensionType.VEC3, EncodingType.FLOAT, false));
        if (withBounds)
        {
            accessor.UpdateBounds();
        }
        return accessor;
    }

    private Material Material(string color, double opacity, bool lines)
    {
        var key = (color, Math.Round(opacity, 3), lines);
        if (_materials.TryGetValue(key, out var found))
        {
            return found;
        }
        var material = root.CreateMaterial(string.Create(CultureInfo.InvariantCulture, $"{color} {key.Item2:0.###}{(lines ? " lines" : "")}"));
        material.InitializePBRMetallicRoughness();
        var (r, g, b) = LinearRgb(color);
        var baseColor = material.FindChannel("BaseColor")!.Value;
        baseColor.Color = new Vector4(r, g, b, (float)Math.Clamp(opacity, 0, 1));
        var metallic = material.FindChannel("MetallicRoughness")!.Value;
        foreach (var parameter in metallic.Parameters)
        {
            // Plastic rather than glTF's default metal (metallicFactor 1), as the viewer draws it.
            parameter.Value = parameter.Name == "MetallicFactor" ? 0f : parameter.Name == "RoughnessFactor" ? 0.7f : parameter.Value;
        }
        if (opacity < 1)
        {
            material.Alpha = AlphaMode.BLEND;
            material.DoubleSided = true;
        }
        _materials[key] = material;
        return material;
    }

    /// <summary>sRGB #rrggbb → linear RGB (IEC 61966-2-1; glTF baseColorFactor is linear, Khronos glTF 2.0 §3.9.2).</summary>
    public static (float R, float G, float B) LinearRgb(string color)
    {
        static float Channel(string hex, int at)
        {
            var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return (float)(c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4));
        }
        var hex = color.Length == 7 && color[0] == '#' ? color : "#808080";
        return (Channel(hex, 1), Channel(hex, 3), Channel(hex, 5));
    }
}
