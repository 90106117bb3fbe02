using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CloudApi.Sdk.Diagnostics;
using Polly.Timeout;

namespace CloudApi.Sdk.Http;

/// <summary>
/// One tenant's way to the Graph API: builds versioned URIs, puts that tenant's token on each request (never on a shared
/// <see cref="HttpClient.DefaultRequestHeaders"/>), reads responses and maps errors. Every sub-client sends through it.
/// </summary>
internal sealed class GraphConnection
{
    private readonly HttpClient _http;
    private readonly string _baseAddress;
    private readonly string _versionPrefix;
    private readonly AuthenticationHeaderValue _authorization;
    private readonly ConcurrentDictionary<string, Uri> _messagesUris = new(StringComparer.Ordinal);
    private readonly WhatsAppClientMetrics? _metrics;

    /// <summary>Set on a request that must go without any Authorization header (the code exchange authenticates with the app secret).</summary>
    public static readonly HttpRequestOptionsKey<bool> Unauthenticated = new("CloudApi.Sdk.Unauthenticated");

    public GraphConnection(HttpClient http, WhatsAppOptions options, TimeProvider timeProvider, WhatsAppClientMetrics? metrics = null)
    {
        _http = http;
        _metrics = metrics;
        Options = options;
        TimeProvider = timeProvider;
        var baseAddress = options.BaseAddress.AbsoluteUri;
        _baseAddress = baseAddress.EndsWith('/') ? baseAddress : baseAddress + "/";
        _versionPrefix = _baseAddress + options.ApiVersion + "/";
        _authorization = new AuthenticationHeaderValue("Bearer", options.AccessToken);
        UploadAuthorization = new AuthenticationHeaderValue("OAuth", options.AccessToken);
    }

    /// <summary>The tenant's options (a snapshot taken when the client was created).</summary>
    public WhatsAppOptions Options { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>The authorization header of this tenant; also used to download media from Meta's CDN.</summary>
    public AuthenticationHeaderValue Authorization => _authorization;

    /// <summary>The same token in the <c>OAuth</c> scheme the resumable-upload endpoints (<c>/upload:{session}</c>) expect.</summary>
    public AuthenticationHeaderValue UploadAuthorization { get; }

    /// <summary>The underlying client, for calls outside the versioned Graph path (media download URLs).</summary>
    public HttpClient HttpClient => _http;

    /// <summary>Builds <c>{base}/{version}/{relativePath}</c>. <paramref name="relativePath"/> must already be escaped.</summary>
    public Uri CreateUri(string relativePath) => new(_versionPrefix + relativePath, UriKind.Absolute);

    /// <summary>Builds <c>{base}/{apiVersion}/{relativePath}</c>: a call that overrides the tenant's version.</summary>
    public Uri CreateUri(string relativePath, string apiVersion) => new(_baseAddress + apiVersion + "/" + relativePath, UriKind.Absolute);

    /// <summary>GETs a Graph path and deserializes the answer.</summary>
    public Task<T> GetAsync<T>(string relativePath, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, CreateUri(relativePath));
        return SendAsync(request, Parser(responseType), cancellationToken);
    }

