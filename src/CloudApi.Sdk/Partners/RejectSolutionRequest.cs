namespace CloudApi.Sdk.Partners;

/// <summary>A rejection of a solution's pending request (<c>POST /{solution-id}/reject</c>).</summary>
public sealed class RejectSolutionRequest
{
    /// <summary>The longest reason Meta accepts.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>Creates the rejection.</summary>
    /// <param name="requestType">Which request is rejected (<c>request_type</c>).</param>
    /// <exception cref="WhatsAppValidationException">The type is empty.</exception>
    public RejectSolutionRequest(SolutionRequestType requestType)
    {
        if (requestType.Value.Length == 0)
        {
            throw new WhatsAppValidationException("request_type", "request_type is required.");
        }

        RequestType = requestType;
    }

    /// <summary>Which request is rejected (<c>request_type</c>).</summary>
    public SolutionRequestType RequestType { get; }

    /// <summary><value>Why, up to 500 characters (<c>rejection_reason</c>). Optional.</value></summary>
    /// <exception cref="WhatsAppValidationException">Empty or too long.</exception>
    public string? RejectionReason
    {
        get;
        init => field = Validate.OptionalText(value, MaxReasonLength, "rejection_reason");
    }

    /// <summary><value>The partner app whose request is rejected (<c>partner_app_id</c>). Optional.</value></summary>
    /// <exception cref="WhatsAppValidationException">The id is not digits.</exception>
    public string? PartnerAppId
    {
        get;
        init => field = PartnerIds.Optional(value, "partner_app_id");
    }
}
