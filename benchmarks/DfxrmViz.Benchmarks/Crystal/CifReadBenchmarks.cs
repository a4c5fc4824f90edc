using BenchmarkDotNet.Attributes;
using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Data;

namespace DfxrmViz.Benchmarks.Crystal;

/// <summary>Read LiNbO3 (COD 1541936) from text and expand it to the full cell; compare tools/bench/gemmi_read_cif.py.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class CifReadBenchmarks
{
    private readonly string _text = EmbeddedData.ReadText("Crystals/LiNbO3_COD1541936.cif");

    [Benchmark]
    public int ReadAndExpandLiNbO3() => CrystalCifReader.ReadSingle(_text).ExpandToCell().Length;
}
