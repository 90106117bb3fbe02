using System.Text.Json;
using CloudApi.Sdk.Calling.Wire;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Calling;

/// <summary>
/// Calling API calls through one tenant's <see cref="GraphConnection"/>. They go through <see cref="GraphConnection.SendAsync{T}"/>,
/// not the message send path: no message rate limiter, and (being POSTs) no retry unless the request provably never left.
/// </summary>
internal sealed class CallsClient : ICallsClient
{
    private static readonly ResponseParser<ConnectCallResult> ParseConnect = GraphConnection.Mapper(
        WhatsAppJsonContext.Default.CallConnectAnswerWire,
        static (wire, source) => new ConnectCallResult(wire.Calls is [{ Id: { Length: > 0 } id }, ..] ? id : string.Empty, source));

    private static readonly ResponseParser<bool> ParseSuccess = SuccessReader.Read;

    private readonly GraphConnection _graph;

    public CallsClient(GraphConnection graph)
    {
        _graph = graph;
    }

    public Task<ConnectCallResult> ConnectAsync(string user, SdpOffer offer, CallRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var callee = CallUser.Parse(user, "to");
        Validate.NotNull(offer, "offer");
        var body = new CallActionRequestWire
        {
            To = callee.IsBusinessScoped ? null : callee.Value,
            Recipient = callee.IsBusinessScoped ? callee.Value : null,
            Action = "connect",
            Session = new CallActionSessionWire { SdpType = "offer", Sdp = offer.Sdp },
            BizOpaqueCallbackData = options?.BizOpaqueCallbackData,
        };
        return _graph.SendAsync(Post(options?.PhoneNumberId, body), ParseConnect, cancellationToken);
    }

    public Task PreAcceptAsync(string callId, SdpAnswer answer, CallRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        ActAsync("pre_accept", callId, Validate.NotNull(answer, "answer"), options, allowsCallbackData: false, cancellationToken);

    public Task AcceptAsync(string callId, SdpAnswer answer, CallRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        ActAsync("accept", callId, Validate.NotNull(answer, "answer"), options, allowsCallbackData: true, cancellationToken);

    public Task RejectAsync(string callId, CallRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        ActAsync("reject", callId, answer: null, options, allowsCallbackData: false, cancellationToken);

    public Task TerminateAsync(string callId, CallRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        ActAsync("terminate", callId, answer: null, options, allowsCallbackData: false, cancellationToken);

    public Task<CallPermissions> GetCallPermissionsAsync(string user, CallPermissionRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var subject = CallUser.Parse(user, "user_wa_id");
        var path = new GraphQuery(PhoneNumberId(options?.PhoneNumberId) + "/call_permissions")
            .Add(subject.IsBusinessScoped ? "recipient" : "user_wa_id", subject.Value)
            .ToString();
        return _graph.GetAsync(path, WhatsAppJsonContext.Default.CallPermissionsAnswerWire, static (wire, source) => new CallPermissions(wire, source), cancellationToken);
    }

    private Task<bool> ActAsync(string action, string callId, SdpAnswer? answer, CallRequestOptions? options, bool allowsCallbackData, CancellationToken cancellationToken)
    {
        Validate.Text(callId, 512, "call_id");
        if (!allowsCallbackData && options?.BizOpaqueCallbackData is not null)
        {
            throw new WhatsAppValidationException("biz_opaque_callback_data",
                $"biz_opaque_callback_data is taken by the connect and accept actions only, not by {action}.");
        }

        var body = new CallActionRequestWire
        {
            CallId = callId,
            Action = action,
            Session = answer is null ? null : new CallActionSessionWire { SdpType = "answer", Sdp = answer.Sdp },
            BizOpaqueCallbackData = options?.BizOpaqueCallbackData,
        };
        return _graph.SendAsync(Post(options?.PhoneNumberId, body), ParseSuccess, cancellationToken);
    }

    private HttpRequestMessage Post(string? phoneNumberId, CallActionRequestWire body) =>
        new(HttpMethod.Post, _graph.CreateUri(PhoneNumberId(phoneNumberId) + "/calls"))
        {
            Content = PooledJsonContent.Create(body, static (writer, state) => JsonSerializer.Serialize(writer, state, WhatsAppJsonContext.Default.CallActionRequestWire)),
        };

    private string PhoneNumberId(string? id) =>
        GraphIds.Resolve(id, _graph.Options.PhoneNumberId, "phoneNumberId", nameof(WhatsAppOptions.PhoneNumberId));
}
