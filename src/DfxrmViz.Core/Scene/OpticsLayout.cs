namespace DfxrmViz.Core.Scene;

/// <summary>Where the objective and detector are drawn along the diffracted beam. When the whole train (d_tot) fits in
/// the drawn beam length it is drawn to scale; otherwise (d_tot is often metres against a millimetre sample) the lens box
/// is drawn nearer and shortened by one stated factor, and the detector is placed after it, not to scale.</summary>
/// <param name="HasLens">A lens result with finite distances is drawn.</param>
/// <param name="ToScale">Distances along the beam are true.</param>
/// <param name="LensStartMm">Drawn distance sample → first lenslet centre.</param>
/// <param name="LensDrawnMm">Drawn length first → last lenslet centre.</param>
/// <param name="AlongFactor">Drawn mm per true mm inside the lens box (1 when to scale).</param>
/// <param name="DetectorMm">Drawn distance sample → detector, or null for no detector.</param>
/// <param name="Note">The stated scale, or null when everything is to scale.</param>
internal sealed record OpticsLayout(bool HasLens, bool ToScale, double LensStartMm, double LensDrawnMm, double AlongFactor, double? DetectorMm, string? Note)
{
    /// <summary>Length to draw the diffracted beam: to the detector, else the beam extension.</summary>
    public double DiffractedLengthMm(SceneFrame f) => DetectorMm ?? f.BeamFrontMm;

    public static OpticsLayout For(SceneFrame f)
    {
        var front = f.BeamFrontMm;
        var lens = f.Inputs.Lens;
        if (lens is not null && double.IsFinite(lens.D1Mm) && double.IsFinite(lens.DLMm) && double.IsFinite(lens.D2Mm)
            && lens.D1Mm > 0 && lens.DLMm >= 0 && lens.D2Mm > 0)
        {
            var total = lens.D1Mm + lens.DLMm + lens.D2Mm;
            if (total <= front)
            {
                return new(true, true, lens.D1Mm, lens.DLMm, 1, total, null);
            }
            var start = 2.0 * f.Ls;
            var drawn = lens.DLMm > 0 ? 1.0 * f.Ls : 0;
            var factor = lens.DLMm > 0 ? drawn / lens.DLMm : 1;
            var note = $"Objective drawn 1 : {SceneText.Significant(1 / factor, 3)} along the beam and nearer than its d1 = "
                + $"{SceneText.LengthMm(lens.D1Mm)}; lenslet size and the detector distance (d2 = {SceneText.LengthMm(lens.D2Mm)}) not to scale.";
            return new(true, false, start, drawn, factor, start + drawn + 0.9 * f.Ls, note);
        }
        if (f.Inputs.DetectorDistanceMm is double d && double.IsFinite(d) && d > 0)
        {
            return d <= front ? new(false, true, 0, 0, 1, d, null)
                : new(false, false, 0, 0, 1, 3.5 * f.Ls, $"Detector drawn nearer than its d_tot = {SceneText.LengthMm(d)} (not to scale).");
        }
        return new(false, true, 0, 0, 1, null, null);
    }
}
