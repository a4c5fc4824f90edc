using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Optics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Planning;

namespace DfxrmViz.Core.Scene;

/// <summary>Puts the results of one plan together into <see cref="SceneInputs"/> (the plan pipeline's last stage calls this).</summary>
public static class SceneInputsFactory
{
    /// <summary>Scene inputs; the solution drawn is <paramref name="solutionIndex"/> when it exists, else the default choice
    /// (least motion inside the limits), else none (the sample is then drawn in Bragg condition, stages at zero).</summary>
    public static SceneInputs Create(Crystal.Crystal crystal, Vec3 hkl, double energyKeV, OrientationResult orientation,
        GoniometerProfile profile, int? solutionIndex, SampleSizeUm sample, LensResult? lens, double? detectorDistanceMm, ViewOptions view)
    {
        ArgumentNullException.ThrowIfNull(crystal);
        ArgumentNullException.ThrowIfNull(orientation);
        var solutions = orientation.Solutions.Solutions;
        var index = solutionIndex is int i && i >= 0 && i < solutions.Count ? i : orientation.Solutions.ChosenIndex;
        IReadOnlyList<double>? angles = index is int k ? [.. solutions[k].AnglesDeg.Select(a => a.Value)] : null;
        return new SceneInputs(crystal.Name, crystal.Cell, crystal.ExpandToCell(), hkl, energyKeV, orientation, sample, profile, angles,
            lens, detectorDistanceMm, view);
    }
}
