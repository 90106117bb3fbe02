using System.Net;
using CloudApi.Sdk.AspNetCore.Tests.Infrastructure;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.AspNetCore.Tests.Endpoint;

public class QueuedModeTests
{
    [Fact]
    public async Task Post_QueuedMode_AnswersBeforeTheHandlerFinishes()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await WebhookHost.StartAsync(o => o.DispatchMode = WebhookDispatchMode.Queued,
            w => w.OnMessage<TextMessageReceived>((_, _, _) => release.Task));

        var response = await host.PostSignedAsync(Payloads.Text("wamid.Q1", "slow"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Recorder.Events); // The slow handler (registered first) still holds the event.
        release.SetResult();
        await host.Recorder.WaitForAsync(1);
        Assert.Equal("wamid.Q1", Assert.IsType<TextMessageReceived>(Assert.Single(host.Recorder.Events)).Id);
    }

    [Fact]
    public async Task Post_QueueFull_Returns503AndLaterDeliveryIsHandled()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await WebhookHost.StartAsync(o =>
        {
            o.DispatchMode = WebhookDispatchMode.Queued;
            o.QueueCapacity = 1;
        }, w => w.OnMessage<TextMessageReceived>((_, _, _) =>
        {
            started.TrySetResult();
            return release.Task;
        }));

        var first = await host.PostSignedAsync(Payloads.Text("wamid.1", "a"));
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        var second = await host.PostSignedAsync(Payloads.Text("wamid.2", "b"));
        var third = await host.PostSignedAsync(Payloads.Text("wamid.3", "c"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, third.StatusCode);

        release.SetResult();
        await host.Recorder.WaitForAsync(2);
        var retried = await host.PostSignedAsync(Payloads.Text("wamid.3", "c"));
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        await host.Recorder.WaitForAsync(3);
        Assert.Equal(["wamid.1", "wamid.2", "wamid.3"], host.Recorder.Events.Cast<InboundMessage>().Select(m => m.Id));
    }

    [Fact]
    public async Task Post_QueuedModeThrowingHandler_OtherEventsStillHandled()
    {
        await using var host = await WebhookHost.StartAsync(o => o.DispatchMode = WebhookDispatchMode.Queued,
            w => w.OnMessage<TextMessageReceived>((m, _, _) => m.Body == "first" ? throw new InvalidOperationException("boom") : Task.CompletedTask));

        await host.PostSignedAsync(Payloads.TwoTexts("wamid.A", "wamid.B"));

        await host.Recorder.WaitForAsync(2);
        Assert.Equal(["wamid.A", "wamid.B"], host.Recorder.Events.Cast<InboundMessage>().Select(m => m.Id));
    }
}
