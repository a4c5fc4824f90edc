using DfxrmViz.Core.Optics;
using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Core.Planning.Stages;

/// <summary>What the scene stage depends on: the orientation (mount, beams, chosen solution), the sample, the lens and the
/// detector distance (the plan's, when the lens cannot be solved), and the view options without the camera.</summary>
public sealed record SceneKey(LoadedCrystal Crystal, Hkl Hkl, double EnergyKeV, PlannedOrientation Orientation, SampleSizeUm Sample,
    LensResult? Lens, LensDistance? Distance, ViewOptions View)
{
    /// <summary>Sample–detector distance along the diffracted beam (mm): the lens solution's d_tot, else the plan's distance
    /// (d_tot = d_tot′ / cos 2θ, docs/physics.md §8); null without a lens.</summary>
    public double? DetectorDistanceMm()
    {
        if (Lens is not null)
        {
            return Lens.DTotMm;
        }
        if (Distance is not { } d)
        {
            return null;
        }
        var mm = LensDistanceConversion.As(d, false, Orientation.Result.TwoThetaDeg).Mm;
        return double.IsFinite(mm) && mm > 0 ? mm : null;
    }
}
