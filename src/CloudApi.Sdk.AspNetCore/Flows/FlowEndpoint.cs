using CloudApi.Sdk.Flows.Endpoint;
using CloudApi.Sdk.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CloudApi.Sdk.AspNetCore.Flows;

/// <summary>The HTTP side of a Flows data-exchange endpoint: reads the body within its limit and hands it to the <see cref="FlowRequestProcessor"/>.</summary>
internal sealed class FlowEndpoint : IDisposable
{
    private readonly IOptions<WhatsAppFlowEndpointOptions> _options;
    private readonly Lazy<(Sdk.Flows.Encryption.FlowEndpointCipher Cipher, FlowRequestProcessor Processor)> _processor;
    private readonly ILogger<FlowEndpoint> _logger;

    /// <remarks>The options are read on the first request, not here: mapping the endpoint must not bypass start-up validation.</remarks>
    public FlowEndpoint(IOptions<WhatsAppFlowEndpointOptions> options, ILogger<FlowEndpoint> logger)
    {
        _options = options;
        _logger = logger;
        _processor = new(() =>
        {
            var settings = _options.Value;
            var cipher = FlowEndpointKey.Load(settings);
            return (cipher, new FlowRequestProcessor(cipher, settings.AppSecret!));
        });
    }

    public async Task HandleAsync(HttpContext context, IWhatsAppFlowHandler handler)
    {
        var body = await ReadBodyAsync(context).ConfigureAwait(false);
        if (body is null)
        {
            Answer(context, new(StatusCodes.Status413PayloadTooLarge, "body larger than MaxBodySize"));
            return;
        }

        var result = await _processor.Value.Processor.ProcessAsync(body, context.Request.Headers[WebhookSignature.HeaderName], handler, context.RequestAborted).ConfigureAwait(false);
        Answer(context, (result.StatusCode, result.Reason));
        if (result.Body is { } encrypted)
        {
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync(encrypted, context.RequestAborted).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        if (_processor.IsValueCreated)
        {
            _processor.Value.Cipher.Dispose();
        }
    }

    private void Answer(HttpContext context, (int Status, string Reason) result)
    {
        context.Response.StatusCode = result.Status;
        if (result.Status == StatusCodes.Status200OK)
        {
            FlowEndpointLog.Answered(_logger, result.Reason);
        }
        else
        {
            FlowEndpointLog.Refused(_logger, result.Status, result.Reason);
        }
    }

    /// <summary>The body, or null when it is larger than the limit (declared or while reading a chunked body).</summary>
    private async Task<byte[]?> ReadBodyAsync(HttpContext context)
    {
        var limit = _options.Value.MaxBodySize;
        if (context.Request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException)
        {
            // Kestrel's own limits or a malformed chunked body: treated like an oversized one.
            return null;
        }

        return buffer.ToArray();
    }
}
