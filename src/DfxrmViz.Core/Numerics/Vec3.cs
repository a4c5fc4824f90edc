namespace DfxrmViz.Core.Numerics;

/// <summary>A 3-vector of doubles (Cartesian or fractional, by context); immutable.</summary>
public readonly record struct Vec3(double X, double Y, double Z)
{
    public static Vec3 Zero => new(0, 0, 0);
    public static Vec3 UnitX => new(1, 0, 0);
    public static Vec3 UnitY => new(0, 1, 0);
    public static Vec3 UnitZ => new(0, 0, 1);

    public double this[int i] => i switch { 0 => X, 1 => Y, 2 => Z, _ => throw new ArgumentOutOfRangeException(nameof(i)) };

    public double Norm => Math.Sqrt(X * X + Y * Y + Z * Z);

    public double NormSquared => X * X + Y * Y + Z * Z;

    /// <summary>This vector scaled to unit length (the zero vector stays zero).</summary>
    public Vec3 Normalized()
    {
        var n = Norm;
        return n == 0 ? this : this / n;
    }

    public double Dot(Vec3 o) => X * o.X + Y * o.Y + Z * o.Z;

    public Vec3 Cross(Vec3 o) => new(Y * o.Z - Z * o.Y, Z * o.X - X * o.Z, X * o.Y - Y * o.X);

    /// <summary>Angle to <paramref name="o"/> in radians, accurate also near 0 and π (atan2 of |a×b| and a·b).</summary>
    public double AngleTo(Vec3 o) => Math.Atan2(Cross(o).Norm, Dot(o));

    public bool IsFinite => double.IsFinite(X) && double.IsFinite(Y) && double.IsFinite(Z);

    public double[] ToArray() => [X, Y, Z];

    public static Vec3 operator +(Vec3 a, Vec3 b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);
    public static Vec3 operator -(Vec3 a, Vec3 b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);
    public static Vec3 operator -(Vec3 a) => new(-a.X, -a.Y, -a.Z);
    public static Vec3 operator *(double s, Vec3 a) => new(s * a.X, s * a.Y, s * a.Z);
    public static Vec3 operator *(Vec3 a, double s) => new(s * a.X, s * a.Y, s * a.Z);
    public static Vec3 operator /(Vec3 a, double s) => new(a.X / s, a.Y / s, a.Z / s);
}
