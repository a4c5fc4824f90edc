using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Orientation;

/// <summary>Whether indices name a plane normal (hkl) or a lattice direction [uvw].</summary>
public enum LatticeVectorKind
{
    /// <summary>Plane (hkl): Cartesian g = B h (docs/physics.md §2).</summary>
    Plane,

    /// <summary>Direction [uvw]: Cartesian r = A u (docs/physics.md §2).</summary>
    Direction,
}

/// <summary>A crystal vector given by (possibly non-integer) indices: a plane normal (hkl) or a direction [uvw].</summary>
public sealed record LatticeVector(Vec3 Indices, LatticeVectorKind Kind)
{
    /// <summary>The plane normal (h, k, l).</summary>
    public static LatticeVector Plane(double h, double k, double l) => new(new Vec3(h, k, l), LatticeVectorKind.Plane);

    /// <summary>The lattice direction [u, v, w].</summary>
    public static LatticeVector Direction(double u, double v, double w) => new(new Vec3(u, v, w), LatticeVectorKind.Direction);

    /// <summary>Cartesian vector in the crystal frame (Å⁻¹ without 2π for planes, Å for directions).</summary>
    public Vec3 Cartesian(UnitCell cell) => Kind == LatticeVectorKind.Plane ? cell.B * Indices : cell.A * Indices;

    /// <summary>The vector, checked to be finite and non-zero, as a crystal-frame unit vector.</summary>
    /// <exception cref="InputException">indices not finite or all zero.</exception>
    public Vec3 CartesianUnit(UnitCell cell, string field)
    {
        if (!Indices.IsFinite)
        {
            throw new InputException(new InputProblem(field, $"The {Describe()} indices must be finite numbers."));
        }
        var v = Cartesian(cell);
        if (!(v.Norm > 1e-12 * Math.Max(1, Indices.Norm)) || !v.IsFinite)
        {
            throw new InputException(new InputProblem(field, $"The {Describe()} {this} is the zero vector; give at least one non-zero index."));
        }
        return v.Normalized();
    }

    /// <summary>"(1 −1 2)" for a plane, "[1 1 0]" for a direction (invariant culture).</summary>
    public override string ToString()
    {
        var s = $"{InputProblem.Show(Indices.X)} {InputProblem.Show(Indices.Y)} {InputProblem.Show(Indices.Z)}";
        return Kind == LatticeVectorKind.Plane ? $"({s})" : $"[{s}]";
    }

    private string Describe() => Kind == LatticeVectorKind.Plane ? "plane" : "direction";
}
