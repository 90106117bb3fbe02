using System.Security.Cryptography;
using CloudApi.Sdk.Flows.Encryption;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.Flows.Endpoint;

/// <summary>
/// The whole of a Flows data-exchange endpoint except HTTP: verifies the signature, decrypts, answers health checks,
/// calls the handler and encrypts its answer. The ASP.NET Core endpoint (<c>MapWhatsAppFlowEndpoint</c>) is built on
/// it; use it directly from another host (Azure Functions, AWS Lambda, a raw listener).
/// </summary>
public sealed class FlowRequestProcessor
{
    /// <summary>The HTTP status for a request that cannot be decrypted: WhatsApp fetches the public key again and retries.</summary>
    public const int DecryptionFailedStatus = 421;

    /// <summary>The HTTP status for a flow token the handler refused.</summary>
    public const int FlowTokenInvalidStatus = 427;

    /// <summary>The HTTP status for a request whose <c>X-Hub-Signature-256</c> does not match the app secret.</summary>
    public const int SignatureInvalidStatus = 432;

    private readonly FlowEndpointCipher _cipher;
    private readonly string _appSecret;

    /// <summary>Creates the processor.</summary>
    /// <param name="cipher">The cipher holding the business private key (not disposed by this instance).</param>
    /// <param name="appSecret">The Meta app secret that signs the requests.</param>
    /// <exception cref="ArgumentException"><paramref name="appSecret"/> is empty.</exception>
    public FlowRequestProcessor(FlowEndpointCipher cipher, string appSecret)
    {
        ArgumentNullException.ThrowIfNull(cipher);
        ArgumentException.ThrowIfNullOrEmpty(appSecret);
        _cipher = cipher;
        _appSecret = appSecret;
    }

    /// <summary>Processes one request body.</summary>
    /// <param name="body">The raw body, exactly as received.</param>
    /// <param name="signatureHeader">The <c>X-Hub-Signature-256</c> header, or <see langword="null"/>.</param>
    /// <param name="handler">Answers the decrypted request.</param>
    /// <param name="cancellationToken">Cancelled when the caller goes away.</param>
    /// <returns>The status and encrypted body to send.</returns>
    /// <remarks>Exceptions of the handler other than <see cref="FlowTokenInvalidException"/> propagate (a 500 for the host).</remarks>
    public async ValueTask<FlowEndpointResult> ProcessAsync(ReadOnlyMemory<byte> body, string? signatureHeader, IWhatsAppFlowHandler handler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (!WebhookSignature.IsValid(body.Span, signatureHeader, _appSecret))
        {
            return new FlowEndpointResult(SignatureInvalidStatus, null, "X-Hub-Signature-256 missing or not signed with the app secret");
        }

        FlowEncryptedRequest envelope;
        try
        {
            envelope = FlowEncryptedRequest.Parse(body.Span);
        }
        catch (FormatException exception)
        {
            return new FlowEndpointResult(400, null, exception.Message);
        }

        FlowExchange exchange;
        try
        {
            exchange = _cipher.Decrypt(envelope);
        }
        catch (FlowDecryptionException exception)
        {
            return new FlowEndpointResult(DecryptionFailedStatus, null, exception.Message);
        }

        using (exchange)
        {
            FlowRequest request;
            try
            {
                request = FlowRequest.Parse(exchange.RequestJson);
            }
            catch (FormatException)
            {
                return new FlowEndpointResult(400, null, "the decrypted request is not a JSON object");
            }

            FlowResponse response;
            if (request.Action == FlowRequestAction.Ping)
            {
                response = FlowResponse.HealthCheck();
            }
            else
            {
                try
                {
                    response = await handler.HandleAsync(request, cancellationToken).ConfigureAwait(false);
                }
                catch (FlowTokenInvalidException exception)
                {
                    return new FlowEndpointResult(FlowTokenInvalidStatus, null, exception.Message);
                }
            }

            var json = response.ToJsonUtf8();
            try
            {
                return new FlowEndpointResult(200, exchange.EncryptResponse(json), $"answered {request.Action}");
            }
            finally
            {
                CryptographicOperations.ZeroMemory(json);
            }
        }
    }
}
