using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CloudApi.Sdk.Tests.DependencyInjection;

/// <summary>The access token appears in no log record (at Trace level), no exception message and no ToString().</summary>
public sealed class SecretRedactionTests
{
    private const string Secret = "EAAGsecret-token-must-not-leak-987654321";

    [Fact]
    public async Task SendsAndFailures_AtTraceLevel_TokenNeverLoggedNorInExceptions()
    {
        var ct = TestContext.Current.CancellationToken;
        using var graph = new GraphServer(
            options => options.AccessToken = Secret,
            services => services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace)).AddFakeLogging());
        graph.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/v26.0/999/messages"))
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(401)
                .WithBody("""{"error":{"message":"Invalid OAuth access token - Cannot parse access token","type":"OAuthException","code":190,"fbtrace_id":"T"}}"""));
        graph.AcceptMessages();

        var exceptions = new List<Exception>();
        await graph.Messages.SendTextAsync("+16505551234", "ok", cancellationToken: ct);
        exceptions.Add(await Assert.ThrowsAsync<WhatsAppApiException>(() => graph.Messages.SendTextAsync("+16505551234", "fail", new SendMessageOptions { PhoneNumberId = "999" }, ct)));
        exceptions.Add(Assert.Throws<WhatsAppValidationException>(() => new TextMessage("")));
        exceptions.Add(await Assert.ThrowsAsync<WhatsAppValidationException>(() => graph.Messages.SendTextAsync("bad", "x", cancellationToken: ct)));

        var logs = graph.Services.GetFakeLogCollector().GetSnapshot();
        Assert.Contains(logs, record => record.Category == "CloudApi.Sdk.Http" && record.Message.Contains("/messages", StringComparison.Ordinal));
        Assert.All(logs, record =>
        {
            Assert.DoesNotContain(Secret, record.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, record.Exception?.ToString() ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, string.Join(";", record.StructuredState ?? []), StringComparison.Ordinal);
        });
        Assert.All(exceptions, e => Assert.DoesNotContain(Secret, e.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(Secret, graph.Client.ToString(), StringComparison.Ordinal);
    }
}
