using System.Text.Json;

namespace CloudApi.Sdk.Webhooks;

/// <summary>The user tapped a reply button of an interactive message (<c>interactive.type: button_reply</c>).</summary>
public sealed class ButtonReplyReceived : InboundMessage
{
    internal ButtonReplyReceived()
    {
    }

    /// <summary>The id the business gave the button (<c>button_reply.id</c>).</summary>
    public string ReplyId { get; internal init; } = string.Empty;

    /// <summary>The button's title (<c>button_reply.title</c>).</summary>
    public string? Title { get; internal init; }
}

/// <summary>The user chose a row of an interactive list (<c>interactive.type: list_reply</c>).</summary>
public sealed class ListReplyReceived : InboundMessage
{
    internal ListReplyReceived()
    {
    }

    /// <summary>The id the business gave the row (<c>list_reply.id</c>).</summary>
    public string ReplyId { get; internal init; } = string.Empty;

    /// <summary>The row's title.</summary>
    public string? Title { get; internal init; }

    /// <summary>The row's description.</summary>
    public string? Description { get; internal init; }
}

/// <summary>The user completed a WhatsApp Flow (<c>interactive.type: nfm_reply</c>).</summary>
public sealed class FlowReplyReceived : InboundMessage
{
    internal FlowReplyReceived()
    {
    }

    /// <summary>The reply's name (<c>nfm_reply.name</c>), normally <c>flow</c>.</summary>
    public string? Name { get; internal init; }

    /// <summary>The text shown in the chat (<c>nfm_reply.body</c>), normally <c>Sent</c>.</summary>
    public string? Body { get; internal init; }

    /// <summary>The flow's response, a JSON object as a string (<c>nfm_reply.response_json</c>).</summary>
    public string ResponseJson { get; internal init; } = string.Empty;

    /// <summary>The <c>flow_token</c> from <see cref="ResponseJson"/>, when it holds one.</summary>
    public string? FlowToken { get; internal init; }

    /// <summary>
    /// The flow's response as data: <see cref="ResponseJson"/> parsed (on first use), or <see langword="null"/> when
    /// it is not JSON. The element stays valid for the life of this event.
    /// </summary>
    public JsonElement? ResponseData => _responseData ??= ParseResponse(ResponseJson);

    private JsonElement? _responseData;

    private static JsonElement? ParseResponse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>
/// The user answered a request to let the business call them (<c>interactive.type: call_permission_reply</c>).
/// </summary>
public sealed class CallPermissionReplyReceived : InboundMessage
{
    internal CallPermissionReplyReceived()
    {
    }

    /// <summary><c>accept</c> or <c>reject</c> (<c>call_permission_reply.response</c>).</summary>
    public string? Response { get; internal init; }

    /// <summary>Whether the user accepted (<see cref="Response"/> is <c>accept</c>).</summary>
    public bool IsAccepted => string.Equals(Response, "accept", StringComparison.OrdinalIgnoreCase);

    /// <summary>Until when the business may call (<c>expiration_timestamp</c>), for a temporary permission.</summary>
    public DateTimeOffset? ExpiresAt { get; internal init; }

    /// <summary>How the answer came (<c>response_source</c>): <c>user_action</c> or <c>automatic</c>.</summary>
    public string? ResponseSource { get; internal init; }

    /// <summary>Whether the permission has no end (<c>is_permanent</c>), when Meta says.</summary>
    public bool? IsPermanent { get; internal init; }
}

/// <summary>The user tapped a quick-reply button of a template (<c>type: button</c>).</summary>
public sealed class TemplateButtonReplyReceived : InboundMessage
{
    internal TemplateButtonReplyReceived()
    {
    }

    /// <summary>The payload the business set on the button (<c>button.payload</c>).</summary>
    public string? Payload { get; internal init; }

    /// <summary>The button's text (<c>button.text</c>).</summary>
    public string? Text { get; internal init; }
}
