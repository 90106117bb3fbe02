namespace CloudApi.Sdk.Webhooks;

/// <summary>An error delivered in a webhook (<c>value.errors[]</c>, <c>messages[].errors[]</c>, <c>statuses[].errors[]</c>).</summary>
/// <param name="Code">The error code; compare with <see cref="WhatsAppErrorCodes"/> (e.g. 131047, 131051).</param>
/// <param name="Title">The short title.</param>
/// <param name="Message">The message, when sent.</param>
/// <param name="Details">The <c>error_data.details</c> text.</param>
/// <param name="Href">A link to Meta's documentation of the error.</param>
public sealed record WebhookError(int Code, string? Title, string? Message, string? Details, string? Href);
