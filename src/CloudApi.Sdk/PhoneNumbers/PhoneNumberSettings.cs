using CloudApi.Sdk.Http;
using CloudApi.Sdk.PhoneNumbers.Wire;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>A number's settings (<c>GET /{phone-number-id}/settings</c>): calling, payload encryption and data storage.</summary>
public sealed class PhoneNumberSettings : GraphResult
{
    internal PhoneNumberSettings(CallingSettings? calling, PayloadEncryptionSettings? payloadEncryption, StorageSettings? storage, GraphSource source)
        : base(source)
    {
        Calling = calling;
        PayloadEncryption = payloadEncryption;
        Storage = storage;
    }

    internal PhoneNumberSettings(PhoneNumberSettingsWire wire, GraphSource source)
        : this(
            wire.Calling is { } calling ? new CallingSettings(calling) : null,
            wire.PayloadEncryption is { } encryption ? new PayloadEncryptionSettings(encryption.Status, encryption.ClientEncryptionKeyFingerprint, encryption.CloudEncryptionKey) : null,
            wire.StorageConfiguration is { } storage ? new StorageSettings(storage.Status, storage.DataLocalizationRegion) : null,
            source)
    {
    }

    /// <summary>The calling settings (<c>calling</c>).</summary>
    public CallingSettings? Calling { get; }

    /// <summary>End-to-end payload encryption (<c>payload_encryption</c>).</summary>
    public PayloadEncryptionSettings? PayloadEncryption { get; }

    /// <summary>Where message data is stored (<c>storage_configuration</c>).</summary>
    public StorageSettings? Storage { get; }
}
