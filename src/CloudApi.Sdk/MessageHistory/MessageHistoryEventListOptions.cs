namespace CloudApi.Sdk.MessageHistory;

/// <summary>Optional settings of <see cref="IMessageHistoryClient.ListEventsAsync"/>.</summary>
public sealed class MessageHistoryEventListOptions
{
    /// <summary><value>Only events of this status (<c>status_filter</c>). Default <see langword="null"/>: every status.</value></summary>
    public DeliveryStatus? Status { get; init; }

    /// <summary><value>Events per page (<c>limit</c>). Default <see langword="null"/>: Meta's default (25); 1 to 100.</value></summary>
    /// <exception cref="WhatsAppValidationException">The size is out of range.</exception>
    public int? PageSize
    {
        get;
        init => field = Validate.OptionalRange(value, 1, MessageHistoryListOptions.MaxPageSize, "limit");
    }
}
