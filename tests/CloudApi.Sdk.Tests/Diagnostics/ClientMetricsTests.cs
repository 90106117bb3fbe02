using CloudApi.Sdk.Tests.Infrastructure;
using CloudApi.Sdk.Tests.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.Tests.Diagnostics;

/// <summary>The client's instruments, read from a real send over loopback HTTP.</summary>
public sealed class ClientMetricsTests
{
    private const string Alice = "+16505551234";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_Accepted_CountsAnAcceptedMessageAndASuccessfulSendDuration()
    {
        using var graph = new GraphServer(configureServices: s => s.AddMetrics()).AcceptMessages();
        using var metrics = new MeasurementRecorder(graph.Services);

        await graph.Messages.SendTextAsync(Alice, "hello", cancellationToken: Ct);

        var sent = Assert.Single(metrics.Of("whatsapp.client.sent.messages"));
        Assert.Equal("accepted", sent["whatsapp.outcome"]);
        Assert.Equal(GraphServer.PhoneNumberId, sent["messaging.destination.name"]);
        var duration = Assert.Single(metrics.Of("whatsapp.client.operation.duration"));
        Assert.Equal("messages.send", duration["whatsapp.operation"]);
        Assert.Equal("success", duration["whatsapp.outcome"]);
    }

    [Theory]
    [InlineData(400, WhatsAppErrorCodes.ReEngagementRequired, "failed", "failure")]
    [InlineData(500, 131000, "unknown", "unknown")]
    public async Task SendAsync_Refused_CountsTheMessageByOutcomeWithTheGraphCode(int status, int code, string messageOutcome, string callOutcome)
    {
        using var graph = new GraphServer(configureServices: s => s.AddMetrics());
        graph.Answer(status, LimitedGraph.Error(code));
        using var metrics = new MeasurementRecorder(graph.Services);

        await Assert.ThrowsAnyAsync<WhatsAppException>(() => graph.Messages.SendTextAsync(Alice, "hello", cancellationToken: Ct));

        var sent = Assert.Single(metrics.Of("whatsapp.client.sent.messages"));
        Assert.Equal(messageOutcome, sent["whatsapp.outcome"]);
        Assert.Equal(code.ToString(System.Globalization.CultureInfo.InvariantCulture), sent["error.type"]);
        Assert.Equal(callOutcome, Assert.Single(metrics.Of("whatsapp.client.operation.duration"))["whatsapp.outcome"]);
    }

    [Fact]
    public async Task GetAsync_OfThePhoneNumber_IsTimedAsPhoneNumbersGet()
    {
        using var graph = new GraphServer(configureServices: s => s.AddMetrics());
        graph.Answer(200, $$"""{"id":"{{GraphServer.PhoneNumberId}}","quality_rating":"GREEN"}""");
        using var metrics = new MeasurementRecorder(graph.Services);

        await graph.Client.PhoneNumbers.GetAsync(cancellationToken: Ct);

        var duration = Assert.Single(metrics.Of("whatsapp.client.operation.duration"));
        Assert.Equal("phone_numbers.get", duration["whatsapp.operation"]);
        Assert.Empty(metrics.Of("whatsapp.client.sent.messages"));
    }
}
