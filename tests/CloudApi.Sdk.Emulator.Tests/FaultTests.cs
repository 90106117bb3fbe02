using System.Net;
using CloudApi.Sdk.Emulator.Tests.Infrastructure;

namespace CloudApi.Sdk.Emulator.Tests;

public sealed class FaultTests
{
    [Fact]
    public async Task ServerError_NextTwoSends_Return500With131000ThenRecover()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.ServerError, Count = 2 });

        for (var i = 0; i < 2; i++)
        {
            using var response = await harness.SendAsync(EmulatorHarness.Text("+16505551234"));
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal(131000, (await EmulatorHarness.JsonAsync(response))["error"]!["code"]!.GetValue<int>());
        }

        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234")));
        Assert.Empty(harness.Emulator.Faults.Active);
        Assert.Equal(2, harness.Emulator.Stats.Total.ErrorCount(131000));
        Assert.Equal(1, harness.Emulator.Stats.Total.Accepted);
    }

    [Fact]
    public async Task ConnectionReset_ClientSeesHttpRequestException_AndNothingIsAccepted()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.ConnectionReset, Count = 1 });

        await Assert.ThrowsAsync<HttpRequestException>(() => harness.SendAsync(EmulatorHarness.Text("+16505551234")));

        Assert.Empty(harness.Emulator.Messages);
        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234")));
    }

    [Fact]
    public async Task AcceptThenDrop_RecordsTheMessage_ButClientGetsAnException()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.AcceptThenDrop, Count = 1 });

        await Assert.ThrowsAsync<HttpRequestException>(() => harness.SendAsync(EmulatorHarness.Text("+16505551234", "lost answer")));

        var message = Assert.Single(harness.Emulator.Messages);
        Assert.Contains("lost answer", message.Body, StringComparison.Ordinal);
        Assert.Equal(1, harness.Emulator.Stats.Total.Accepted);
    }

    [Fact]
    public async Task SlowResponse_AnswersOnlyAfterTheDelayOnTheTimeProvider()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.SlowResponse, Delay = TimeSpan.FromSeconds(20), Count = 1 });

        var send = harness.SendAsync(EmulatorHarness.Text("+16505551234"));
        await Eventually.TrueAsync(() => harness.Emulator.Faults.Active.Count == 0, "the fault is taken");
        await Task.Yield();
        Assert.False(send.IsCompleted);
        Assert.Empty(harness.Emulator.Messages);

        await Eventually.TrueAsync(
            () =>
            {
                harness.Time.Advance(TimeSpan.FromSeconds(20));
                return send.IsCompleted;
            },
            "the answer after 20 s of fake time");
        using var response = await send;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(EmulatorFaultKind.PairRateLimit, 131056)]
    [InlineData(EmulatorFaultKind.ThroughputLimit, 130429)]
    public async Task InjectedLimitError_ReturnsCodeWithHttp400_AndConsumesNoBudget(EmulatorFaultKind kind, int code)
    {
        await using var harness = await EmulatorHarness.StartAsync(messagesPerSecond: 1);
        harness.Emulator.Faults.Add(new EmulatorFault { Kind = kind, Count = 1 });

        using var response = await harness.SendAsync(EmulatorHarness.Text("+16505551234"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await EmulatorHarness.JsonAsync(response))["error"]!["code"]!.GetValue<int>());
        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234")));
        Assert.Equal(1, harness.Emulator.Stats.ForPair(EmulatorHarness.NumberId, "16505551234")!.ErrorCount(code));
    }

    [Fact]
    public async Task FaultForOneNumber_LeavesOtherNumbersAlone()
    {
        await using var harness = await EmulatorHarness.StartAsync(o => o.PhoneNumbers.Add(new EmulatedPhoneNumber { Id = "333", DisplayPhoneNumber = "+1 555-000-0333" }));
        harness.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.ServerError, PhoneNumberId = "333" });

        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234")));
        Assert.Equal(131000, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234"), numberId: "333"));
        Assert.Equal(131000, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234"), numberId: "333"));
    }

    [Fact]
    public async Task RateFault_IsDeterministicForASeed()
    {
        async Task<List<int>> RunAsync()
        {
            await using var harness = await EmulatorHarness.StartAsync(o => o.RandomSeed = 42);
            harness.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.ServerError, Probability = 0.3 });
            var codes = new List<int>();
            for (var i = 0; i < 40; i++)
            {
                codes.Add(await harness.SendCodeAsync(EmulatorHarness.Text($"+1650555{i:D4}")));
            }

            return codes;
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first, second);
        Assert.InRange(first.Count(c => c == 131000), 4, 24);
        Assert.All(first, c => Assert.True(c is 0 or 131000));
    }

    [Fact]
    public async Task FailedDelivery_PostsSentThenFailedWithTheErrorCode()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await EmulatorHarness.StartAsync(o => o.WebhookCallbackUri = receiver.Url);
        harness.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.FailedDelivery, ErrorCode = 131026, Count = 1 });

        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234")));
        var webhooks = await receiver.NextAsync(2);

        Assert.Equal("sent", webhooks[0].Status!["status"]!.GetValue<string>());
        Assert.Equal("failed", webhooks[1].Status!["status"]!.GetValue<string>());
        Assert.Equal(131026, webhooks[1].Status!["errors"]![0]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task FaultsEndpoint_AddsListsAndClearsFaultsOverHttp()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        using (var added = await harness.PostJsonAsync("_emulator/faults", """{"kind":"server_error","count":1}"""))
        {
            Assert.True(added.IsSuccessStatusCode);
        }

        var listed = await harness.GetJsonAsync("_emulator/faults");
        Assert.Equal("server_error", listed["data"]![0]!["kind"]!.GetValue<string>());
        Assert.Equal(131000, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234")));

        using (var again = await harness.PostJsonAsync("_emulator/faults", """{"kind":"throughput_limit"}"""))
        {
            Assert.True(again.IsSuccessStatusCode);
        }

        using (var cleared = await harness.Http.DeleteAsync("_emulator/faults", TestContext.Current.CancellationToken))
        {
            Assert.True(cleared.IsSuccessStatusCode);
        }

        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234")));
        using var bad = await harness.PostJsonAsync("_emulator/faults", """{"kind":"explode"}""");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
