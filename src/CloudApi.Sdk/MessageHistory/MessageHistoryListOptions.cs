namespace CloudApi.Sdk.MessageHistory;

/// <summary>Optional settings of <see cref="IMessageHistoryClient.ListAsync"/>.</summary>
public sealed class MessageHistoryListOptions
{
    /// <summary>The largest page Meta serves.</summary>
    public const int MaxPageSize = 100;

    /// <summary><value>The business phone-number id. Default: <see cref="WhatsAppOptions.PhoneNumberId"/>.</value></summary>
    public string? PhoneNumberId { get; init; }

    /// <summary><value>Only the history of this message (<c>message_id</c>, a <c>wamid.</c>). Default <see langword="null"/>: every message.</value></summary>
    /// <exception cref="WhatsAppValidationException">The id is empty.</exception>
    public string? MessageId
    {
        get;
        init => field = Validate.OptionalNotEmpty(value, "message_id");
    }

    /// <summary><value>Histories per page (<c>limit</c>). Default <see langword="null"/>: Meta's default (25); 1 to 100.</value></summary>
    /// <exception cref="WhatsAppValidationException">The size is out of range.</exception>
    public int? PageSize
    {
        get;
        init => field = Validate.OptionalRange(value, 1, MaxPageSize, "limit");
    }
}
