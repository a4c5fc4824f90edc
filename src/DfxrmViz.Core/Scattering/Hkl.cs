using System.Globalization;

namespace DfxrmViz.Core.Scattering;

/// <summary>Miller indices (h, k, l) of a reflection (integers; reciprocal-lattice vector h = h a* + k b* + l c*).</summary>
public readonly record struct Hkl(int H, int K, int L) : IComparable<Hkl>
{
    /// <summary>Whether this is (0, 0, 0), the direct beam.</summary>
    public bool IsOrigin => H == 0 && K == 0 && L == 0;

    /// <summary>The Friedel mate −h.</summary>
    public Hkl Negated => new(-H, -K, -L);

    /// <summary>As an integer array [h, k, l] (docs/api.md).</summary>
    public int[] ToArray() => [H, K, L];

    /// <summary>Lexicographic order on (h, k, l).</summary>
    public int CompareTo(Hkl other) =>
        H != other.H ? H.CompareTo(other.H) : K != other.K ? K.CompareTo(other.K) : L.CompareTo(other.L);

    /// <summary>"1 0 -2" (space-separated, the form <see cref="HklText.Parse"/> reads back).</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{H} {K} {L}");

    /// <summary>"(1 0 -2)" for messages.</summary>
    public string InParentheses => $"({this})";
}
