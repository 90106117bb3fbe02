using BenchmarkDotNet.Running;
using CloudApi.Sdk.Benchmarks.Rate;

// Run all: dotnet run -c Release --project benchmarks/CloudApi.Sdk.Benchmarks -- --filter '*'
// Timed runs (not BenchmarkDotNet): dotnet run -c Release --project benchmarks/CloudApi.Sdk.Benchmarks -- achieved-rate
if (args is ["achieved-rate", ..])
{
    return await AchievedRateRun.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
