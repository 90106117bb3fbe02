namespace CloudApi.Sdk.Templates;

/// <summary>
/// A button of a template: <see cref="TemplateQuickReplyButton"/>, <see cref="TemplateUrlButton"/>, <see cref="TemplatePhoneNumberButton"/>,
/// <see cref="TemplateCopyCodeButton"/>, <see cref="TemplateOtpButton"/>, <see cref="TemplateFlowButton"/>, or a
/// <see cref="RawTemplateButton"/> for kinds this SDK does not type.
/// </summary>
public abstract record TemplateButton
{
    private protected TemplateButton()
    {
    }

    /// <summary>The button's <c>type</c>.</summary>
    public abstract TemplateButtonType Type { get; }

    /// <summary>The button label (<c>text</c>), up to 25 characters.</summary>
    public string? Text { get; init; }
}

/// <summary>A quick-reply button (<c>QUICK_REPLY</c>): the user's tap comes back as a webhook with its text or payload.</summary>
public sealed record TemplateQuickReplyButton : TemplateButton
{
    /// <summary>Creates the button.</summary>
    /// <param name="text">The label, up to 25 characters.</param>
    public TemplateQuickReplyButton(string text)
    {
        Text = text;
    }

    /// <inheritdoc/>
    public override TemplateButtonType Type => TemplateButtonType.QuickReply;
}

/// <summary>A URL button (<c>URL</c>). The URL may end with one variable <c>{{1}}</c>, whose suffix is given at send time.</summary>
public sealed record TemplateUrlButton : TemplateButton
{
    /// <summary>Creates the button.</summary>
    /// <param name="text">The label, up to 25 characters.</param>
    /// <param name="url">The URL, up to 2,000 characters, optionally ending with <c>{{1}}</c>.</param>
    /// <param name="example">An example full URL or suffix for the variable; required when the URL has one.</param>
    public TemplateUrlButton(string text, string url, string? example = null)
    {
        Text = text;
        Url = url;
        Example = example;
    }

    /// <inheritdoc/>
    public override TemplateButtonType Type => TemplateButtonType.Url;

    /// <summary>The URL (<c>url</c>).</summary>
    public string Url { get; init; }

    /// <summary>The example for the URL's variable (<c>example[0]</c>).</summary>
    public string? Example { get; init; }
}

/// <summary>A button that calls a phone number (<c>PHONE_NUMBER</c>).</summary>
public sealed record TemplatePhoneNumberButton : TemplateButton
{
    /// <summary>Creates the button.</summary>
    /// <param name="text">The label, up to 25 characters.</param>
    /// <param name="phoneNumber">The number with its country code, up to 20 characters, e.g. <c>+15550051310</c>.</param>
    public TemplatePhoneNumberButton(string text, string phoneNumber)
    {
        Text = text;
        PhoneNumber = phoneNumber;
    }

    /// <inheritdoc/>
    public override TemplateButtonType Type => TemplateButtonType.PhoneNumber;

    /// <summary>The phone number (<c>phone_number</c>).</summary>
    public string PhoneNumber { get; init; }
}

/// <summary>A button that copies a code such as a coupon (<c>COPY_CODE</c>); the code is given at send time.</summary>
public sealed record TemplateCopyCodeButton : TemplateButton
{
    /// <summary>Creates the button.</summary>
    /// <param name="example">An example code, up to 15 characters.</param>
    public TemplateCopyCodeButton(string example)
    {
        Example = example;
    }

    /// <inheritdoc/>
    public override TemplateButtonType Type => TemplateButtonType.CopyCode;

    /// <summary>The example code (<c>example</c>).</summary>
    public string Example { get; init; }
}

/// <summary>The one-time-passcode button of an authentication template (<c>OTP</c>).</summary>
public sealed record TemplateOtpButton : TemplateButton
{
    /// <summary>Creates the button.</summary>
    /// <param name="otpType">How the code reaches the user or app.</param>
    public TemplateOtpButton(OtpType otpType)
    {
        OtpType = otpType;
    }

    /// <inheritdoc/>
    public override TemplateButtonType Type => TemplateButtonType.Otp;

    /// <summary>The kind of passcode button (<c>otp_type</c>).</summary>
    public OtpType OtpType { get; init; }

    /// <summary>One-tap: the autofill button label (<c>autofill_text</c>).</summary>
    public string? AutofillText { get; init; }

    /// <summary>One-tap and zero-tap: the Android package name of your app (<c>package_name</c>).</summary>
    public string? PackageName { get; init; }

    /// <summary>One-tap and zero-tap: your app's signing key hash (<c>signature_hash</c>).</summary>
    public string? SignatureHash { get; init; }
}

/// <summary>A button that opens a WhatsApp Flow (<c>FLOW</c>).</summary>
public sealed record TemplateFlowButton : TemplateButton
{
    /// <summary>Creates the button.</summary>
    /// <param name="text">The label, up to 25 characters.</param>
    /// <param name="flowId">The id of the published flow.</param>
    public TemplateFlowButton(string text, string flowId)
    {
        Text = text;
        FlowId = flowId;
    }

    /// <inheritdoc/>
    public override TemplateButtonType Type => TemplateButtonType.Flow;

    /// <summary>The flow id (<c>flow_id</c>).</summary>
    public string FlowId { get; init; }

    /// <summary>The first screen for the <c>navigate</c> action (<c>navigate_screen</c>).</summary>
    public string? NavigateScreen { get; init; }

    /// <summary>The flow action, <c>navigate</c> (default) or <c>data_exchange</c> (<c>flow_action</c>).</summary>
    public string? FlowAction { get; init; }
}

/// <summary>A button this SDK does not type (catalog, multi-product, voice call, or a kind Meta adds later), kept as JSON.</summary>
public sealed record RawTemplateButton : TemplateButton
{
    /// <summary>Creates a button from its JSON object.</summary>
    /// <param name="type">The button's <c>type</c>.</param>
    /// <param name="json">The whole button as a JSON object, including <c>type</c>.</param>
    public RawTemplateButton(TemplateButtonType type, string json)
    {
        ArgumentException.ThrowIfNullOrEmpty(json);
        ButtonType = type;
        Json = json;
    }

    /// <inheritdoc/>
    public override TemplateButtonType Type => ButtonType;

    /// <summary>The button's JSON object.</summary>
    public string Json { get; }

    private TemplateButtonType ButtonType { get; }
}
