using Microsoft.Extensions.Time.Testing;

namespace CloudApi.Sdk.Tests.Infrastructure;

public static class FakeTime
{
    /// <summary>
    /// Advances <paramref name="time"/> in steps until <paramref name="task"/> completes: for code that waits on the
    /// fake clock between real I/O. Bounded by <paramref name="maxSteps"/>, so a hang fails instead of spinning.
    /// </summary>
    public static async Task<T> RunAsync<T>(this FakeTimeProvider time, Task<T> task, TimeSpan step, int maxSteps = 200)
    {
        for (var i = 0; i < maxSteps && !task.IsCompleted; i++)
        {
            // Let the I/O in flight progress before moving the clock again.
            await Task.WhenAny(task, Task.Delay(TimeSpan.FromMilliseconds(20), TestContext.Current.CancellationToken));
            time.Advance(step);
        }

        return await task;
    }

    public static async Task RunAsync(this FakeTimeProvider time, Task task, TimeSpan step, int maxSteps = 200) =>
        await time.RunAsync(task.ContinueWith(t => { t.GetAwaiter().GetResult(); return true; }, TaskScheduler.Default), step, maxSteps);
}
