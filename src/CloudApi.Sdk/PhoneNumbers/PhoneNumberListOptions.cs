namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>Optional settings of <see cref="IPhoneNumbersClient.ListAsync"/>.</summary>
public sealed class PhoneNumberListOptions
{
    /// <summary><value>The WhatsApp Business Account whose numbers are listed. Default: <see cref="WhatsAppOptions.BusinessAccountId"/>.</value></summary>
    public string? BusinessAccountId { get; init; }

    /// <summary><value>The fields to read. Default <see langword="null"/>: as for <see cref="PhoneNumberRequestOptions.Fields"/>.</value></summary>
    public IReadOnlyList<string>? Fields { get; init; }

    /// <summary><value>Numbers per page (<c>limit</c>). Default <see langword="null"/>: Meta's default; 1 to 1,000.</value></summary>
    public int? PageSize { get; init; }
}
