using BenchmarkDotNet.Running;

// Run all: dotnet run -c Release --project benchmarks/CloudApi.Sdk.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
