using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Calling;

/// <summary>The answer to a business-initiated call (<c>{"messaging_product":"whatsapp","calls":[{"id":"wacid..."}]}</c>).</summary>
public sealed class ConnectCallResult : GraphResult
{
    internal ConnectCallResult(string callId, GraphSource source)
        : base(source)
    {
        CallId = callId;
    }

    /// <summary>
    /// The new call's id (<c>calls[0].id</c>, <c>wacid...</c>): the <see cref="Webhooks.CallStatusUpdate"/>,
    /// <see cref="Webhooks.CallConnect"/> and <see cref="Webhooks.CallTerminate"/> webhooks of the call carry it.
    /// </summary>
    public string CallId { get; }
}
