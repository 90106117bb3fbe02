using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using CloudApi.Sdk.AspNetCore.Conversations;
using CloudApi.Sdk.AspNetCore.Dispatch;
using CloudApi.Sdk.Diagnostics;
using CloudApi.Sdk.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CloudApi.Sdk.AspNetCore;

/// <summary>
/// The webhook endpoint: GET answers Meta's verification handshake; POST reads the raw body within the size limit,
/// verifies its signature, parses it and dispatches its events (inline) or adds it to the inbox (queued); it answers 2xx
/// only once the notification is safe (handled, or stored), so Meta delivers anything else again.
/// </summary>
internal sealed class WebhookEndpoint(
    IOptionsMonitor<WhatsAppOptions> clientOptions,
    IOptionsMonitor<WhatsAppWebhookOptions> webhookOptions,
    IWebhookDispatcher dispatcher,
    IWebhookInbox inbox,
    ConversationArrivals arrivals,
    IHostApplicationLifetime lifetime,
    TimeProvider timeProvider,
    ILogger<WebhookEndpoint> logger)
{
    private const int InitialBufferSize = 16 * 1024;

    /// <summary>Not an HTTP status: the client disconnected while sending, so there is no one to answer.</summary>
    private const int ClientGone = 0;

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
        var body = await ReadBodyAsync(context, settings.MaxBodySize).ConfigureAwait(false);
        if (body.Failure is { } failure)
        {
            if (failure != ClientGone)
            {
                Refuse(context, failure, failure == StatusCodes.Status413PayloadTooLarge ? "body larger than MaxBodySize" : "unreadable request body");
            }

            return;
        }

        try
        {
            await ReceiveAsync(context, settings, secrets, signature, body.Buffer.AsMemory(0, body.Length), receivedAt).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(body.Buffer);
        }
    }

    private async Task ReceiveAsync(HttpContext context, WhatsAppWebhookOptions settings, List<string> secrets, string signature, ReadOnlyMemory<byte> body, DateTimeOffset receivedAt)
    {
        if (body.Length > settings.MaxBodySize)
        {
            Refuse(context, StatusCodes.Status413PayloadTooLarge, "body larger than MaxBodySize");
            return;
        }

        if (!WebhookSignature.IsValid(body.Span, signature, secrets))
        {
            Refuse(context, StatusCodes.Status401Unauthorized, "signature does not match the app secret");
            return;
        }

        WebhookNotification notification;
        try
        {
            notification = WhatsAppWebhookParser.Parse(body);
        }
        catch (WebhookPayloadException)
        {
            Refuse(context, StatusCodes.Status400BadRequest, "body is not a JSON object");
            return;
        }

        using var activity = WhatsAppDiagnostics.StartWebhookReceiveActivity(notification.Events.Count);
        activity?.SetTag("whatsapp.webhook.dispatch_mode", settings.DispatchMode == WebhookDispatchMode.Queued ? "queued" : "inline");

        // Before dispatching or queueing: a handler waiting for this answer may hold the only dispatch slot.
        await arrivals.OfferAsync(notification, body, context.RequestAborted).ConfigureAwait(false);
        context.Response.StatusCode = settings.DispatchMode == WebhookDispatchMode.Queued
            ? await QueueAsync(context, body, notification, receivedAt).ConfigureAwait(false)
            : await DispatchAsync(notification, receivedAt).ConfigureAwait(false);
        if (activity is not null)
        {
            activity.SetTag("http.response.status_code", context.Response.StatusCode);
            if (context.Response.StatusCode >= 500)
            {
                activity.SetStatus(System.Diagnostics.ActivityStatusCode.Error, "answered for redelivery");
                activity.SetTag("error.type", context.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>Answers 200 only once the inbox holds the notification; 503 (Meta delivers again) when it is full or fails.</summary>
    private async Task<int> QueueAsync(HttpContext context, ReadOnlyMemory<byte> body, WebhookNotification notification, DateTimeOffset receivedAt)
    {
        bool added;
        try
        {
            added = await inbox.TryAddAsync(body, notification, receivedAt, context.RequestAborted).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Whatever the inbox's failure, Meta must get a 5xx so that it delivers again.
        catch (Exception e)
#pragma warning restore CA1031
        {
            WebhookLog.InboxFailed(logger, e);
            context.Response.Headers.RetryAfter = "60";
            return StatusCodes.Status503ServiceUnavailable;
        }

        if (!added)
        {
            WebhookLog.QueueFull(logger);
            context.Response.Headers.RetryAfter = "60";
            return StatusCodes.Status503ServiceUnavailable;
        }

        return StatusCodes.Status200OK;
    }

    /// <summary>Answers 200 when every event was handled (or already was); 500 otherwise, so Meta delivers again.</summary>
    private async Task<int> DispatchAsync(WebhookNotification notification, DateTimeOffset receivedAt)
    {
        // Not the request's token: a handler cut off because Meta stopped waiting would fail an event for nothing;
        // only host shutdown cancels (and the events it interrupts are not recorded, so they are redelivered).
        var result = await dispatcher.DispatchAsync(notification, receivedAt, lifetime.ApplicationStopping).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return StatusCodes.Status200OK;
        }

        WebhookLog.AnsweredForRedelivery(logger, result.Failed, notification.Events.Count);
        return StatusCodes.Status500InternalServerError;
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
    /// Content-Length claimed), so the caller can tell "too large" without reading it all. The server's own body limit is
    /// set to the same bound; when it trips first (a chunked body), or the body is malformed, the failure is a status code,
    /// never an exception.
    /// </summary>
    private static async Task<RequestBody> ReadBodyAsync(HttpContext context, long maxBodySize)
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

            return new RequestBody(buffer, length, null);
        }
        catch (BadHttpRequestException e)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return new RequestBody([], 0, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? e.StatusCode : StatusCodes.Status400BadRequest);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return new RequestBody([], 0, ClientGone);
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

    /// <summary>A pooled buffer holding <see cref="Length"/> bytes of the body, or the status code reading failed with.</summary>
    private readonly record struct RequestBody(byte[] Buffer, int Length, int? Failure);
}
