using System.Diagnostics;

namespace CloudApi.Sdk.Emulator.Tests.Infrastructure;

/// <summary>Waits, bounded, for background work (the webhook worker) to reach a state. Not a timing assertion.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string because)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(10))
            {
                Assert.Fail("Timed out waiting: " + because);
            }

            await Task.Yield();
        }
    }
}
