namespace CloudApi.Sdk.Calling;

/// <summary>Optional settings of a call action (connect, pre-accept, accept, reject, terminate).</summary>
public sealed class CallRequestOptions
{
    /// <summary>The longest <see cref="BizOpaqueCallbackData"/>.</summary>
    public const int MaxBizOpaqueCallbackDataLength = 512;

    /// <summary><value>The business phone-number id. Default: <see cref="WhatsAppOptions.PhoneNumberId"/>.</value></summary>
    public string? PhoneNumberId { get; init; }

    /// <summary>
    /// <value>
    /// Your tracking string (<c>biz_opaque_callback_data</c>), up to 512 characters, echoed in the call's
    /// <see cref="Webhooks.CallTerminate"/> and status webhooks. Meta takes it on <c>connect</c> and <c>accept</c> only: the other
    /// actions refuse it before sending. Default <see langword="null"/>: none.
    /// </value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The text is empty or longer than 512 characters.</exception>
    public string? BizOpaqueCallbackData
    {
        get;
        init => field = Validate.OptionalText(value, MaxBizOpaqueCallbackDataLength, "biz_opaque_callback_data");
    }
}
