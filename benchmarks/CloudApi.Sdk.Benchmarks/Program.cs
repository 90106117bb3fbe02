using BenchmarkDotNet.Running;
using CloudApi.Sdk.Benchmarks.Redis;

// Timed throughput runs (not BenchmarkDotNet): dotnet run -c Release --project benchmarks/CloudApi.Sdk.Benchmarks -- redis-throughput
if (args is [RedisThroughputBenchmark.Mode, .. var redisArgs])
{
    return await RedisThroughputBenchmark.RunAsync(redisArgs);
}

// Run all: dotnet run -c Release --project benchmarks/CloudApi.Sdk.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
