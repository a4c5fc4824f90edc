using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Scattering;

/// <summary>One class of the catalogue: representative, q² = hᵀG*h, d, members and the space group's absence flag.</summary>
internal readonly record struct HklClass(Hkl Hkl, double Q2, double DA, ImmutableArray<Hkl> Members, bool Absent);

/// <summary>What the reflection table needs of a crystal that no energy changes: every class representative (docs/physics.md
/// §2 "Equivalence") with q ≤ <see cref="QMaxInvA"/>, its q², d, members and whether the space group makes it absent, in the
/// order (h, k, l) ascending of the box walk. Built once per crystal object and q range and shared (immutable, thread-safe):
/// an energy change then computes |F|² of the classes only, as gemmi's reference does (tools/bench/references.py enumerates
/// its hkl and representatives outside the timing).</summary>
internal sealed class HklCatalogue
{
    /// <summary>A new catalogue reaches this much beyond the q asked for, so nearby energies find it.</summary>
    private const double Reach = 1.1;

    /// <summary>Catalogues up to this many classes are kept (≈ 0.5 MB; PZT to 2θ = 45° at 17 keV has ≈ 150), so the crystals of
    /// the crystal cache cannot pin gigabytes through huge windows; a larger one serves its own request only.</summary>
    public const int MaxKeptClasses = 5000;

    private static readonly ConditionalWeakTable<Crystal.Crystal, HklCatalogue> ByCrystal = [];

    private HklCatalogue(double qMaxInvA, ImmutableArray<HklClass> classes)
    {
        QMaxInvA = qMaxInvA;
        Classes = classes;
    }

    /// <summary>Every class with q² ≤ QMax² (1 + 1e-9) inside the box |h| ≤ ⌊QMax a⌋, |k| ≤ ⌊QMax b⌋, |l| ≤ ⌊QMax c⌋.</summary>
    public double QMaxInvA { get; }

    /// <summary>The classes, (h, k, l) ascending.</summary>
    public ImmutableArray<HklClass> Classes { get; }

    /// <summary>A catalogue of <paramref name="crystal"/> reaching at least <paramref name="qMaxInvA"/> (held while the crystal
    /// object lives, when it has at most <see cref="MaxKeptClasses"/> classes; replaced by a wider one when a larger q is asked for).</summary>
    public static HklCatalogue Covering(Crystal.Crystal crystal, double qMaxInvA)
    {
        if (ByCrystal.TryGetValue(crystal, out var held) && held.QMaxInvA >= qMaxInvA)
        {
            return held;
        }
        // Wider than asked unless that would pass the enumeration limit the caller checked qMaxInvA against.
        var wider = qMaxInvA * Reach;
        var q = 4.0 / 3 * Math.PI * wider * wider * wider * crystal.Cell.VolumeA3 <= ReflectionCalculator.MaxLatticePoints ? wider : qMaxInvA;
        var built = Build(crystal, q);
        if (built.Classes.Length <= MaxKeptClasses)
        {
            ByCrystal.AddOrUpdate(crystal, built);
        }
        return built;
    }

    private static HklCatalogue Build(Crystal.Crystal crystal, double qMax)
    {
        var equivalence = new ReflectionEquivalence(crystal.PointGroup());
        var cell = crystal.Cell;
        var (hMax, kMax, lMax) = ((int)Math.Floor(qMax * cell.AA), (int)Math.Floor(qMax * cell.BA), (int)Math.Floor(qMax * cell.CA));
        var b = cell.B;
        var g = b.Transpose() * b; // G* = BᵀB: q² = hᵀG*h (docs/physics.md §2)
        var hi2 = qMax * qMax * (1 + 1e-9);
        var classes = ImmutableArray.CreateBuilder<HklClass>();
        for (var h = -hMax; h <= hMax; h++)
        {
            for (var k = -kMax; k <= kMax; k++)
            {
                for (var l = -lMax; l <= lMax; l++)
                {
                    var q2 = g.M00 * h * h + g.M11 * k * k + g.M22 * l * l + 2 * (g.M01 * h * k + g.M02 * h * l + g.M12 * k * l);
                    var hkl = new Hkl(h, k, l);
                    if (q2 > hi2 || hkl.IsOrigin || equivalence.Representative(hkl) != hkl)
                    {
                        continue;
                    }
                    classes.Add(new HklClass(hkl, q2, cell.DSpacingA(new Vec3(h, k, l)), equivalence.Members(hkl),
                        crystal.SpaceGroup.IsSystematicallyAbsent(h, k, l)));
                }
            }
        }
        return new HklCatalogue(qMax, classes.ToImmutable());
    }
}
