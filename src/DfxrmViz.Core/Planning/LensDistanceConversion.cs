namespace DfxrmViz.Core.Planning;

/// <summary>d_tot ⇄ d_tot′ (docs/physics.md §8: d_tot′ = d_tot cos 2θ is the projection on the incident beam), so switching
/// which one is typed keeps the physical distance.</summary>
public static class LensDistanceConversion
{
    /// <summary><paramref name="distance"/> expressed as d_tot′ (<paramref name="projected"/> true) or d_tot, at 2θ, to 1 µm.</summary>
    public static LensDistance As(LensDistance distance, bool projected, double twoThetaDeg)
    {
        ArgumentNullException.ThrowIfNull(distance);
        if (distance.Projected == projected)
        {
            return distance;
        }
        var cos = Math.Cos(twoThetaDeg * Math.PI / 180);
        var mm = projected ? distance.Mm * cos : distance.Mm / cos;
        return double.IsFinite(mm) && mm > 0 ? new LensDistance(Math.Round(mm, 3), projected) : distance with { Projected = projected };
    }
}
