using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using CloudApi.Sdk.AspNetCore.Dispatch;
using CloudApi.Sdk.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CloudApi.Sdk.AspNetCore;

/// <summary>
/// The webhook endpoint: GET answers Meta's verification handshake; POST reads the raw body within the size limit,
/// verifies its signature, parses it and dispatches its events (inline, or through the queue).
/// </summary>
internal sealed class WebhookEndpoint(
    IOptionsMonitor<WhatsAppOptions> clientOptions,
    IOptionsMonitor<WhatsAppWebhookOptions> webhookOptions,
    WebhookDispatcher dispatcher,
    WebhookQueue queue,
    IHostApplicationLifetime lifetime,
    TimeProvider timeProvider,
    ILogger<WebhookEndpoint> logger)
{
    private const int InitialBufferSize = 16 * 1024;

    public Task HandleAsync(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) ? VerifyAsync(context) : ReceiveAsync(context);

    private Task VerifyAsync(HttpContext context)
    {
        var query = context.Request.Query;
        string? mode = query["hub.mode"], token = query["hub.verify_token"], challenge = query["hub.challenge"];
        var expected = clientOptions.Get(webhookOptions.CurrentValue.ClientName).VerifyToken;
        if (mode != "subscribe" || string.IsNullOrEmpty(challenge) || string.IsNullOrEmpty(expected) || !TokensMatch(token, expected))
        {
            WebhookLog.VerificationRefused(logger, mode);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        WebhookLog.VerificationAccepted(logger);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return context.Response.WriteAsync(challenge, context.RequestAborted);
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        var settings = webhookOptions.CurrentValue;
        var secrets = AppSecrets(settings);
        if (secrets.Count == 0)
        {
            WebhookLog.NoAppSecret(logger, settings.ClientName);
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        var request = context.Request;
        if (request.ContentLength > settings.MaxBodySize)
        {
            Refuse(context, StatusCodes.Status413PayloadTooLarge, "body larger than MaxBodySize");
            return;
        }

        string? signature = request.Headers[WebhookSignature.HeaderName];
        if (string.IsNullOrEmpty(signature))
        {
            Refuse(context, StatusCodes.Status401Unauthorized, "no X-Hub-Signature-256 header");
            return;
        }

        var receivedAt = timeProvider.GetUtcNow();
        var (buffer, length) = await ReadBodyAsync(context, settings.MaxBodySize).ConfigureAwait(false);
        WebhookNotification notification;
        try
        {
            if (length > settings.MaxBodySize)
            {
                Refuse(context, StatusCodes.Status413PayloadTooLarge, "body larger than MaxBodySize");
                return;
            }

            var body = buffer.AsSpan(0, length);
            if (!WebhookSignature.IsValid(body, signature, secrets))
            {
                Refuse(context, StatusCodes.Status401Unauthorized, "signature does not match the app secret");
                return;
            }

            try
            {
                notification = WhatsAppWebhookParser.Parse(body);
            }
            catch (WebhookPayloadException)
            {
                Refuse(context, StatusCodes.Status400BadRequest, "body is not a JSON object");
                return;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (settings.DispatchMode == WebhookDispatchMode.Queued)
        {
            if (!queue.TryEnqueue(notification, receivedAt))
            {
                WebhookLog.QueueFull(logger, queue.Capacity);
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = "60";
                return;
            }
        }
        else
        {
            // Not the request's token: once dispatch starts, events are marked as seen, so it must finish
            // even if Meta stops waiting; only host shutdown cancels it.
            await dispatcher.DispatchAsync(notification, receivedAt, lifetime.ApplicationStopping).ConfigureAwait(false);
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    private List<string> AppSecrets(WhatsAppWebhookOptions settings)
    {
        var secrets = new List<string>(1 + settings.AdditionalAppSecrets.Count);
        if (clientOptions.Get(settings.ClientName).AppSecret is { Length: > 0 } current)
        {
            secrets.Add(current);
        }

        foreach (var secret in settings.AdditionalAppSecrets)
        {
            if (!string.IsNullOrEmpty(secret))
            {
                secrets.Add(secret);
            }
        }

        return secrets;
    }

    /// <summary>
    /// Reads the body into a pooled buffer, stopping one byte past <paramref name="maxBodySize"/> (whatever
    /// Content-Length claimed), so the caller can tell "too large" without reading it all.
    /// </summary>
    private static async Task<(byte[] Buffer, int Length)> ReadBodyAsync(HttpContext context, long maxBodySize)
    {
        var limit = (int)Math.Min(maxBodySize + 1, int.MaxValue);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        var initial = context.Request.ContentLength is { } declared && declared < limit ? (int)declared + 1 : Math.Min(InitialBufferSize, limit);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initial, 1));
        var length = 0;
        try
        {
            while (length < limit)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, limit));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await context.Request.Body.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, limit) - length), context.RequestAborted).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return (buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private void Refuse(HttpContext context, int statusCode, string reason)
    {
        WebhookLog.Refused(logger, reason);
        context.Response.StatusCode = statusCode;
    }

    /// <summary>Compares the tokens' SHA-256 digests in constant time, so neither content nor length leaks through timing.</summary>
    private static bool TokensMatch(string? given, string expected)
    {
        if (given is null)
        {
            return false;
        }

        Span<byte> a = stackalloc byte[32];
        Span<byte> b = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(given), a);
        SHA256.HashData(Encoding.UTF8.GetBytes(expected), b);
        return CryptographicOperations.FixedTimeEquals(a, b);
    }
}
