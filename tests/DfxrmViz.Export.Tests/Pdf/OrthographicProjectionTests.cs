using DfxrmViz.Core.Numerics;
using DfxrmViz.Export.Pdf;
using DfxrmViz.Export.Pdf.Figure;
using DfxrmViz.Export.Pdf.Model;

namespace DfxrmViz.Export.Tests.Pdf;

public class OrthographicProjectionTests
{
    private static readonly FigureStroke Ink = new(ReportColor.Ink);

    [Fact]
    public void Looking_down_minus_z_with_y_up_keeps_x_right_and_y_up()
    {
        var (f, r, u) = new OrthographicCamera(new Vec3(0, 0, -1), Vec3.UnitY).Axes();
        Assert.Equal(new Vec3(0, 0, -1), f);
        Assert.Equal(Vec3.UnitX, r);
        Assert.Equal(Vec3.UnitY, u);
    }

    [Fact]
    public void Faces_are_drawn_farthest_first_and_labels_last()
    {
        var camera = new OrthographicCamera(new Vec3(0, 0, -1), Vec3.UnitY); // eye on +z
        var near = Square(1, ReportColor.FromHex("#ff0000"));
        var far = Square(-1, ReportColor.FromHex("#0000ff"));
        var fig = OrthographicProjection.Project(null, camera, [new SceneLabel(Vec3.Zero, "O"), near, far]);
        Assert.IsType<FigureLabel>(fig.Elements[^1]);
        var polygons = fig.Elements.OfType<FigurePolygon>().ToList();
        Assert.Equal(ReportColor.FromHex("#0000ff"), polygons[0].Fill); // z = −1 is behind z = +1 seen from +z
        Assert.Equal(new FigurePoint(1, 1), polygons[1].Points[2]);
        Assert.True(fig.ViewBox.MinX < -1 && fig.ViewBox.MaxX > 1 && fig.ViewBox.MinY < -1 && fig.ViewBox.MaxY > 1);
    }

    [Fact]
    public void A_view_along_its_own_up_vector_is_refused()
    {
        var camera = new OrthographicCamera(Vec3.UnitY, Vec3.UnitY);
        Assert.Throws<ArgumentException>(() => OrthographicProjection.Project(null, camera, [new SceneDot(Vec3.Zero, ReportColor.Ink)]));
    }

    [Fact]
    public void A_projected_scene_prints_its_labels_as_text()
    {
        var camera = new OrthographicCamera(new Vec3(-1, -0.6, -0.8), Vec3.UnitY);
        var scene = new List<SceneShape> { Square(0.5, ReportColor.FromHex("#7d3c98").WithAlpha(0.35)), Square(-0.5, ReportColor.FromHex("#7d3c98").WithAlpha(0.35)) };
        scene.Add(new SceneArrow(new Vec3(-3, 0, 0), Vec3.Zero, new FigureStroke(ReportColor.FromHex("#c0392b"), 1.5f)));
        scene.Add(new SceneLabel(new Vec3(-3, 0, 0), "k₀", TextAnchor.BaselineRight));
        scene.Add(new SceneDot(Vec3.Zero, ReportColor.Ink));
        var pdf = PdfReportWriter.Write(SampleModels.With(OrthographicProjection.Project("3D view", camera, scene, 180)));
        PdfArtifacts.Save("projection.pdf", pdf);
        Assert.Contains("k₀", PdfReadBack.AllText(pdf));
    }

    private static SceneFace Square(double z, ReportColor fill) =>
        new([new(-1, -1, z), new(1, -1, z), new(1, 1, z), new(-1, 1, z)], fill, Ink);
}
