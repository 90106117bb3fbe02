namespace CloudApi.Sdk;

/// <summary>The <c>error</c> object of a Graph API error response, as Meta sent it.</summary>
/// <param name="Code">The error code (e.g. <c>131056</c>); see <see cref="WhatsAppErrorCodes"/>. Build handling on this, not on the HTTP status.</param>
/// <param name="Subcode">The <c>error_subcode</c>, when present.</param>
/// <param name="Type">The error type, usually <c>OAuthException</c>.</param>
/// <param name="Message">Meta's message, e.g. <c>(#131056) (Business Account, Consumer Account) pair rate limit hit</c>.</param>
/// <param name="UserTitle">The <c>error_user_title</c>, a user-facing title, when present.</param>
/// <param name="UserMessage">The <c>error_user_msg</c>, a user-facing message, when present.</param>
/// <param name="Details">The <c>error_data.details</c> text, or <c>error_data</c> itself when Meta sent it as a plain string.</param>
/// <param name="FbTraceId">The <c>fbtrace_id</c> to quote in a support ticket.</param>
/// <param name="IsTransientFlag">The <c>is_transient</c> flag, when Meta sent one.</param>
public sealed record GraphError(
    int Code,
    int? Subcode,
    string? Type,
    string? Message,
    string? UserTitle,
    string? UserMessage,
    string? Details,
    string? FbTraceId,
    bool? IsTransientFlag);
