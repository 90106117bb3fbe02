namespace CloudApi.Sdk.Webhooks;

/// <summary>An error delivered in a webhook (<c>value.errors[]</c>, <c>messages[].errors[]</c>, <c>statuses[].errors[]</c>).</summary>
public sealed class WebhookError
{
    internal WebhookError(int code, string? title, string? message, string? details, string? href)
    {
        Code = code;
        Title = title;
        Message = message;
        Details = details;
        Href = href;
    }

    /// <summary>The error code; compare with <see cref="WhatsAppErrorCodes"/> (e.g. 131047, 131051).</summary>
    public int Code { get; }

    /// <summary>The short title.</summary>
    public string? Title { get; }

    /// <summary>The message, when sent.</summary>
    public string? Message { get; }

    /// <summary>The <c>error_data.details</c> text.</summary>
    public string? Details { get; }

    /// <summary>A link to Meta's documentation of the error.</summary>
    public string? Href { get; }
}
