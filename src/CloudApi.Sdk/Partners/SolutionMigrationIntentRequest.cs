namespace CloudApi.Sdk.Partners;

/// <summary>A solution migration intent on a WhatsApp Business Account (<c>POST /{waba-id}/set_solution_migration_intent</c>).</summary>
public sealed class SolutionMigrationIntentRequest
{
    /// <summary>The longest reason Meta accepts.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>Creates the intent.</summary>
    /// <param name="solutionId">The account's current solution (<c>solution_id</c>).</param>
    /// <param name="action">What to do (<c>migration_intent</c>).</param>
    /// <exception cref="WhatsAppValidationException">The id is not digits or the action is empty.</exception>
    public SolutionMigrationIntentRequest(string solutionId, SolutionMigrationAction action)
    {
        SolutionId = PartnerIds.Required(solutionId, "solution_id");
        if (action.Value.Length == 0)
        {
            throw new WhatsAppValidationException("migration_intent", "migration_intent is required.");
        }

        Action = action;
    }

    /// <summary>The account's current solution (<c>solution_id</c>).</summary>
    public string SolutionId { get; }

    /// <summary>What to do (<c>migration_intent</c>).</summary>
    public SolutionMigrationAction Action { get; }

    /// <summary><value>The solution to migrate to (<c>target_solution_id</c>). Optional.</value></summary>
    /// <exception cref="WhatsAppValidationException">The id is not digits.</exception>
    public string? TargetSolutionId
    {
        get;
        init => field = PartnerIds.Optional(value, "target_solution_id");
    }

    /// <summary><value>Why, up to 500 characters (<c>migration_reason</c>). Optional.</value></summary>
    /// <exception cref="WhatsAppValidationException">Empty or too long.</exception>
    public string? MigrationReason
    {
        get;
        init => field = Validate.OptionalText(value, MaxReasonLength, "migration_reason");
    }

    /// <summary><value>When to migrate, with <see cref="SolutionMigrationAction.Schedule"/> (<c>scheduled_migration_time</c>). Optional.</value></summary>
    public DateTimeOffset? ScheduledMigrationTime { get; init; }
}
