using BenchmarkDotNet.Running;
using CloudApi.Sdk.Benchmarks.ColdStart;
using CloudApi.Sdk.Benchmarks.Rate;
using CloudApi.Sdk.Benchmarks.Redis;

// Run all: dotnet run -c Release --project benchmarks/CloudApi.Sdk.Benchmarks -- --filter '*'
// Timed runs (not BenchmarkDotNet):
//   dotnet run -c Release --project benchmarks/CloudApi.Sdk.Benchmarks -- achieved-rate
//   dotnet run -c Release --project benchmarks/CloudApi.Sdk.Benchmarks -- redis-throughput
//   dotnet run -c Release --project benchmarks/CloudApi.Sdk.Benchmarks -- cold-start [--runs 5] [--phases]
if (args is ["achieved-rate", ..])
{
    return await AchievedRateRun.RunAsync(args[1..]);
}

if (args is [SharedRedisRun.WorkerMode, .. var workerArgs])
{
    return await SharedRedisRun.WorkerAsync(workerArgs);
}

if (args is [RedisThroughputBenchmark.Mode, .. var redisArgs])
{
    return await RedisThroughputBenchmark.RunAsync(redisArgs);
}

if (args is [ColdStartRun.Mode, .. var coldStartArgs])
{
    return await ColdStartRun.RunAsync(coldStartArgs);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
