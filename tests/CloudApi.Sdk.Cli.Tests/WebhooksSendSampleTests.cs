using System.Net;
using System.Net.Sockets;
using CloudApi.Sdk.Cli.Webhooks;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.Cli.Tests;

public sealed class WebhooksSendSampleTests(WebhookEndpointHost endpoint) : IClassFixture<WebhookEndpointHost>
{
    private static readonly Dictionary<string, string?> Secret = new() { ["WhatsApp:AppSecret"] = WebhookEndpointHost.AppSecret };

    public static TheoryData<string> SampleNames() => [.. WebhookSamples.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(SampleNames))]
    public async Task SendSample_ToTheSdkEndpoint_SignatureVerifiedAndParsedAsItsEvent(string name)
    {
        var run = await CliRun.RunAsync(Secret, "webhooks", "send-sample", name, endpoint.Url.ToString());

        Assert.True(run.ExitCode == 0, run.ToString());
        var received = await endpoint.NextEventAsync();
        Assert.IsType(WebhookSamples.Find(name)!.EventType, received);
        Assert.Equal($"Posted {name} ({received.GetType().Name}) to {endpoint.Url}: 200 OK", run.Output.Trim());
    }

    [Fact]
    public async Task SendSample_Text_CarriesTheUserAndNumberGiven()
    {
        var run = await CliRun.RunAsync(Secret,
            "webhooks", "send-sample", "text", endpoint.Url.ToString(), "--from", "447700900123", "--name", "Ana", "--phone-number-id", "106540352242922");

        Assert.True(run.ExitCode == 0, run.ToString());
        var text = Assert.IsType<TextMessageReceived>(await endpoint.NextEventAsync());
        Assert.Equal(("447700900123", "106540352242922", "Ana"), (text.From, text.PhoneNumberId, Assert.Single(text.Contacts).Name));
    }

    [Fact]
    public async Task SendSample_StatusWithMessageId_RefersToThatMessage()
    {
        var run = await CliRun.RunAsync(Secret, "webhooks", "send-sample", "status-read", endpoint.Url.ToString(), "--message-id", "wamid.MINE");

        Assert.True(run.ExitCode == 0, run.ToString());
        var status = Assert.IsType<MessageStatusUpdate>(await endpoint.NextEventAsync());
        Assert.Equal(("wamid.MINE", DeliveryStatus.Read), (status.MessageId, status.Status));
    }

    [Fact]
    public async Task SendSample_WrongSecret_EndpointRefusesItExit1()
    {
        var run = await CliRun.RunAsync(new Dictionary<string, string?>(), "webhooks", "send-sample", "text", endpoint.Url.ToString());

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("signing with the emulator's app secret", run.Error);
        Assert.Contains($"{endpoint.Url} answered 401", run.Error);
        Assert.False(endpoint.HasEvent);
    }

    [Fact]
    public async Task SendSample_NothingListening_Exit4()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var run = await CliRun.RunAsync(Secret, "webhooks", "send-sample", "text", $"http://127.0.0.1:{port}/webhook");

        Assert.Equal(4, run.ExitCode);
        Assert.StartsWith("whatsapp: ", run.Error);
    }

    [Fact]
    public async Task SendSampleHelp_ListsEverySample()
    {
        var run = await CliRun.RunAsync(Secret, "webhooks", "send-sample", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.All(WebhookSamples.All, s => Assert.Matches($@"\n\s+{s.Name}\s+{s.EventType.Name}: ", run.Output));
    }
}
