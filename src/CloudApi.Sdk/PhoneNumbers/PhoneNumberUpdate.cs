namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// Changes to a number's configuration (<c>POST /{phone-number-id}</c>); unset properties are unchanged. Each value is
/// checked when set; that at least one is set is checked when the update is sent. The two-step PIN has its own call,
/// <see cref="IPhoneNumbersClient.SetTwoStepPinAsync"/>.
/// </summary>
public sealed class PhoneNumberUpdate
{
    /// <summary>The shortest display name.</summary>
    public const int MinDisplayNameLength = 2;

    /// <summary>The longest display name.</summary>
    public const int MaxDisplayNameLength = 75;

    /// <summary>
    /// <value>An alternate callback URL for this number's webhooks (<c>webhook_configuration.override_callback_uri</c>), with
    /// <see cref="WebhookVerifyToken"/>. Default <see langword="null"/>: unchanged.</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The URI is not an absolute http(s) URI.</exception>
    public Uri? WebhookCallbackUri
    {
        get;
        init
        {
            if (value is not null)
            {
                Validate.HttpUri(value, "webhook_configuration.override_callback_uri");
            }

            field = value;
        }
    }

    /// <summary><value>The verify token Meta sends to <see cref="WebhookCallbackUri"/> (<c>webhook_configuration.verify_token</c>). Default <see langword="null"/>.</value></summary>
    /// <exception cref="WhatsAppValidationException">The token is empty.</exception>
    public string? WebhookVerifyToken
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "webhook_configuration.verify_token");
    }

    /// <summary><value>A new display name to submit for review (<c>new_display_name</c>), 2 to 75 characters. Default <see langword="null"/>: unchanged.</value></summary>
    /// <exception cref="WhatsAppValidationException">The name is too short or too long.</exception>
    public string? NewDisplayName
    {
        get;
        init
        {
            if (value is not null && value.Trim().Length < MinDisplayNameLength)
            {
                throw new WhatsAppValidationException("new_display_name", $"new_display_name must have at least {MinDisplayNameLength} characters.", MinDisplayNameLength);
            }

            field = Validate.OptionalText(value, MaxDisplayNameLength, "new_display_name");
        }
    }

    /// <summary><value>Whether the number shows in WhatsApp search (<c>search_visibility</c>: <c>VISIBLE</c> or <c>HIDDEN</c>). Default <see langword="null"/>: unchanged.</value></summary>
    /// <exception cref="WhatsAppValidationException">The value is neither.</exception>
    public string? SearchVisibility
    {
        get;
        init => field = value is null or "VISIBLE" or "HIDDEN"
            ? value
            : throw new WhatsAppValidationException("search_visibility", $"search_visibility '{value}' must be 'VISIBLE' or 'HIDDEN'.");
    }

    /// <summary><value>The business username (<c>username</c>). Default <see langword="null"/>: unchanged.</value></summary>
    /// <exception cref="WhatsAppValidationException">The username is empty or holds white space.</exception>
    public string? Username
    {
        get;
        init
        {
            if (value is not null && (value.Length == 0 || value.Any(char.IsWhiteSpace)))
            {
                throw new WhatsAppValidationException("username", $"username '{value}' must be non-empty and without white space.");
            }

            field = Validate.OptionalText(value, 64, "username");
        }
    }

    /// <summary><value>Whether users see security notifications (<c>whatsapp_business_api_data.show_security_notifications</c>). Default <see langword="null"/>: unchanged.</value></summary>
    public bool? ShowSecurityNotifications { get; init; }

    /// <summary><value>Whether users are told when the number changes (<c>whatsapp_business_api_data.notify_user_change_number</c>). Default <see langword="null"/>: unchanged.</value></summary>
    public bool? NotifyUserChangeNumber { get; init; }

    /// <summary>The rules across fields, checked when the update is sent.</summary>
    internal void ValidateForSend()
    {
        if (WebhookCallbackUri is null && WebhookVerifyToken is null && NewDisplayName is null && SearchVisibility is null && Username is null &&
            ShowSecurityNotifications is null && NotifyUserChangeNumber is null)
        {
            throw new WhatsAppValidationException("new_display_name", "A phone number update must change at least one field.");
        }

        if (WebhookVerifyToken is not null && WebhookCallbackUri is null)
        {
            throw new WhatsAppValidationException("webhook_configuration.override_callback_uri", "webhook_configuration.verify_token needs webhook_configuration.override_callback_uri.");
        }
    }
}
