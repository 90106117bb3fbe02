namespace CloudApi.Sdk.Partners;

/// <summary>An on-behalf-of mobility intent on a WhatsApp Business Account (<c>POST /{waba-id}/obo_mobility_intent</c>).</summary>
public sealed class OboMobilityIntentRequest
{
    /// <summary>The longest reason Meta accepts.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>Creates the intent.</summary>
    /// <param name="solutionId">The account's current solution (<c>solution_id</c>).</param>
    /// <param name="intentType">What to do (<c>intent_type</c>).</param>
    /// <exception cref="WhatsAppValidationException">The id is not digits or the type is empty.</exception>
    public OboMobilityIntentRequest(string solutionId, OboMobilityIntentType intentType)
    {
        SolutionId = PartnerIds.Required(solutionId, "solution_id");
        if (intentType.Value.Length == 0)
        {
            throw new WhatsAppValidationException("intent_type", "intent_type is required.");
        }

        IntentType = intentType;
    }

    /// <summary>The account's current solution (<c>solution_id</c>).</summary>
    public string SolutionId { get; }

    /// <summary>What to do (<c>intent_type</c>).</summary>
    public OboMobilityIntentType IntentType { get; }

    /// <summary><value>The solution to move to (<c>target_solution_id</c>). Optional.</value></summary>
    /// <exception cref="WhatsAppValidationException">The id is not digits.</exception>
    public string? TargetSolutionId
    {
        get;
        init => field = PartnerIds.Optional(value, "target_solution_id");
    }

    /// <summary><value>Why, up to 500 characters (<c>mobility_reason</c>). Optional.</value></summary>
    /// <exception cref="WhatsAppValidationException">Empty or too long.</exception>
    public string? MobilityReason
    {
        get;
        init => field = Validate.OptionalText(value, MaxReasonLength, "mobility_reason");
    }

    /// <summary><value>When to carry it out (<c>scheduled_execution_time</c>). Optional.</value></summary>
    public DateTimeOffset? ScheduledExecutionTime { get; init; }

    /// <summary><value>Your own key/value notes sent with the intent (<c>metadata</c>). Optional; copied when set.</value></summary>
    /// <exception cref="WhatsAppValidationException">A key is empty.</exception>
    public IReadOnlyDictionary<string, string>? Metadata
    {
        get;
        init => field = value is null ? null : Copy(value);
    }

    private static Dictionary<string, string> Copy(IReadOnlyDictionary<string, string> value)
    {
        var copy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, item) in value)
        {
            if (string.IsNullOrEmpty(key) || item is null)
            {
                throw new WhatsAppValidationException("metadata", "metadata keys must not be empty and values must not be null.");
            }

            copy[key] = item;
        }

        return copy;
    }
}
