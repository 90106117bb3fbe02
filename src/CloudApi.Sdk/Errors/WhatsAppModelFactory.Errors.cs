using System.Text.Json;

namespace CloudApi.Sdk;

/// <summary>Builds Graph errors for tests, e.g. to throw a <see cref="WhatsAppApiException"/> from a fake.</summary>
public static partial class WhatsAppModelFactory
{
    /// <summary>Builds a <see cref="Sdk.GraphError"/> as the SDK would read it from an error answer.</summary>
    /// <param name="code">The error code (<c>code</c>); see <see cref="WhatsAppErrorCodes"/>.</param>
    /// <param name="subcode">The <c>error_subcode</c>.</param>
    /// <param name="type">The error type (<c>type</c>). Defaults to <c>OAuthException</c>.</param>
    /// <param name="message">Meta's message (<c>message</c>).</param>
    /// <param name="userTitle">The <c>error_user_title</c>.</param>
    /// <param name="userMessage">The <c>error_user_msg</c>.</param>
    /// <param name="details">The <c>error_data.details</c>.</param>
    /// <param name="messagingProduct">The <c>error_data.messaging_product</c>.</param>
    /// <param name="errorData">The <c>error_data</c> as sent.</param>
    /// <param name="fbTraceId">The <c>fbtrace_id</c>.</param>
    /// <param name="isTransientFlag">The <c>is_transient</c> flag.</param>
    /// <param name="rawJson">The whole <c>error</c> object.</param>
    /// <returns>The error.</returns>
    public static GraphError GraphError(
        int code,
        int? subcode = null,
        string? type = "OAuthException",
        string? message = null,
        string? userTitle = null,
        string? userMessage = null,
        string? details = null,
        string? messagingProduct = null,
        JsonElement? errorData = null,
        string? fbTraceId = null,
        bool? isTransientFlag = null,
        JsonElement? rawJson = null) =>
        new(code, subcode, type, message, userTitle, userMessage, details, messagingProduct, errorData ?? default, fbTraceId, isTransientFlag, rawJson ?? default);
}
