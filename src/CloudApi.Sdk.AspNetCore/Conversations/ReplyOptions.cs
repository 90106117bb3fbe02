namespace CloudApi.Sdk.AspNetCore;

/// <summary>Optional settings of a reply (<see cref="InboundMessageContext{TMessage}.ReplyAsync"/>).</summary>
public sealed class ReplyOptions
{
    /// <summary>
    /// <value>Whether the reply quotes the message it answers (<c>context.message_id</c>). Default <see langword="true"/>.</value>
    /// </summary>
    public bool Quote { get; init; } = true;

    /// <summary>
    /// <value>An opaque string of up to 512 characters echoed in the reply's status webhooks (<c>biz_opaque_callback_data</c>).</value>
    /// </summary>
    public string? BizOpaqueCallbackData { get; init; }
}
