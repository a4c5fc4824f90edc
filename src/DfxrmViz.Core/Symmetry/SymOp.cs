using System.Globalization;
using System.Text;
using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Symmetry;

/// <summary>Integer 3×3 matrix (row-major) for the rotation part of a symmetry operation in fractional coordinates.</summary>
public readonly record struct IntMat3(int M00, int M01, int M02, int M10, int M11, int M12, int M20, int M21, int M22)
{
    /// <summary>Identity.</summary>
    public static IntMat3 Identity => new(1, 0, 0, 0, 1, 0, 0, 0, 1);

    /// <summary>Element (r, c).</summary>
    public int this[int r, int c] => (r * 3 + c) switch
    {
        0 => M00,
        1 => M01,
        2 => M02,
        3 => M10,
        4 => M11,
        5 => M12,
        6 => M20,
        7 => M21,
        8 => M22,
        _ => throw new ArgumentOutOfRangeException(nameof(r)),
    };

    /// <summary>Builds from a row-major array of 9 values.</summary>
    public static IntMat3 FromArray(int[] m) => new(m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8]);

    /// <summary>Determinant (±1 for a crystallographic rotation).</summary>
    public int Determinant => M00 * (M11 * M22 - M12 * M21) - M01 * (M10 * M22 - M12 * M20) + M02 * (M10 * M21 - M11 * M20);

    /// <summary>Trace.</summary>
    public int Trace => M00 + M11 + M22;

    /// <summary>Matrix product.</summary>
    public static IntMat3 operator *(IntMat3 a, IntMat3 b) => new(
        a.M00 * b.M00 + a.M01 * b.M10 + a.M02 * b.M20, a.M00 * b.M01 + a.M01 * b.M11 + a.M02 * b.M21, a.M00 * b.M02 + a.M01 * b.M12 + a.M02 * b.M22,
        a.M10 * b.M00 + a.M11 * b.M10 + a.M12 * b.M20, a.M10 * b.M01 + a.M11 * b.M11 + a.M12 * b.M21, a.M10 * b.M02 + a.M11 * b.M12 + a.M12 * b.M22,
        a.M20 * b.M00 + a.M21 * b.M10 + a.M22 * b.M20, a.M20 * b.M01 + a.M21 * b.M11 + a.M22 * b.M21, a.M20 * b.M02 + a.M21 * b.M12 + a.M22 * b.M22);

    /// <summary>Inverse of a unimodular matrix (adjugate / determinant), exact.</summary>
    public IntMat3 Inverse()
    {
        var d = Determinant;
        return new IntMat3(
            (M11 * M22 - M12 * M21) * d, (M02 * M21 - M01 * M22) * d, (M01 * M12 - M02 * M11) * d,
            (M12 * M20 - M10 * M22) * d, (M00 * M22 - M02 * M20) * d, (M02 * M10 - M00 * M12) * d,
            (M10 * M21 - M11 * M20) * d, (M01 * M20 - M00 * M21) * d, (M00 * M11 - M01 * M10) * d);
    }

    /// <summary>Transpose.</summary>
    public IntMat3 Transpose() => new(M00, M10, M20, M01, M11, M21, M02, M12, M22);

    /// <summary>As a floating-point matrix.</summary>
    public Mat3 ToMat3() => new(M00, M01, M02, M10, M11, M12, M20, M21, M22);

    /// <summary>Product with an integer column vector.</summary>
    public (int X, int Y, int Z) Times(int x, int y, int z) =>
        (M00 * x + M01 * y + M02 * z, M10 * x + M11 * y + M12 * z, M20 * x + M21 * y + M22 * z);
}

/// <summary>A space-group operation x′ = R x + t/24 with integer R and integer translation in 24ths (exact).</summary>
/// <remarks>Same representation as gemmi symmetry.hpp <c>Op</c> (DEN = 24): every crystallographic translation is a multiple
/// of 1/24, so equality, composition and inversion are exact. Reciprocal space: h′ = h R (row vector) = Rᵀ h.</remarks>
public readonly record struct SymOp(IntMat3 Rotation, int T0, int T1, int T2)
{
    /// <summary>Denominator of the translations.</summary>
    public const int Den = 24;

    /// <summary>x, y, z.</summary>
    public static SymOp Identity => new(IntMat3.Identity, 0, 0, 0);

    /// <summary>Translation as fractions of the cell.</summary>
    public Vec3 Translation => new(T0 / (double)Den, T1 / (double)Den, T2 / (double)Den);

    /// <summary>Same operation with each translation reduced to [0, 1).</summary>
    public SymOp Wrapped() => this with { T0 = Mod(T0), T1 = Mod(T1), T2 = Mod(T2) };

    /// <summary>Applies the operation to fractional coordinates.</summary>
    public Vec3 Apply(Vec3 fractional) => Rotation.ToMat3() * fractional + Translation;

    /// <summary>This ∘ other: x ↦ this(other(x)).</summary>
    public SymOp Then(SymOp first)
    {
        var (x, y, z) = Rotation.Times(first.T0, first.T1, first.T2);
        return new SymOp(Rotation * first.Rotation, x + T0, y + T1, z + T2);
    }

    /// <summary>Inverse: x ↦ R⁻¹(x − t).</summary>
    public SymOp Inverse()
    {
        var inv = Rotation.Inverse();
        var (x, y, z) = inv.Times(-T0, -T1, -T2);
        return new SymOp(inv, x, y, z);
    }

    /// <summary>Miller indices transformed as a row vector: h′ = h R.</summary>
    public (int H, int K, int L) ApplyToHkl(int h, int k, int l) => Rotation.Transpose().Times(h, k, l);

    /// <summary>h·t in 24ths (phase shift 2π h·t / 24 of the equivalent reflection).</summary>
    public int PhaseShift24(int h, int k, int l) => h * T0 + k * T1 + l * T2;

    /// <summary>Triplet such as <c>-y,x-y,z+1/3</c> (gemmi's spelling).</summary>
    public string ToTriplet() => string.Join(',', Enumerable.Range(0, 3).Select(Row));

    /// <inheritdoc/>
    public override string ToString() => ToTriplet();

    private string Row(int r)
    {
        var sb = new StringBuilder();
        for (var c = 0; c < 3; c++)
        {
            var coef = Rotation[r, c];
            if (coef == 0)
            {
                continue;
            }
            sb.Append(coef < 0 ? "-" : sb.Length > 0 ? "+" : "");
            if (Math.Abs(coef) != 1)
            {
                sb.Append(Math.Abs(coef).ToString(CultureInfo.InvariantCulture));
            }
            sb.Append("xyz"[c]);
        }
        var t = r switch { 0 => T0, 1 => T1, _ => T2 };
        if (t != 0)
        {
            var g = Gcd(Math.Abs(t), Den);
            sb.Append(t < 0 ? "-" : sb.Length > 0 ? "+" : "");
            sb.Append(Den / g == 1
                ? (Math.Abs(t) / Den).ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{Math.Abs(t) / g}/{Den / g}"));
        }
        return sb.Length == 0 ? "0" : sb.ToString();
    }

    private static int Mod(int t) => ((t % Den) + Den) % Den;

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
