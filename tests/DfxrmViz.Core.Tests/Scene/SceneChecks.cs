using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Scene;

namespace DfxrmViz.Core.Tests.Scene;

/// <summary>Structural checks every scene must pass: unique names, parents first, every number finite.</summary>
internal static class SceneChecks
{
    public static void AssertWellFormed(SceneModel scene)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in scene.Nodes)
        {
            Assert.True(seen.Add(n.Name), $"duplicate node name '{n.Name}'");
            Assert.True(n.Parent is null || seen.Contains(n.Parent), $"'{n.Name}' comes before its parent '{n.Parent}'");
            var t = n.Transform;
            Assert.True(t.Translation.IsFinite && double.IsFinite(t.Scale) && t.Scale > 0, $"transform of '{n.Name}'");
            Assert.True(Math.Abs(t.Rotation.Determinant - 1) < 1e-9, $"rotation of '{n.Name}' is not proper (det {t.Rotation.Determinant})");
            var g = n.Geometry;
            double?[] numbers = [g.Radius, g.Radius2, g.Length, g.SweepRad];
            Assert.All(numbers, v => Assert.True(v is null || double.IsFinite(v.Value), $"geometry number of '{n.Name}'"));
            Assert.True(g.Size is null || g.Size.Value.IsFinite, $"size of '{n.Name}'");
            Assert.All(g.Points ?? new([]), p => Assert.True(p.IsFinite, $"point of '{n.Name}'"));
            Assert.All(g.Instances ?? new([]), i => Assert.True(i.Position.IsFinite && (i.Fractional?.IsFinite ?? true), $"instance of '{n.Name}'"));
            foreach (var (key, value) in n.Extras)
            {
                Assert.True(value.Number is null || double.IsFinite(value.Number.Value), $"extras {key} of '{n.Name}'");
                Assert.All(value.Vector ?? new([]), x => Assert.True(double.IsFinite(x), $"extras {key} of '{n.Name}'"));
            }
            Assert.True(n.Opacity is >= 0 and <= 1);
            Assert.Matches("^#[0-9a-f]{6}$", n.Color);
        }
        Assert.All(scene.Views, v => Assert.True(v.Direction.IsFinite && Math.Abs(v.Direction.Norm - 1) < 1e-9 && Math.Abs(v.Up.Dot(v.Direction)) < 1e-9));
    }

    public static Vec3 Vector(SceneModel scene, string node, string key)
    {
        var v = scene.Find(node)!.Extras[key].Vector!;
        return new Vec3(v[0], v[1], v[2]);
    }

    public static void Close(Vec3 expected, Vec3 actual, double tolerance, string what) =>
        Assert.True((expected - actual).Norm < tolerance, $"{what}: expected {expected}, got {actual}");
}
