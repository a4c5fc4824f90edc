using DfxrmViz.Core.Optics;

namespace DfxrmViz.Core.Planning.Stages;

/// <summary>The inputs of the lens stage (value-equal: the stage is memoized on them).</summary>
public sealed record LensKey(LensFile File, double EnergyKeV, double TwoThetaDeg, LensDistance Distance, LensModel Model, double? ApertureRadiusUm,
    double? WebThicknessUm);
