using System.Net.Http.Headers;
using System.Text;
using CloudApi.Sdk.Emulator.Hosting;
using CloudApi.Sdk.Emulator.State;
using Microsoft.Extensions.Hosting;

namespace CloudApi.Sdk.Emulator.Webhooks;

/// <summary>
/// Posts queued webhooks to the callback, signed, <see cref="EmulatorWebhookOptions.MaxConcurrentDeliveries"/> at a time. A failed post (exception or non-2xx) is retried
/// after <see cref="EmulatorWebhookOptions.RetryDelay"/>, doubling, up to <see cref="EmulatorWebhookOptions.MaxAttempts"/>;
/// a delivered post is repeated with probability <see cref="EmulatorWebhookOptions.DuplicateDeliveryRate"/>.
/// </summary>
internal sealed class WebhookWorker : BackgroundService
{
    private readonly EmulatorState _state;
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    public WebhookWorker(EmulatorState state) => _state = state;

    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var callback = _state.Options.WebhookCallbackUri;
        if (callback is null)
        {
            return;
        }

        await Task.WhenAll(Enumerable.Range(0, _state.Options.Webhooks.MaxConcurrentDeliveries).Select(_ => DeliverQueuedAsync(callback, stoppingToken))).ConfigureAwait(false);
    }

    private async Task DeliverQueuedAsync(Uri callback, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var body in _state.Webhooks.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                var bytes = Encoding.UTF8.GetBytes(body);
                if (await DeliverAsync(callback, bytes, stoppingToken).ConfigureAwait(false)
                    && _state.NextRandom() < _state.Options.Webhooks.DuplicateDeliveryRate)
                {
                    await DeliverAsync(callback, bytes, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<bool> DeliverAsync(Uri callback, byte[] body, CancellationToken cancellationToken)
    {
        var options = _state.Options.Webhooks;
        var delay = options.RetryDelay;
        var summary = WebhookSummary.Describe(Encoding.UTF8.GetString(body));
        for (var attempt = 1; ; attempt++)
        {
            var (status, failure) = await PostAsync(callback, body, cancellationToken).ConfigureAwait(false);
            if (failure is null)
            {
                _state.Stats.WebhookDelivered();
                EmulatorLog.WebhookDelivered(_state.Logger, summary, callback, status, attempt);
                return true;
            }

            _state.Stats.WebhookFailed();
            EmulatorLog.WebhookFailed(_state.Logger, summary, callback, failure, attempt, options.MaxAttempts);
            if (attempt >= options.MaxAttempts)
            {
                return false;
            }

            await Task.Delay(delay, _state.Time, cancellationToken).ConfigureAwait(false);
            delay *= 2;
        }
    }

    /// <summary>Posts once; answers the HTTP status and, when the post failed, why.</summary>
    private async Task<(int Status, string? Failure)> PostAsync(Uri callback, byte[] body, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, callback) { Content = content };
        request.Headers.TryAddWithoutValidation(WebhookSigner.HeaderName, WebhookSigner.Sign(body, _state.Options.AppSecret));
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            return (status, response.IsSuccessStatusCode ? null : $"HTTP {status}");
        }
        catch (HttpRequestException e)
        {
            return (0, e.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (0, "timed out");
        }
    }
}
