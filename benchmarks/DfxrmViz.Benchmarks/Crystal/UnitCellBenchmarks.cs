using BenchmarkDotNet.Attributes;
using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Benchmarks.Crystal;

/// <summary>d-spacings of every hkl with |h|,|k|,|l| ≤ 10 in a triclinic cell (the inner loop of reflection enumeration).</summary>
[MemoryDiagnoser]
public class UnitCellBenchmarks
{
    private readonly UnitCell _cell = new(6.867, 16.706, 5.399, 62.98, 42.25, 52.16);

    [Benchmark]
    public double DSpacingsOfAllHklTo10()
    {
        var b = _cell.B;
        var sum = 0.0;
        for (var h = -10; h <= 10; h++)
        {
            for (var k = -10; k <= 10; k++)
            {
                for (var l = -10; l <= 10; l++)
                {
                    sum += (b * new Vec3(h, k, l)).Norm;
                }
            }
        }
        return sum;
    }
}
