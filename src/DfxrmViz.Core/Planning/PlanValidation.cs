using System.Text;
using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Instruments;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Optics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Core.XrayData;

namespace DfxrmViz.Core.Planning;

/// <summary>What makes a plan well-formed (docs/api.md "The plan"): every value in range, every id known, every axis one the
/// goniometer has. A refused plan is an <see cref="InputException"/> naming the field path; a well-formed plan that is
/// physically impossible (no Bragg angle at this energy, an unreachable reflection) passes here and is answered in the
/// results. The JSON reader and the page's edits both go through <see cref="Validated"/>.</summary>
public static class PlanValidation
{
    /// <summary>The plan with ids in their canonical spelling (crystal, instrument, goniometer axes); throws when not well-formed.</summary>
    public static Plan Validated(Plan plan, string prefix = "plan")
    {
        ArgumentNullException.ThrowIfNull(plan);
        string At(string field) => JsonFields.Join(prefix, field);
        Positive(plan.EnergyKeV, At("energyKeV"), "energy", "keV");
        Energy(plan.EnergyKeV, At("energyKeV"));
        Positive(plan.SampleUm.Height, At("sampleUm.height"), "sample height", "µm");
        Positive(plan.SampleUm.Width, At("sampleUm.width"), "sample width", "µm");
        Positive(plan.SampleUm.Thickness, At("sampleUm.thickness"), "sample thickness", "µm");
        if (!(plan.WarnBelowPercent > 0 && plan.WarnBelowPercent < 100))
        {
            throw Bad(At("warnBelowPercent"), $"The warning threshold must lie strictly between 0 and 100 %; got {Show(plan.WarnBelowPercent)}.");
        }
        var crystal = Crystal(plan.Crystal, At("crystal"));
        var instrument = Rethrow(() => InstrumentProfiles.Get(plan.Instrument), At("instrument"));
        var window = PlanWindow.Of(plan with { Instrument = instrument.Id });
        Prefixed(() => BraggWindow.Validate(window.MinDeg, window.MaxDeg), prefix);
        if (plan.Hkl is { IsOrigin: true })
        {
            throw Bad(At("hkl"), "(0 0 0) is the direct beam, not a reflection; give indices that are not all zero.");
        }
        Vector(plan.Up, At("up"));
        Vector(plan.Front, At("front"));
        Vector(plan.BeamExit, At("beamExit"));
        if (plan.BeamRule == BeamRule.Direction && plan.BeamExit is null)
        {
            throw Bad(At("beamExit"), "beamRule \"direction\" needs the beam-exit direction 'beamExit' ({\"hkl\": [..]} or {\"uvw\": [..]}).");
        }
        Finite(plan.AzimuthDeg, At("azimuthDeg"), "azimuth");
        var profile = Rethrow(() => GoniometerProfiles.Get(plan.Goniometer), At("goniometer"));
        var limits = Limits(plan.LimitsDeg, profile, At("limitsDeg"));
        var fixedAxis = plan.FixedAxis is { } fa ? fa with { Axis = Axis(profile, fa.Axis, At("fixedAxis.axis")) } : null;
        if (fixedAxis?.ValueDeg is double fv)
        {
            Finite(fv, At("fixedAxis.valueDeg"), "fixed-axis angle");
        }
        var mount = plan.MountCheck is { } m ? MountCheck(m, profile, At("mountCheck")) : null;
        Lens(plan, prefix);
        View(plan.View, At("view"));
        return plan with { Crystal = crystal, Instrument = instrument.Id, LimitsDeg = limits, FixedAxis = fixedAxis, MountCheck = mount };
    }

