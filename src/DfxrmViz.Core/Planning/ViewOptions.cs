using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Planning;

/// <summary>Camera projection of the 3D view.</summary>
public enum Projection
{
    /// <summary>Parallel projection (default): crystal axes compare directly with sample edges.</summary>
    Orthographic,

    /// <summary>Perspective projection.</summary>
    Perspective,
}

/// <summary>Which atoms of the unit cell are drawn.</summary>
public enum CellRange
{
    /// <summary>Atoms with fractional coordinates in [0, 1] (images on faces, edges and corners included).</summary>
    Cell,

    /// <summary>Fractional −0.1 … 1.1, the display range of DF-XRM_vis (libs/draw_crystal_structures.py).</summary>
    Extended,
}

/// <summary>The camera as the user left it (plan field <c>view.camera</c>), in glTF axes (+Y up), in the scene's display units.</summary>
/// <param name="Position">Camera position.</param>
/// <param name="Target">The point it looks at (orbit centre).</param>
/// <param name="Up">Camera up vector.</param>
/// <param name="Zoom">Orthographic zoom factor (1 = the preset framing).</param>
public sealed record CameraState(Vec3 Position, Vec3 Target, Vec3 Up, double Zoom);

/// <summary>What the 3D view shows and how (plan field <c>view</c>): every option of DF-XRM_vis's "Visualization options"
/// (DF-XRM_vis_streamlit.py, trygvrad/DF-XRM_viz) plus toggles, projection and camera, so that a shared link shows the
/// same picture. Defaults are DF-XRM_vis's where it had one.</summary>
/// <param name="Projection">Orthographic (default) or perspective.</param>
/// <param name="ShowCell">Draw the unit cell (atoms, edges, axes).</param>
/// <param name="ShowLens">Draw the lens box and detector.</param>
/// <param name="ShowGoniometer">Draw the goniometer stages.</param>
/// <param name="ShowBeams">Draw incident and diffracted beams, Q, k0, kh and the 2θ arc.</param>
/// <param name="ShowLabels">Draw text labels.</param>
/// <param name="SampleScale">Display scale of the sample box (DF-XRM_vis "sample render scale", 1).</param>
/// <param name="BeamExtensionFrontUm">Length drawn of the diffracted beam beyond the sample (DF-XRM_vis 25000 µm).</param>
/// <param name="BeamExtensionBackUm">Length drawn of the incident beam before the sample (DF-XRM_vis 25000 µm).</param>
/// <param name="BeamWidthUm">Incident beam width, horizontal (DF-XRM_vis 100 µm).</param>
/// <param name="BeamThicknessUm">Incident beam thickness, vertical (DF-XRM_vis 10 µm).</param>
/// <param name="StructureScale">µm of display per Å of the unit cell; null = chosen so the cell reads beside the sample (stated).</param>
/// <param name="StructureOffsetUm">Where the cell is drawn relative to the sample centre; null = beside the sample.</param>
/// <param name="CellRange">Which atoms are drawn.</param>
/// <param name="PolyhedraElements">Elements at the centre of coordination polyhedra (DF-XRM_vis "oxygen cages around": Ti, Nb).</param>
/// <param name="PolyhedraRadiusA">Radius of the polyhedra in Å (DF-XRM_vis 2.5 Å).</param>
/// <param name="BondElements">The two elements bonded, or empty for no bonds (DF-XRM_vis: C–C).</param>
/// <param name="BondMinA">Shortest bond drawn, Å (DF-XRM_vis 0).</param>
/// <param name="BondMaxA">Longest bond drawn, Å (DF-XRM_vis 2.5).</param>
/// <param name="MagnificationBehindLens">Draw the diffracted beam widened by the magnification behind the lens.</param>
/// <param name="Camera">The camera as the user left it; null = the default preset.</param>
/// <param name="PolyhedraVertexElements">Elements at the corners of the polyhedra (DF-XRM_vis: O only); null = O.</param>
public sealed record ViewOptions(
    Projection Projection = Projection.Orthographic,
    bool ShowCell = true,
    bool ShowLens = true,
    bool ShowGoniometer = true,
    bool ShowBeams = true,
    bool ShowLabels = true,
    double SampleScale = 1,
    double BeamExtensionFrontUm = 25000,
    double BeamExtensionBackUm = 25000,
    double BeamWidthUm = 100,
    double BeamThicknessUm = 10,
    double? StructureScale = null,
    Vec3? StructureOffsetUm = null,
    CellRange CellRange = CellRange.Extended,
    ValueList<string>? PolyhedraElements = null,
    double PolyhedraRadiusA = 2.5,
    ValueList<string>? BondElements = null,
    double BondMinA = 0,
    double BondMaxA = 2.5,
    bool MagnificationBehindLens = false,
    CameraState? Camera = null,
    ValueList<string>? PolyhedraVertexElements = null)
{
    /// <summary>DF-XRM_vis's defaults.</summary>
    public static ViewOptions Default { get; } = new(PolyhedraElements: new(["Ti", "Nb"]), BondElements: ValueList<string>.Empty,
        PolyhedraVertexElements: new(["O"]));

    /// <summary>The options without the camera: what the scene depends on (a camera move redraws nothing).</summary>
    public ViewOptions WithoutCamera => this with { Camera = null };
}
