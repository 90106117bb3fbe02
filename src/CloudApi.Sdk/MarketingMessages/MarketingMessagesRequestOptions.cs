namespace CloudApi.Sdk.MarketingMessages;

/// <summary>Optional settings of the Marketing Messages API's onboarding calls.</summary>
public sealed class MarketingMessagesRequestOptions
{
    /// <summary>
    /// <value>The WhatsApp Business Account whose onboarding status is read. Default: <see cref="WhatsAppOptions.BusinessAccountId"/>.</value>
    /// </summary>
    public string? BusinessAccountId { get; init; }

    /// <summary>
    /// <value>A partner's WhatsApp Business Solution to link to an onboarding request (<c>solution_id</c>); digits only.
    /// Default <see langword="null"/>: none.</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The id is not digits only.</exception>
    public string? SolutionId
    {
        get;
        init => field = value is null || GraphIds.IsValid(value)
            ? value
            : throw new WhatsAppValidationException("solution_id", $"solution_id '{value}' is malformed: Graph ids are digits only.");
    }
}
