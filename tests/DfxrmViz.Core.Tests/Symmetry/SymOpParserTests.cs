using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Symmetry;

namespace DfxrmViz.Core.Tests.Symmetry;

public class SymOpParserTests
{
    [Theory]
    [InlineData("x,y+1/2,-z", "x,y+1/2,-z")]
    [InlineData("-x+y, y, 1/2+z", "-x+y,y,z+1/2")]
    [InlineData("X-Y,+X,Z+0.5", "x-y,x,z+1/2")]
    [InlineData("x+1/4,y+3/4,z", "x+1/4,y+3/4,z")]
    [InlineData("'1/2+x,1/2-y,-z'", "x+1/2,-y+1/2,-z")]
    [InlineData("2x-y,x,z+0.3333", "2x-y,x,z+1/3")]
    [InlineData("-x+1,-y,z-1/2", "-x+1,-y,z-1/2")]
    [InlineData("x , y , z", "x,y,z")]
    [InlineData("-y+2/3,x-y+1/3,z+1/3", "-y+2/3,x-y+1/3,z+1/3")]
    public void Parses_common_spellings(string text, string canonical) =>
        Assert.Equal(canonical, SymOpParser.Parse(text).ToTriplet());

    [Theory]
    [InlineData("x,y")]
    [InlineData("x,y,q")]
    [InlineData("x,y,z+0.3")]
    [InlineData("x,x,z")]
    [InlineData("x,y,")]
    [InlineData("x,y,1/0")]
    [InlineData("x y z")]
    [InlineData("x,y,z++")]
    public void Rejects_malformed(string text)
    {
        var e = Assert.Throws<InputException>(() => SymOpParser.Parse(text, 7, "_symmetry_equiv_pos_as_xyz"));
        Assert.Equal(7, e.Problem.Line);
        Assert.Equal("_symmetry_equiv_pos_as_xyz", e.Problem.Tag);
    }

    [Fact]
    public void Composition_inverse_and_equality_are_exact()
    {
        var a = SymOpParser.Parse("-y,x-y,z+1/3");
        var b = SymOpParser.Parse("x+1/4,-y+1/2,-z");
        Assert.Equal(SymOp.Identity, a.Then(a.Inverse()));
        Assert.Equal(SymOp.Identity, a.Then(a).Then(a).Wrapped()); // 3₁ screw cubed = lattice translation
        Assert.Equal(a.Then(b).Inverse(), b.Inverse().Then(a.Inverse()));
        Assert.Equal(SymOpParser.Parse("x+1,y,z").Wrapped(), SymOp.Identity);
        var p = new Numerics.Vec3(0.1, 0.2, 0.3);
        var ab = a.Then(b).Apply(p);
        var seq = a.Apply(b.Apply(p));
        Assert.Equal(seq.X, ab.X, 1e-15);
        Assert.Equal(seq.Z, ab.Z, 1e-15);
    }
}