    /// <summary>GETs a Graph path, deserializes the answer into its wire type and maps it to the public result.</summary>
    public Task<T> GetAsync<TWire, T>(string relativePath, JsonTypeInfo<TWire> wireType, Func<TWire, GraphSource, T> map, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, CreateUri(relativePath));
        return SendAsync(request, Mapper(wireType, map), cancellationToken);
    }

    /// <summary>DELETEs a Graph path and deserializes the answer.</summary>
    public Task<T> DeleteAsync<T>(string relativePath, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, CreateUri(relativePath));
        return SendAsync(request, Parser(responseType), cancellationToken);
    }

    /// <summary>POSTs <paramref name="body"/> as JSON to a Graph path and deserializes the answer.</summary>
    public Task<TResponse> PostAsync<TRequest, TResponse>(
        string relativePath, TRequest body, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, CreateUri(relativePath))
        {
            Content = PooledJsonContent.Create((body, requestType), static (writer, state) => JsonSerializer.Serialize(writer, state.body, state.requestType)),
        };
        return SendAsync(request, Parser(responseType), cancellationToken);
    }

    /// <summary>
    /// Sends <paramref name="request"/> (and disposes it) with this tenant's token; parses a 2xx body with
    /// <paramref name="parse"/>, throws <see cref="WhatsAppApiException"/> for any other status.
    /// </summary>
    public Task<T> SendAsync<T>(HttpRequestMessage request, ResponseParser<T> parse, CancellationToken cancellationToken) =>
        SendObservedAsync(request, message: null, parse, cancellationToken);

    /// <summary>
    /// Sends a message (<c>POST /{phone-number-id}/messages</c>). A failure that leaves the outcome unknown (a timeout or a
    /// broken connection once the request may have been written, or a 5xx) becomes <see cref="MessageOutcomeUnknownException"/>:
    /// such a send is never retried silently.
    /// </summary>
    public Task<T> SendMessageAsync<T>(HttpRequestMessage request, MessageSend send, ResponseParser<T> parse, CancellationToken cancellationToken)
    {
        request.Options.Set(MessageSend.Key, send);
        if (request.Content is PooledJsonContent content)
        {
            content.Message = send;
        }

        return SendObservedAsync(request, send, parse, cancellationToken);
    }

    /// <summary>The URI of <c>POST /{phone-number-id}/messages</c>, built once per number: the send path's hottest URI.</summary>
    public Uri MessagesUri(string phoneNumberId) =>
        _messagesUris.TryGetValue(phoneNumberId, out var uri) ? uri : _messagesUris.GetOrAdd(phoneNumberId, id => CreateUri(id + "/messages"));

    /// <summary>
    /// The call with its span and metrics when something listens; without a listener, the call itself (no timing, no tags,
    /// no second state machine).
    /// </summary>
    private Task<T> SendObservedAsync<T>(HttpRequestMessage request, MessageSend? message, ResponseParser<T> parse, CancellationToken cancellationToken) =>
        WhatsAppTelemetry.Source.HasListeners() || _metrics is { Enabled: true }
            ? SendTracedAsync(request, message, parse, cancellationToken)
            : SendCoreAsync(request, message, parse, cancellationToken);

    private async Task<T> SendTracedAsync<T>(HttpRequestMessage request, MessageSend? message, ResponseParser<T> parse, CancellationToken cancellationToken)
    {
        var started = TimeProvider.GetTimestamp();
        var host = request.RequestUri?.Host ?? string.Empty;
        string operation;
        Activity? activity;
        if (message is not null)
        {
            operation = GraphOperations.SendMessage;
            activity = WhatsAppTelemetry.StartSend(
                message.PhoneNumberId, message.MessageType, Options.RecordRecipientsInTelemetry ? message.Recipient : null, host, TimeProvider);
        }
        else
        {
            operation = GraphOperations.Name(request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, Options.PhoneNumberId, Options.BusinessAccountId);
            activity = WhatsAppTelemetry.StartCall(operation, request.Method.Method, host, TimeProvider);
        }

        T result;
        try
        {
            result = await SendCoreAsync(request, message, parse, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            var errorType = ErrorType(e);
            var outcome = e is MessageOutcomeUnknownException ? "unknown" : "failure";
            if (activity is not null)
            {
                WhatsAppTelemetry.Failed(activity, errorType, StatusCode(e), TimeProvider);
            }

            _metrics?.Completed(operation, outcome, errorType, message?.PhoneNumberId, TimeProvider.GetElapsedTime(started));
            throw;
        }

        if (activity is not null)
        {
            var graphResult = result as GraphResult;
            WhatsAppTelemetry.Succeeded(activity, graphResult?.Response?.StatusCode, graphResult?.TelemetryMessageId, TimeProvider);
        }

        _metrics?.Completed(operation, "success", errorType: null, message?.PhoneNumberId, TimeProvider.GetElapsedTime(started));
        return result;
    }

    /// <summary>The <c>error.type</c> of a failed call: the Graph error code, else the HTTP status, else the exception's type.</summary>
    private static string ErrorType(Exception exception) => exception switch
    {
        WhatsAppApiException api => ApiErrorType(api),
        MessageOutcomeUnknownException { InnerException: WhatsAppApiException api } => ApiErrorType(api),
        MessageOutcomeUnknownException { InnerException: { } inner } => inner.GetType().FullName ?? inner.GetType().Name,
        _ => exception.GetType().FullName ?? exception.GetType().Name,
    };

    private static string ApiErrorType(WhatsAppApiException api) =>
        (api.ErrorCode ?? (int)api.StatusCode).ToString(CultureInfo.InvariantCulture);

    private static int? StatusCode(Exception exception) => exception switch
    {
        WhatsAppApiException api => (int)api.StatusCode,
        MessageOutcomeUnknownException { InnerException: WhatsAppApiException api } => (int)api.StatusCode,
        _ => null,
    };

    private async Task<T> SendCoreAsync<T>(HttpRequestMessage request, MessageSend? message, ResponseParser<T> parse, CancellationToken cancellationToken)
    {
        try
        {
            using (request)
            {
                // A call that needs another scheme (the resumable upload's OAuth) sets its own; everything else gets Bearer.
                if (!request.Options.TryGetValue(Unauthenticated, out var unauthenticated) || !unauthenticated)
                {
                    request.Headers.Authorization ??= _authorization;
                }
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                using var body = await ResponseBody.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    throw GraphErrorReader.Read(response, body.Span, TimeProvider);
                }

                try
                {
                    return parse(body.Span, new GraphResponse((int)response.StatusCode, response.Headers));
                }
                catch (JsonException e)
                {
                    throw new WhatsAppException(
                        $"The Graph API answered HTTP {(int)response.StatusCode} with a body that is not the expected JSON.", e);
                }
            }
        }
        catch (WhatsAppApiException e) when (message is not null && (int)e.StatusCode >= 500 && !IsDefiniteRefusal(e))
        {
            throw Unknown(message, $"the server answered HTTP {(int)e.StatusCode}", e);
        }
        catch (WhatsAppException e) when (message is not null && e.InnerException is JsonException)
        {
            throw Unknown(message, "the server's answer is not a send answer", e);
        }
        catch (HttpRequestException e) when (NeverSent(e))
        {
            throw new RequestNotSentException(e.HttpRequestError, e);
        }
        catch (HttpRequestException e) when (message is not null)
        {
            throw Unknown(message, "the connection failed after the request may have been written", e);
        }
        catch (TimeoutRejectedException e) when (message is not null)
        {
            throw Unknown(message, "no answer came within the timeout", e);
        }
        catch (OperationCanceledException e) when (message is not null && message.MayHaveBeenWritten)
        {
            throw Unknown(
                message,
                cancellationToken.IsCancellationRequested
                    ? "the send was cancelled after its request may have been written"
                    : "the request was cancelled by a timeout before an answer came",
                e);
        }
    }

    /// <summary>
    /// A 5xx whose Graph error says the message was not taken (134102, "Marketing Messages API unavailable", comes as HTTP
    /// 500): a refusal, not an unknown outcome.
    /// </summary>
    private static bool IsDefiniteRefusal(WhatsAppApiException e) => e.Error is { } error && WhatsAppErrorCodes.IsMarketingMessagesRefusal(error.Code);

    /// <summary>Whether the failure happened before any byte of the request could reach the server.</summary>
    internal static bool NeverSent(HttpRequestException exception) =>
        exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
            or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError;

    private static MessageOutcomeUnknownException Unknown(MessageSend message, string reason, Exception inner) =>
        new(message.PhoneNumberId, message.Recipient, message.MessageType, message.BizOpaqueCallbackData, reason, inner);

    private static ResponseParser<T> Parser<T>(JsonTypeInfo<T> typeInfo) =>
        (body, _) => Deserialize(body, typeInfo);

    /// <summary>A parser that reads the wire type and maps it, giving the result its JSON and response.</summary>
    public static ResponseParser<T> Mapper<TWire, T>(JsonTypeInfo<TWire> wireType, Func<TWire, GraphSource, T> map) =>
        (body, response) => map(Deserialize(body, wireType), GraphSource.FromBody(body, response));

    private static T Deserialize<T>(ReadOnlySpan<byte> body, JsonTypeInfo<T> typeInfo) =>
        JsonSerializer.Deserialize(body, typeInfo) ?? throw new WhatsAppException($"The Graph API answered with an empty {typeof(T).Name}.");
}
