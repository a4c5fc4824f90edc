using DfxrmViz.Core.Numerics;
using DfxrmViz.Export.Pdf.Model;

namespace DfxrmViz.Export.Pdf.Figure;

/// <summary>Something in a 3D scene to be projected into a vector figure (scene units, any right-handed frame).</summary>
public abstract record SceneShape;

/// <summary>An open line through 3D points.</summary>
public sealed record SceneLine(IReadOnlyList<Vec3> Points, FigureStroke Stroke) : SceneShape;

/// <summary>A planar face (a box side, a lens outline), filled and/or outlined.</summary>
public sealed record SceneFace(IReadOnlyList<Vec3> Points, ReportColor? Fill, FigureStroke? Stroke) : SceneShape;

/// <summary>An arrow (a beam, a vector) with its head at <paramref name="To"/>.</summary>
public sealed record SceneArrow(Vec3 From, Vec3 To, FigureStroke Stroke, float HeadPt = 7f) : SceneShape;

/// <summary>A dot of fixed size on the page (an atom, a point).</summary>
public sealed record SceneDot(Vec3 At, ReportColor Fill, float RadiusPt = 2.5f, FigureStroke? Stroke = null) : SceneShape;

/// <summary>A text label at a 3D point (always drawn on top; <paramref name="Priority"/> as <see cref="FigureLabel"/>'s).</summary>
public sealed record SceneLabel(Vec3 At, string Text, TextAnchor Anchor = TextAnchor.BaselineLeft, float SizePt = 8f,
    ReportColor? Color = null, float OffsetXPt = 0, float OffsetYPt = 0, double Priority = 0) : SceneShape;

/// <summary>An orthographic camera: it looks along <paramref name="ViewDirection"/>; <paramref name="Up"/> (not parallel to it)
/// fixes which way is up on the page.</summary>
public sealed record OrthographicCamera(Vec3 ViewDirection, Vec3 Up)
{
    /// <summary>Unit forward f, right r = f × up, page-up u = r × f (a right-handed screen frame, depth along f).</summary>
    public (Vec3 Forward, Vec3 Right, Vec3 PageUp) Axes()
    {
        var f = ViewDirection.Normalized();
        var right = f.Cross(Up);
        if (!(right.Norm > 1e-9 * Math.Max(Up.Norm, 1)) || !f.IsFinite)
        {
            throw new ArgumentException("The camera's view direction must be a non-zero vector not parallel to its up vector.");
        }
        right = right.Normalized();
        return (f, right, right.Cross(f));
    }
}
