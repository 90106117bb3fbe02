using System.Text.Json;

namespace CloudApi.Sdk;

/// <summary>
/// The <c>error</c> object of a Graph API error response, as Meta sent it. Build handling on <see cref="Code"/> and
/// <see cref="Details"/>, not on the HTTP status; a field the SDK does not model is in <see cref="RawJson"/>.
/// </summary>
/// <remarks>Built by the SDK; to fake one in a test, use <see cref="WhatsAppModelFactory.GraphError"/>.</remarks>
public sealed class GraphError
{
    internal GraphError(
        int code,
        int? subcode,
        string? type,
        string? message,
        string? userTitle,
        string? userMessage,
        string? details,
        string? messagingProduct,
        JsonElement errorData,
        string? fbTraceId,
        bool? isTransientFlag,
        JsonElement rawJson)
    {
        Code = code;
        Subcode = subcode;
        Type = type;
        Message = message;
        UserTitle = userTitle;
        UserMessage = userMessage;
        Details = details;
        MessagingProduct = messagingProduct;
        ErrorData = errorData;
        FbTraceId = fbTraceId;
        IsTransientFlag = isTransientFlag;
        RawJson = rawJson;
    }

    /// <summary>The error code (<c>code</c>, e.g. <c>131056</c>), or <c>-1</c> when Meta sent none; see <see cref="WhatsAppErrorCodes"/>.</summary>
    public int Code { get; }

    /// <summary>The <c>error_subcode</c>, when present.</summary>
    public int? Subcode { get; }

    /// <summary>The error type (<c>type</c>), usually <c>OAuthException</c>.</summary>
    public string? Type { get; }

    /// <summary>Meta's message (<c>message</c>), e.g. <c>(#131056) (Business Account, Consumer Account) pair rate limit hit</c>.</summary>
    public string? Message { get; }

    /// <summary>The <c>error_user_title</c>, a user-facing title, when present.</summary>
    public string? UserTitle { get; }

    /// <summary>The <c>error_user_msg</c>, a user-facing message, when present.</summary>
    public string? UserMessage { get; }

    /// <summary>The <c>error_data.details</c> text, or <c>error_data</c> itself when Meta sent it as a plain string (or as another shape, its JSON text).</summary>
    public string? Details { get; }

    /// <summary>The <c>error_data.messaging_product</c> (<c>whatsapp</c>), when present.</summary>
    public string? MessagingProduct { get; }

    /// <summary>
    /// The <c>error_data</c> as Meta sent it (an object, or a string on some management errors); its
    /// <see cref="JsonElement.ValueKind"/> is <see cref="JsonValueKind.Undefined"/> when absent.
    /// </summary>
    public JsonElement ErrorData { get; }

    /// <summary>The <c>fbtrace_id</c> to quote in a support ticket.</summary>
    public string? FbTraceId { get; }

    /// <summary>The <c>is_transient</c> flag, when Meta sent one; <see cref="WhatsAppApiException.IsTransient"/> combines it with the code.</summary>
    public bool? IsTransientFlag { get; }

    /// <summary>
    /// The whole <c>error</c> object exactly as Meta sent it; its <see cref="JsonElement.ValueKind"/> is
    /// <see cref="JsonValueKind.Undefined"/> for an error built without one (a test double).
    /// </summary>
    public JsonElement RawJson { get; }

    /// <summary>Returns the code, the subcode and the message, e.g. <c>131056: (#131056) pair rate limit hit</c>.</summary>
    /// <returns>A short description of the error.</returns>
    public override string ToString() => Subcode is { } subcode ? $"{Code}/{subcode}: {Message}" : $"{Code}: {Message}";
}
