using System.Threading.Channels;
using CloudApi.Sdk.Webhooks;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CloudApi.Sdk.Tests.Groups;

/// <summary>A loopback webhook endpoint that parses every body the emulator posts with the SDK's parser.</summary>
internal sealed class GroupWebhookCollector : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly Channel<WebhookEvent> _events = Channel.CreateUnbounded<WebhookEvent>();

    public GroupWebhookCollector()
    {
        _server.Given(Request.Create().WithPath("/webhook").UsingPost()).RespondWith(Response.Create().WithCallback(request =>
        {
            foreach (var e in WhatsAppWebhookParser.Parse(request.BodyAsBytes!).Events)
            {
                _events.Writer.TryWrite(e);
            }

            return new WireMock.ResponseMessage { StatusCode = 200 };
        }));
    }

    public Uri Url => new(_server.Url + "/webhook");

    /// <summary>The next event of type <typeparamref name="T"/> that matches, skipping the others (a 10 s safety net, never reached when the emulator works).</summary>
    public async Task<T> NextAsync<T>(Func<T, bool>? match = null)
        where T : WebhookEvent
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        while (true)
        {
            var next = await _events.Reader.ReadAsync(timeout.Token);
            if (next is T typed && (match is null || match(typed)))
            {
                return typed;
            }
        }
    }

    /// <summary>The next <paramref name="count"/> events of type <typeparamref name="T"/>.</summary>
    public async Task<List<T>> NextAsync<T>(int count)
        where T : WebhookEvent
    {
        var list = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(await NextAsync<T>());
        }

        return list;
    }

    public void Dispose() => _server.Dispose();
}