    private static CrystalSource Crystal(CrystalSource c, string path)
    {
        if (c.Builtin is { } id)
        {
            var entry = CrystalLibrary.List().FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase))
                ?? throw Bad(path + ".builtin", $"Unknown built-in crystal '{id}'; GET /api/v1/crystals lists the ids.");
            return c.Cif is null ? CrystalSource.BuiltIn(entry.Id) : throw Bad(path, "Give 'builtin' or 'cif', not both.");
        }
        if (c.Cif is not { } cif)
        {
            throw Bad(path, "Give a crystal: 'builtin' (an id from GET /api/v1/crystals) or 'cif' (CIF text).");
        }
        return Encoding.UTF8.GetByteCount(cif) <= PlanLimits.MaxCifBytes ? c
            : throw Bad(path + ".cif", $"The CIF text is larger than {PlanLimits.MaxCifBytes / 1048576} MB.");
    }

    private static ValueMap<AxisRangeDeg> Limits(ValueMap<AxisRangeDeg> limits, GoniometerProfile profile, string path) =>
        new(limits.Select(kv =>
        {
            var axis = Axis(profile, kv.Key, JsonFields.Join(path, kv.Key));
            var (min, max) = (kv.Value.MinDeg, kv.Value.MaxDeg);
            return double.IsFinite(min) && double.IsFinite(max) && min <= max
                ? new KeyValuePair<string, AxisRangeDeg>(axis, kv.Value)
                : throw Bad(JsonFields.Join(path, kv.Key), $"The {axis} limits must be finite degrees with min ≤ max; got [{Show(min)}, {Show(max)}].");
        }));

    private static MountCheckPlan MountCheck(MountCheckPlan m, GoniometerProfile profile, string path)
    {
        if (!(m.ToleranceDeg > 0 && m.ToleranceDeg <= 180))
        {
            throw Bad(path + ".toleranceDeg", $"The tolerance must be a positive number of degrees up to 180; got {Show(m.ToleranceDeg)}.");
        }
        if (m.Found.Count > PlanLimits.MaxFoundReflections)
        {
            throw Bad(path + ".found", $"At most {PlanLimits.MaxFoundReflections} found reflections are accepted.");
        }
        var found = m.Found.Select((f, i) =>
        {
            var at = $"{path}.found[{i}]";
            if (f.Hkl.IsOrigin)
            {
                throw Bad(at + ".hkl", "A found reflection needs indices that are not all zero.");
            }
            var angles = f.AnglesDeg.Select(kv => new KeyValuePair<string, double>(Axis(profile, kv.Key, $"{at}.anglesDeg.{kv.Key}"), kv.Value)).ToList();
            foreach (var a in profile.Axes.Where(a => !angles.Any(x => x.Key == a.AsciiName)))
            {
                throw Bad($"{at}.anglesDeg.{a.AsciiName}", $"Give the {a.Name} ({a.AsciiName}) angle in degrees at which {f.Hkl.InParentheses} was found.");
            }
            return f with { AnglesDeg = new ValueMap<double>(angles) };
        });
        return m with { Found = new ValueList<FoundReflectionPlan>(found) };
    }

    private static void Lens(Plan plan, string prefix)
    {
        if (plan.Lens is { Builtin: { } id } && !LensFileReader.BuiltinIds.Contains(id, StringComparer.Ordinal))
        {
            throw Bad(JsonFields.Join(prefix, "lens.builtin"), $"Unknown lens box '{id}'; built in: {string.Join(", ", LensFileReader.BuiltinIds)}.");
        }
        if (plan.Lens is { Builtin: null, Text: null })
        {
            throw Bad(JsonFields.Join(prefix, "lens"), "Give 'builtin' (e.g. \"id06\") or 'text' (a .lens file); null means no lens.");
        }
        var d = plan.Distance;
        if (!(d.Mm > 0 && d.Mm <= 1e7))
        {
            throw Bad(JsonFields.Join(prefix, d.Projected ? "dTotPrimeMm" : "dTotMm"), $"The sample–detector distance must be a positive number of mm up to 10 km; got {Show(d.Mm)}.");
        }
        if (plan.ApertureRadiusUm is double r && !(r > 0 && r <= 1e6))
        {
            throw Bad(JsonFields.Join(prefix, "apertureRadiusUm"), $"The aperture radius R0 must be a positive number of µm; got {Show(r)}.");
        }
        if (plan.WebThicknessUm is double w && !(w >= 0 && w <= 1e6))
        {
            throw Bad(JsonFields.Join(prefix, "webThicknessUm"), $"The web thickness must be a non-negative number of µm; got {Show(w)}.");
        }
    }

    private static void View(ViewOptions v, string path)
    {
        Positive(v.SampleScale, path + ".sampleScale", "sample scale", "");
        Positive(v.BeamWidthUm, path + ".beamWidthUm", "beam width", "µm");
        Positive(v.BeamThicknessUm, path + ".beamThicknessUm", "beam thickness", "µm");
        NonNegative(v.BeamExtensionFrontUm, path + ".beamExtensionFrontUm");
        NonNegative(v.BeamExtensionBackUm, path + ".beamExtensionBackUm");
        NonNegative(v.PolyhedraRadiusA, path + ".polyhedraRadiusA");
        NonNegative(v.BondMinA, path + ".bondMinA");
        if (!(v.BondMaxA >= v.BondMinA))
        {
            throw Bad(path + ".bondMaxA", "The longest bond must not be shorter than the shortest.");
        }
        if (v.StructureScale is double s)
        {
            Positive(s, path + ".structureScale", "structure scale", "");
        }
        if (v.Camera is { } c && !(c.Zoom > 0))
        {
            throw Bad(path + ".camera.zoom", "The zoom must be a positive number.");
        }
    }

    /// <summary>The profile's ASCII name for <paramref name="axis"/> (any case); throws naming the axes it has.</summary>
    public static string Axis(GoniometerProfile profile, string axis, string path)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var i = profile.IndexOf(axis);
        return i >= 0 ? profile.Axes[i].AsciiName
            : throw Bad(path, $"Goniometer '{profile.Id}' has no axis '{axis}'; its axes are {string.Join(", ", profile.Axes.Select(a => a.AsciiName))}.");
    }

    private static void Vector(LatticeVector? v, string path)
    {
        if (v is not null && (!v.Indices.IsFinite || v.Indices == Vec3.Zero || v.Indices.Norm > 1e6))
        {
            throw Bad(path, "The indices must be finite, not all zero and not huge, e.g. (0 0 1) or [1 1 0].");
        }
    }

    private static void Positive(double v, string path, string what, string unit)
    {
        if (!(double.IsFinite(v) && v > 0))
        {
            throw Bad(path, $"The {what} must be a positive number{(unit.Length > 0 ? " of " + unit : "")}; got {Show(v)}.");
        }
    }

    /// <summary>Refuses an energy no table of the app covers: every one lies inside Elam's 0.1–800 keV (XrayDB 4.4.7; Chantler
    /// attenuation and f′/f″ 1–200 keV). Inside it, a stage whose own table ends earlier says so in the results.</summary>
    private static void Energy(double energyKeV, string path)
    {
        var all = MassAttenuation.ValidRange(AttenuationTable.Elam);
        if (!all.Contains(energyKeV))
        {
            throw Bad(path, $"The energy must lie between {Show(all.MinKeV)} and {Show(all.MaxKeV)} keV, the range of the X-ray tables " +
                $"(Elam, XrayDB 4.4.7; Chantler covers 1–200 keV); got {Show(energyKeV)} keV.");
        }
    }

    private static void NonNegative(double v, string path)
    {
        if (!(double.IsFinite(v) && v >= 0))
        {
            throw Bad(path, $"Must be a number ≥ 0; got {Show(v)}.");
        }
    }

    private static void Finite(double v, string path, string what)
    {
        if (!double.IsFinite(v))
        {
            throw Bad(path, $"The {what} must be a finite number of degrees.");
        }
    }

    private static T Rethrow<T>(Func<T> f, string path)
    {
        try
        {
            return f();
        }
        catch (InputException ex)
        {
            throw Bad(path, ex.Problem.Message);
        }
    }

    /// <summary>Runs a Core check and puts <paramref name="prefix"/> before the field of its refusal.</summary>
    private static void Prefixed(Action check, string prefix)
    {
        try
        {
            check();
        }
        catch (InputException ex)
        {
            throw new InputException(ex.Problem with { Field = JsonFields.Join(prefix, ex.Problem.Field) });
        }
    }

    private static InputException Bad(string path, string message) => new(new InputProblem(path, message));

    private static string Show(double v) => InputProblem.Show(v);
}
