namespace DfxrmViz.Core.Numerics;

/// <summary>A 3×3 matrix of doubles, row-major; immutable. Rotations are active and right-handed (v′ = R v), docs/physics.md §7.</summary>
public readonly record struct Mat3(
    double M00, double M01, double M02,
    double M10, double M11, double M12,
    double M20, double M21, double M22)
{
    public static Mat3 Identity => new(1, 0, 0, 0, 1, 0, 0, 0, 1);

    public double this[int r, int c] => (r, c) switch
    {
        (0, 0) => M00,
        (0, 1) => M01,
        (0, 2) => M02,
        (1, 0) => M10,
        (1, 1) => M11,
        (1, 2) => M12,
        (2, 0) => M20,
        (2, 1) => M21,
        (2, 2) => M22,
        _ => throw new ArgumentOutOfRangeException(nameof(r)),
    };

    /// <summary>Matrix whose rows are <paramref name="r0"/>, <paramref name="r1"/>, <paramref name="r2"/>.</summary>
    public static Mat3 FromRows(Vec3 r0, Vec3 r1, Vec3 r2) => new(r0.X, r0.Y, r0.Z, r1.X, r1.Y, r1.Z, r2.X, r2.Y, r2.Z);

    /// <summary>Matrix whose columns are <paramref name="c0"/>, <paramref name="c1"/>, <paramref name="c2"/>.</summary>
    public static Mat3 FromColumns(Vec3 c0, Vec3 c1, Vec3 c2) => FromRows(c0, c1, c2).Transpose();

    public Vec3 Row(int r) => new(this[r, 0], this[r, 1], this[r, 2]);

    public Vec3 Column(int c) => new(this[0, c], this[1, c], this[2, c]);

    public Mat3 Transpose() => new(M00, M10, M20, M01, M11, M21, M02, M12, M22);

    public double Determinant =>
        M00 * (M11 * M22 - M12 * M21) - M01 * (M10 * M22 - M12 * M20) + M02 * (M10 * M21 - M11 * M20);

    /// <summary>Inverse by the adjugate; throws for a singular matrix.</summary>
    public Mat3 Inverse()
    {
        var det = Determinant;
        if (det == 0 || !double.IsFinite(det))
        {
            throw new InvalidOperationException("Matrix is singular.");
        }
        var inv = 1 / det;
        return new Mat3(
            (M11 * M22 - M12 * M21) * inv, (M02 * M21 - M01 * M22) * inv, (M01 * M12 - M02 * M11) * inv,
            (M12 * M20 - M10 * M22) * inv, (M00 * M22 - M02 * M20) * inv, (M02 * M10 - M00 * M12) * inv,
            (M10 * M21 - M11 * M20) * inv, (M01 * M20 - M00 * M21) * inv, (M00 * M11 - M01 * M10) * inv);
    }

    public static Vec3 operator *(Mat3 m, Vec3 v) => new(
        m.M00 * v.X + m.M01 * v.Y + m.M02 * v.Z,
        m.M10 * v.X + m.M11 * v.Y + m.M12 * v.Z,
        m.M20 * v.X + m.M21 * v.Y + m.M22 * v.Z);

    public static Mat3 operator *(Mat3 a, Mat3 b) => FromColumns(a * b.Column(0), a * b.Column(1), a * b.Column(2));

    /// <summary>Active right-handed rotation by <paramref name="angleRad"/> about the unit axis <paramref name="axis"/> (Rodrigues).</summary>
    public static Mat3 Rotation(Vec3 axis, double angleRad)
    {
        var n = axis.Normalized();
        double c = Math.Cos(angleRad), s = Math.Sin(angleRad), t = 1 - c;
        return new Mat3(
            t * n.X * n.X + c, t * n.X * n.Y - s * n.Z, t * n.X * n.Z + s * n.Y,
            t * n.X * n.Y + s * n.Z, t * n.Y * n.Y + c, t * n.Y * n.Z - s * n.X,
            t * n.X * n.Z - s * n.Y, t * n.Y * n.Z + s * n.X, t * n.Z * n.Z + c);
    }

    /// <summary>R_x(α) = [[1,0,0],[0,c,−s],[0,s,c]] (docs/physics.md §7).</summary>
    public static Mat3 RotationX(double angleRad) => Rotation(Vec3.UnitX, angleRad);

    /// <summary>R_y(α) = [[c,0,s],[0,1,0],[−s,0,c]] (docs/physics.md §7).</summary>
    public static Mat3 RotationY(double angleRad) => Rotation(Vec3.UnitY, angleRad);

    /// <summary>R_z(α) = [[c,−s,0],[s,c,0],[0,0,1]] (docs/physics.md §7).</summary>
    public static Mat3 RotationZ(double angleRad) => Rotation(Vec3.UnitZ, angleRad);
}
