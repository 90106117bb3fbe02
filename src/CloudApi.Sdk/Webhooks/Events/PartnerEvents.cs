namespace CloudApi.Sdk.Webhooks;

/// <summary>Meta reviewed the WhatsApp Business Account (<c>account_review_update</c>).</summary>
public sealed class AccountReviewUpdate : WebhookEvent
{
    internal AccountReviewUpdate()
    {
    }

    /// <summary>The decision (<c>decision</c>): <c>APPROVED</c>, <c>REJECTED</c>, <c>PENDING</c>, <c>DEFERRED</c>.</summary>
    public string? Decision { get; internal init; }
}

/// <summary>A multi-partner solution changed (<c>partner_solutions</c>).</summary>
public sealed class PartnerSolutionUpdate : WebhookEvent
{
    internal PartnerSolutionUpdate()
    {
    }

    /// <summary>What happened (<c>event</c>): <c>SOLUTION_CREATED</c>, <c>SOLUTION_UPDATED</c>, <c>PARTNER_REQUEST_ACCEPTED</c>, ...</summary>
    public string? Event { get; internal init; }

    /// <summary>The solution id (<c>solution_id</c>).</summary>
    public string? SolutionId { get; internal init; }

    /// <summary>Its status (<c>solution_status</c>): <c>ACTIVE</c>, <c>PENDING_ACTIVATION</c>, <c>DRAFT</c>, <c>DEACTIVATED</c>, ...</summary>
    public string? SolutionStatus { get; internal init; }

    /// <summary>The partner's app (<c>partner_app_id</c>).</summary>
    public string? PartnerAppId { get; internal init; }

    /// <summary>The owner's app (<c>owner_app_id</c>).</summary>
    public string? OwnerAppId { get; internal init; }
}

/// <summary>A payment configuration changed (<c>payment_configuration_update</c>), for payments in WhatsApp.</summary>
public sealed class PaymentConfigurationUpdate : WebhookEvent
{
    internal PaymentConfigurationUpdate()
    {
    }

    /// <summary>The configuration's name (<c>configuration_name</c>).</summary>
    public string? ConfigurationName { get; internal init; }

    /// <summary>The payment provider (<c>provider_name</c>).</summary>
    public string? ProviderName { get; internal init; }

    /// <summary>The merchant id at the provider (<c>provider_mid</c>).</summary>
    public string? ProviderMerchantId { get; internal init; }

    /// <summary>The status (<c>status</c>): <c>Active</c>, <c>Needs_Connecting</c>, <c>Needs_Testing</c>, ...</summary>
    public string? Status { get; internal init; }

    /// <summary>When it was created (<c>created_timestamp</c>).</summary>
    public DateTimeOffset? CreatedAt { get; internal init; }

    /// <summary>When it last changed (<c>updated_timestamp</c>).</summary>
    public DateTimeOffset? UpdatedAt { get; internal init; }
}
