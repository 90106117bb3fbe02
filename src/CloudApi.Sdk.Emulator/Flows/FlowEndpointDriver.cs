using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Webhooks;

namespace CloudApi.Sdk.Emulator.Flows;

/// <summary>
/// Calls a business's Flows data-exchange endpoint exactly as WhatsApp's client does: a fresh AES-128 key and 16-byte
/// IV per request, the key RSA-OAEP (SHA-256) encrypted with the business public key, the body signed with the app
/// secret, and the answer decrypted with the inverted IV. Test a Flows endpoint end to end on a laptop with it.
/// </summary>
/// <example>
/// <code>
/// using var driver = new FlowEndpointDriver(new HttpClient(), new Uri("http://127.0.0.1:5000/flows"), publicKeyPem, appSecret);
/// var reply = await driver.DataExchangeAsync("ECHO", new JsonObject { ["name"] = "Ana" }, "flow-token-1");
/// // reply.StatusCode == 200, reply.Screen == "ECHO"
/// </code>
/// </example>
public sealed class FlowEndpointDriver : IDisposable
{
    /// <summary>The data API version the driver sends.</summary>
    public const string DataApiVersion = "3.0";

    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private readonly RSA _publicKey;
    private readonly string _appSecret;

    /// <summary>Creates a driver for one endpoint.</summary>
    /// <param name="httpClient">The client to call the endpoint with (not disposed by the driver).</param>
    /// <param name="endpoint">The endpoint's URI (the flow's <c>endpoint_uri</c>).</param>
    /// <param name="businessPublicKeyPem">The business public key (PEM) the endpoint's private key belongs to.</param>
    /// <param name="appSecret">The app secret the endpoint checks signatures with.</param>
    /// <exception cref="ArgumentException">The public key is not an RSA public key in PEM, or the app secret is empty.</exception>
    public FlowEndpointDriver(HttpClient httpClient, Uri endpoint, string businessPublicKeyPem, string appSecret)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentException.ThrowIfNullOrEmpty(businessPublicKeyPem);
        ArgumentException.ThrowIfNullOrEmpty(appSecret);
        _http = httpClient;
        _endpoint = endpoint;
        _appSecret = appSecret;
        _publicKey = RSA.Create();
        try
        {
            _publicKey.ImportFromPem(businessPublicKeyPem);
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException)
        {
            _publicKey.Dispose();
            throw new ArgumentException("The business public key is not an RSA public key in PEM.", nameof(businessPublicKeyPem), exception);
        }
    }

    /// <summary>Sends WhatsApp's health check (<c>{"action":"ping"}</c>); a healthy endpoint answers <c>{"data":{"status":"active"}}</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reply.</returns>
    public Task<FlowEndpointReply> PingAsync(CancellationToken cancellationToken = default) =>
        SendAsync(new JsonObject { ["version"] = DataApiVersion, ["action"] = "ping" }, cancellationToken);

    /// <summary>Sends INIT, as when a user opens a flow sent with <c>flow_action</c> <c>data_exchange</c>.</summary>
    /// <param name="flowToken">The flow token the message carried.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reply.</returns>
    public Task<FlowEndpointReply> InitAsync(string flowToken, CancellationToken cancellationToken = default) =>
        SendAsync(Request("INIT", null, null, flowToken), cancellationToken);

    /// <summary>Sends BACK from <paramref name="screen"/>, as when the user goes back to a screen with <c>refresh_on_back</c>.</summary>
    /// <param name="screen">The screen.</param>
    /// <param name="flowToken">The flow token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reply.</returns>
    public Task<FlowEndpointReply> BackAsync(string screen, string flowToken, CancellationToken cancellationToken = default) =>
        SendAsync(Request("BACK", screen, null, flowToken), cancellationToken);

    /// <summary>Sends a <c>data_exchange</c> from <paramref name="screen"/> with the payload a component's action carries.</summary>
    /// <param name="screen">The screen the user is on.</param>
    /// <param name="data">The action's payload.</param>
    /// <param name="flowToken">The flow token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reply.</returns>
    public Task<FlowEndpointReply> DataExchangeAsync(string screen, JsonObject? data, string flowToken, CancellationToken cancellationToken = default) =>
        SendAsync(Request("data_exchange", screen, data, flowToken), cancellationToken);

    /// <summary>Sends an error notification, as WhatsApp does when the endpoint's last answer could not be used.</summary>
    /// <param name="screen">The screen.</param>
    /// <param name="error">The error code, e.g. <c>INVALID_SCREEN_TRANSITION</c>.</param>
    /// <param name="errorMessage">The error message.</param>
    /// <param name="flowToken">The flow token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reply (a healthy endpoint acknowledges it).</returns>
    public Task<FlowEndpointReply> SendErrorNotificationAsync(string screen, string error, string errorMessage, string flowToken, CancellationToken cancellationToken = default) =>
        SendAsync(Request("data_exchange", screen, new JsonObject { ["error"] = error, ["error_message"] = errorMessage }, flowToken), cancellationToken);

    /// <summary>Encrypts, signs and posts any decrypted request, then decrypts the answer.</summary>
    /// <param name="request">The request as WhatsApp would send it decrypted.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reply.</returns>
    /// <exception cref="FlowEndpointException">The endpoint answered 200 with a body that does not decrypt to JSON.</exception>
    public async Task<FlowEndpointReply> SendAsync(JsonObject request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var aesKey = RandomNumberGenerator.GetBytes(16);
        var iv = RandomNumberGenerator.GetBytes(16);
        try
        {
            var envelope = new JsonObject
            {
                ["encrypted_flow_data"] = Convert.ToBase64String(FlowSeal.Seal(aesKey, iv, Encoding.UTF8.GetBytes(request.ToJsonString()))),
                ["encrypted_aes_key"] = Convert.ToBase64String(_publicKey.Encrypt(aesKey, RSAEncryptionPadding.OaepSHA256)),
                ["initial_vector"] = Convert.ToBase64String(iv),
            };
            var body = Encoding.UTF8.GetBytes(envelope.ToJsonString());
            using var message = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new ByteArrayContent(body) };
            message.Content.Headers.ContentType = new("application/json");
            message.Headers.TryAddWithoutValidation(WebhookSigner.HeaderName, WebhookSigner.Sign(body, _appSecret));
            using var response = await _http.SendAsync(message, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status != 200)
            {
                return new FlowEndpointReply(status, null);
            }

            var answer = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return new FlowEndpointReply(status, Decrypt(aesKey, iv, answer));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(aesKey);
        }
    }

    /// <summary>Disposes the public key.</summary>
    public void Dispose() => _publicKey.Dispose();

    private static JsonObject Request(string action, string? screen, JsonObject? data, string flowToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(flowToken);
        var request = new JsonObject { ["version"] = DataApiVersion, ["action"] = action };
        if (screen is not null)
        {
            request["screen"] = screen;
        }

        request["data"] = data is null ? new JsonObject() : data.DeepClone();
        request["flow_token"] = flowToken;
        return request;
    }

    private static JsonElement Decrypt(byte[] aesKey, byte[] iv, string answer)
    {
        byte[] sealedBytes;
        try
        {
            sealedBytes = Convert.FromBase64String(answer.Trim());
        }
        catch (FormatException exception)
        {
            throw new FlowEndpointException("The endpoint's answer is not base64.", exception);
        }

        var flipped = new byte[iv.Length];
        for (var i = 0; i < iv.Length; i++)
        {
            flipped[i] = (byte)~iv[i];
        }

        var plaintext = FlowSeal.Open(aesKey, flipped, sealedBytes)
            ?? throw new FlowEndpointException("The endpoint's answer does not decrypt with the request's AES key and the inverted IV.");
        try
        {
            using var document = JsonDocument.Parse(plaintext);
            return document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new FlowEndpointException("The endpoint's decrypted answer is not JSON.", exception);
        }
    }
}
