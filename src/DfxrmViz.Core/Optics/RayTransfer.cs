namespace DfxrmViz.Core.Optics;

/// <summary>
/// Paraxial ray-transfer (ABCD) matrix [[A, B], [C, D]] acting on (height, angle); distances in mm
/// (Siegman, Lasers, 1986, ch. 15; docs/physics.md §8: P(d) = [[1,d],[0,1]], L(f) = [[1,0],[−1/f,1]]).
/// </summary>
public readonly record struct RayTransfer(double A, double B, double C, double D)
{
    public static RayTransfer Identity { get; } = new(1, 0, 0, 1);

    /// <summary>Free propagation over <paramref name="distanceMm"/>.</summary>
    public static RayTransfer Propagation(double distanceMm) => new(1, distanceMm, 0, 1);

    /// <summary>Thin lens of focal length <paramref name="focalLengthMm"/> (positive = converging).</summary>
    public static RayTransfer ThinLens(double focalLengthMm) => new(1, 0, -1 / focalLengthMm, 1);

    /// <summary>Thin lens of power <paramref name="powerPerMm"/> = 1/f.</summary>
    public static RayTransfer ThinLensOfPower(double powerPerMm) => new(1, 0, -powerPerMm, 1);

    /// <summary>Matrix product: <paramref name="later"/> applied after <paramref name="earlier"/> (later · earlier).</summary>
    public static RayTransfer operator *(RayTransfer later, RayTransfer earlier) => new(
        (later.A * earlier.A) + (later.B * earlier.C), (later.A * earlier.B) + (later.B * earlier.D),
        (later.C * earlier.A) + (later.D * earlier.C), (later.C * earlier.B) + (later.D * earlier.D));

    /// <summary>Determinant (1 for any product of P and L).</summary>
    public double Determinant => (A * D) - (B * C);

    public double Trace => A + D;

    public RayTransfer Multiply(RayTransfer earlier) => this * earlier;
}
