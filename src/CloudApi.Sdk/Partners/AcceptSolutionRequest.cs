namespace CloudApi.Sdk.Partners;

/// <summary>A partner app's acceptance of a solution invitation (<c>POST /{solution-id}/accept</c>).</summary>
public sealed class AcceptSolutionRequest
{
    /// <summary>Creates the acceptance.</summary>
    /// <param name="partnerAppId">The accepting partner app (<c>partner_app_id</c>).</param>
    /// <exception cref="WhatsAppValidationException">The id is not digits.</exception>
    public AcceptSolutionRequest(string partnerAppId)
    {
        PartnerAppId = PartnerIds.Required(partnerAppId, "partner_app_id");
    }

    /// <summary>The accepting partner app (<c>partner_app_id</c>).</summary>
    public string PartnerAppId { get; }

    /// <summary><value>An id of your own that ties the call to your logs (<c>log_session_id</c>), up to 255 characters. Optional.</value></summary>
    /// <exception cref="WhatsAppValidationException">Empty or too long.</exception>
    public string? LogSessionId
    {
        get;
        init => field = Validate.OptionalText(value, 255, "log_session_id");
    }
}
