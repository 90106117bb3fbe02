using CloudApi.Sdk.Emulator.Tests.Infrastructure;

namespace CloudApi.Sdk.Emulator.Tests;

public sealed class LimitTests
{
    private static string Recipient(int i) => $"+1650555{i:D4}";

    [Fact]
    public async Task Throughput_BurstAtDefault80_80thAcceptedAnd81stRefusedWith130429()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        for (var i = 0; i < 80; i++)
        {
            Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text(Recipient(i))));
        }

        Assert.Equal(130429, await harness.SendCodeAsync(EmulatorHarness.Text(Recipient(80))));
        var stats = harness.Emulator.Stats;
        Assert.Equal(80, stats.Total.Accepted);
        Assert.Equal(1, stats.PhoneNumbers[EmulatorHarness.NumberId].ErrorCount(130429));
    }

    [Fact]
    public async Task Throughput_NumberAt1000Mps_1000thAcceptedAnd1001stRefused()
    {
        await using var harness = await EmulatorHarness.StartAsync(messagesPerSecond: 1000);
        var codes = new List<int>();
        for (var i = 0; i < 1001; i++)
        {
            codes.Add(await harness.SendCodeAsync(EmulatorHarness.Text(Recipient(i))));
        }

        Assert.All(codes.Take(1000), c => Assert.Equal(0, c));
        Assert.Equal(130429, codes[1000]);
    }

    [Fact]
    public async Task Throughput_RefusedMessage_DoesNotConsumeBudget()
    {
        await using var harness = await EmulatorHarness.StartAsync(messagesPerSecond: 2);
        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text(Recipient(1))));
        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text(Recipient(2))));
        Assert.Equal(130429, await harness.SendCodeAsync(EmulatorHarness.Text(Recipient(3))));
        Assert.Equal(130429, await harness.SendCodeAsync(EmulatorHarness.Text(Recipient(3))));

        // One second after the first two, they have left the window: two more fit, the refused ones took nothing.
        harness.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text(Recipient(3))));
        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text(Recipient(4))));
        Assert.Equal(130429, await harness.SendCodeAsync(EmulatorHarness.Text(Recipient(5))));
    }

    [Fact]
    public async Task Throughput_SenderSpacedEvenlyAtTheRateFromIdle_IsNeverRefused()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        for (var i = 0; i < 240; i++)
        {
            if (i > 0)
            {
                harness.Time.Advance(TimeSpan.FromSeconds(1) / 80);
            }

            Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text(Recipient(1000 + i))));
        }

        // Every one-second window now holds 80: one more at the same instant as the last is one too many.
        Assert.Equal(130429, await harness.SendCodeAsync(EmulatorHarness.Text(Recipient(5000))));
    }

    [Fact]
    public async Task Throughput_JudgedInAStrictSlidingWindow_NoBurstOnTopOfTheRate()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        for (var i = 0; i < 80; i++)
        {
            Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text(Recipient(i))));
        }

        // A token bucket would have refilled one token after 1/80 s; a window counting arrivals still holds 80.
        harness.Time.Advance(TimeSpan.FromSeconds(1) / 80);
        Assert.Equal(130429, await harness.SendCodeAsync(EmulatorHarness.Text(Recipient(100))));
        harness.Time.Advance(TimeSpan.FromSeconds(1) - (TimeSpan.FromSeconds(1) / 80) - TimeSpan.FromTicks(1));
        Assert.Equal(130429, await harness.SendCodeAsync(EmulatorHarness.Text(Recipient(100))));
        harness.Time.Advance(TimeSpan.FromTicks(1));
        for (var i = 0; i < 80; i++)
        {
            Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text(Recipient(200 + i))));
        }

        Assert.Equal(130429, await harness.SendCodeAsync(EmulatorHarness.Text(Recipient(300))));
    }

    [Fact]
    public async Task PairLimit_BurstOf45_46thRefusedWith131056AndOneMoreAccepted6SecondsLater()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var user = "+16505550001";
        for (var i = 0; i < 45; i++)
        {
            Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text(user, $"m{i}")));
        }

        Assert.Equal(131056, await harness.SendCodeAsync(EmulatorHarness.Text(user, "m45")));
        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text("+16505550002")));

        harness.Time.Advance(TimeSpan.FromSeconds(6) - TimeSpan.FromTicks(1));
        Assert.Equal(131056, await harness.SendCodeAsync(EmulatorHarness.Text(user, "m45")));
        harness.Time.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text(user, "m45")));
        Assert.Equal(131056, await harness.SendCodeAsync(EmulatorHarness.Text(user, "m46")));

        var pair = harness.Emulator.Stats.ForPair(EmulatorHarness.NumberId, "16505550001")!;
        Assert.Equal(46, pair.Accepted);
        Assert.Equal(3, pair.ErrorCount(131056));
        Assert.Equal(0, harness.Emulator.Stats.ForPair(EmulatorHarness.NumberId, "16505550002")!.ErrorCount(131056));
    }

    [Fact]
    public async Task PairLimit_BurstOfN_IsPaidBackAtNTimes6Seconds()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var user = "+16505550003";
        for (var i = 0; i < 45; i++)
        {
            Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text(user, $"m{i}")));
        }

        // Budget is whole again after 45 x 6 s: another burst of 45 passes, the 46th does not.
        harness.Time.Advance(TimeSpan.FromSeconds(45 * 6));
        for (var i = 0; i < 45; i++)
        {
            Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text(user, $"n{i}")));
        }

        Assert.Equal(131056, await harness.SendCodeAsync(EmulatorHarness.Text(user, "n45")));
    }
}
