namespace CloudApi.Sdk.Webhooks;

/// <summary>The user tapped a reply button of an interactive message (<c>interactive.type: button_reply</c>).</summary>
public sealed record ButtonReplyReceived : InboundMessage
{
    /// <summary>The id the business gave the button (<c>button_reply.id</c>).</summary>
    public string ReplyId { get; init; } = string.Empty;

    /// <summary>The button's title (<c>button_reply.title</c>).</summary>
    public string? Title { get; init; }
}

/// <summary>The user chose a row of an interactive list (<c>interactive.type: list_reply</c>).</summary>
public sealed record ListReplyReceived : InboundMessage
{
    /// <summary>The id the business gave the row (<c>list_reply.id</c>).</summary>
    public string ReplyId { get; init; } = string.Empty;

    /// <summary>The row's title.</summary>
    public string? Title { get; init; }

    /// <summary>The row's description.</summary>
    public string? Description { get; init; }
}

/// <summary>The user completed a WhatsApp Flow (<c>interactive.type: nfm_reply</c>).</summary>
public sealed record FlowReplyReceived : InboundMessage
{
    /// <summary>The reply's name (<c>nfm_reply.name</c>), normally <c>flow</c>.</summary>
    public string? Name { get; init; }

    /// <summary>The text shown in the chat (<c>nfm_reply.body</c>), normally <c>Sent</c>.</summary>
    public string? Body { get; init; }

    /// <summary>The flow's response, a JSON object as a string (<c>nfm_reply.response_json</c>).</summary>
    public string ResponseJson { get; init; } = string.Empty;

    /// <summary>The <c>flow_token</c> from <see cref="ResponseJson"/>, when it holds one.</summary>
    public string? FlowToken { get; init; }
}

/// <summary>The user tapped a quick-reply button of a template (<c>type: button</c>).</summary>
public sealed record TemplateButtonReplyReceived : InboundMessage
{
    /// <summary>The payload the business set on the button (<c>button.payload</c>).</summary>
    public string? Payload { get; init; }

    /// <summary>The button's text (<c>button.text</c>).</summary>
    public string? Text { get; init; }
}
