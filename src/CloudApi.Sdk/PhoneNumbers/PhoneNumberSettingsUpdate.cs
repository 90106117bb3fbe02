namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>
/// A change of a number's settings (<c>POST /{phone-number-id}/settings</c>). Meta takes one part per call (calling,
/// user identity change, payload encryption or storage): set exactly one; that is checked when the update is sent.
/// </summary>
public sealed class PhoneNumberSettingsUpdate
{
    /// <summary><value>The calling settings (<c>calling</c>). Default <see langword="null"/>: not this part.</value></summary>
    public CallingSettingsUpdate? Calling { get; init; }

    /// <summary><value>Whether sends check the user's identity key hash (<c>user_identity_change.enabled</c>). Default <see langword="null"/>: not this part.</value></summary>
    public bool? UserIdentityChangeEnabled { get; init; }

    /// <summary><value>Payload encryption (<c>payload_encryption</c>). Default <see langword="null"/>: not this part.</value></summary>
    public PayloadEncryptionUpdate? PayloadEncryption { get; init; }

    /// <summary><value>Local data storage (<c>storage_configuration</c>). Default <see langword="null"/>: not this part.</value></summary>
    public StorageUpdate? Storage { get; init; }

    /// <summary>The rule across fields, checked when the update is sent.</summary>
    internal void ValidateOnePart()
    {
        var parts = (Calling is null ? 0 : 1) + (UserIdentityChangeEnabled is null ? 0 : 1) + (PayloadEncryption is null ? 0 : 1) + (Storage is null ? 0 : 1);
        if (parts != 1)
        {
            throw new WhatsAppValidationException("settings",
                $"A settings update must set exactly one of calling, user_identity_change, payload_encryption, storage_configuration; it sets {parts}.");
        }
    }
}

/// <summary>
/// The calling part of a settings change (<c>calling</c>): calling on or off, the call button, call hours, call-back
/// permission requests, SIP. Only the parts set are sent; Meta keeps the others.
/// </summary>
public sealed class CallingSettingsUpdate
{
    /// <summary>Creates the change.</summary>
    /// <param name="status">Calling on or off (<c>status</c>).</param>
    public CallingSettingsUpdate(FeatureStatus status)
    {
        Status = status;
    }

    /// <summary>Calling on or off (<c>status</c>).</summary>
    public FeatureStatus Status { get; }

    /// <summary>
    /// <value>
    /// Whether the call button shows (<c>call_icon_visibility</c>): <c>DEFAULT</c> or <c>DISABLE_ALL</c> as Meta's Calling
    /// documentation names them, or the spec's <c>visible</c> or <c>hidden</c>. Default <see langword="null"/>: unchanged.
    /// </value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The value is none of the four.</exception>
    public string? CallIconVisibility
    {
        get;
        init => field = value is null or "DEFAULT" or "DISABLE_ALL" or "visible" or "hidden"
            ? value
            : throw new WhatsAppValidationException("calling.call_icon_visibility", $"calling.call_icon_visibility '{value}' must be 'DEFAULT', 'DISABLE_ALL', 'visible' or 'hidden'.");
    }

    /// <summary><value>Whether users who call outside call hours (or miss a call) are asked to let the business call back (<c>callback_permission_status</c>). Default <see langword="null"/>: unchanged.</value></summary>
    public FeatureStatus? CallbackPermissionStatus { get; init; }

    /// <summary><value>When users may call (<c>call_hours</c>). Default <see langword="null"/>: unchanged.</value></summary>
    public CallHoursUpdate? CallHours { get; init; }

    /// <summary><value>The SIP servers Meta sends calls to (<c>sip.servers</c>); needs <see cref="SipStatus"/>. Default <see langword="null"/>: unchanged.</value></summary>
    /// <exception cref="WhatsAppValidationException">The list holds a <see langword="null"/>.</exception>
    public IReadOnlyList<SipServerUpdate>? SipServers
    {
        get;
        init => field = value is null ? null : Validate.ReadOnly(Validate.Copy(value, "calling.sip.servers"));
    }

    /// <summary><value>Video calls on or off (<c>video.status</c>). Default <see langword="null"/>: unchanged.</value></summary>
    public FeatureStatus? VideoStatus { get; init; }

    /// <summary><value>SIP on or off (<c>sip.status</c>). Default <see langword="null"/>: unchanged.</value></summary>
    public FeatureStatus? SipStatus { get; init; }

    /// <summary>The rules across fields, checked when the update is sent.</summary>
    internal void ValidateParts()
    {
        if (SipServers is not null && SipStatus is null)
        {
            throw new WhatsAppValidationException("calling.sip.status", "calling.sip.status is required with calling.sip.servers.");
        }

        CallHours?.ValidateParts();
    }

    /// <summary><value>The media key exchange (<c>srtp_key_exchange_protocol</c>: <c>DTLS-SRTP</c> or <c>SDES-SRTP</c>). Default <see langword="null"/>: unchanged.</value></summary>
    /// <exception cref="WhatsAppValidationException">The value is not one of the two.</exception>
    public string? SrtpKeyExchangeProtocol
    {
        get;
        init => field = value is null or "DTLS-SRTP" or "SDES-SRTP"
            ? value
            : throw new WhatsAppValidationException("calling.srtp_key_exchange_protocol", $"calling.srtp_key_exchange_protocol '{value}' must be 'DTLS-SRTP' or 'SDES-SRTP'.");
    }
}

/// <summary>The payload-encryption part of a settings change (<c>payload_encryption</c>).</summary>
public sealed class PayloadEncryptionUpdate
{
    /// <summary>Creates the change.</summary>
    /// <param name="status">Encryption on or off (<c>status</c>).</param>
    public PayloadEncryptionUpdate(FeatureStatus status)
    {
        Status = status;
    }

    /// <summary>Encryption on or off (<c>status</c>).</summary>
    public FeatureStatus Status { get; }

    /// <summary><value>Your public key, base64 PEM (<c>client_encryption_key</c>), needed to turn it on. Default <see langword="null"/>.</value></summary>
    /// <exception cref="WhatsAppValidationException">The key is empty.</exception>
    public string? ClientEncryptionKey
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "payload_encryption.client_encryption_key");
    }
}

/// <summary>The storage part of a settings change (<c>storage_configuration</c>).</summary>
public sealed class StorageUpdate
{
    /// <summary>Creates the change.</summary>
    /// <param name="enabled">Whether data is stored in a region (<c>enabled</c>).</param>
    public StorageUpdate(bool enabled)
    {
        Enabled = enabled;
    }

    /// <summary>Whether data is stored in a region (<c>enabled</c>).</summary>
    public bool Enabled { get; }

    /// <summary><value>The region (<c>region</c>), e.g. <c>DE</c>. Default <see langword="null"/>.</value></summary>
    /// <exception cref="WhatsAppValidationException">The region is empty.</exception>
    public string? Region
    {
        get;
        init => field = Validate.OptionalText(value, 16, "storage_configuration.region");
    }
}
