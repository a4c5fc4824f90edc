using System.Numerics;

namespace DfxrmViz.Export.Gltf;

/// <summary>Triangles (with normals) or line segments in a node's local coordinates, ready for one glTF primitive.</summary>
internal sealed class MeshData(bool lines)
{
    public bool IsLines { get; } = lines;

    public List<Vector3> Positions { get; } = [];

    public List<Vector3> Normals { get; } = [];

    public List<uint> Indices { get; } = [];

    public bool IsEmpty => Indices.Count == 0;

    public uint Add(Vector3 position, Vector3 normal)
    {
        Positions.Add(position);
        Normals.Add(normal);
        return (uint)(Positions.Count - 1);
    }

    public void Triangle(uint a, uint b, uint c) => Indices.AddRange([a, b, c]);

    public void Segment(Vector3 a, Vector3 b)
    {
        Indices.Add(Add(a, Vector3.UnitY));
        Indices.Add(Add(b, Vector3.UnitY));
    }
}
