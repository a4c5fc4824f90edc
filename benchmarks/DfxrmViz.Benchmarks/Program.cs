using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/DfxrmViz.Benchmarks -- --filter '*'   (README, "Benchmarks")
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
