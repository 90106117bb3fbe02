namespace CloudApi.Sdk.Partners;

/// <summary>A new multi-partner solution (<c>POST /{application-id}/whatsapp_business_solution</c>), checked when it is built.</summary>
public sealed class CreateSolutionRequest
{
    /// <summary>The shortest solution name Meta accepts.</summary>
    public const int MinNameLength = 2;

    /// <summary>The longest solution name Meta accepts.</summary>
    public const int MaxNameLength = 75;

    /// <summary>Creates the request.</summary>
    /// <param name="solutionName">The solution's name, 2 to 75 characters (<c>solution_name</c>).</param>
    /// <param name="partnerAppId">The partner's app id (<c>partner_app_id</c>).</param>
    /// <exception cref="WhatsAppValidationException">The name's length is out of range or the app id is not digits.</exception>
    public CreateSolutionRequest(string solutionName, string partnerAppId)
    {
        Validate.Text(solutionName, MaxNameLength, "solution_name");
        if (solutionName.Trim().Length < MinNameLength)
        {
            throw new WhatsAppValidationException("solution_name", $"solution_name must have {MinNameLength} to {MaxNameLength} characters.");
        }

        SolutionName = solutionName;
        PartnerAppId = PartnerIds.Required(partnerAppId, "partner_app_id");
    }

    /// <summary>The solution's name (<c>solution_name</c>).</summary>
    public string SolutionName { get; }

    /// <summary>The partner's app id (<c>partner_app_id</c>).</summary>
    public string PartnerAppId { get; }

    /// <summary><value>What the owner app may do: none, or <see cref="BusinessAccountTask.Messaging"/> (<c>owner_permissions</c>, at most one).</value></summary>
    /// <exception cref="WhatsAppValidationException">More than one permission.</exception>
    public IReadOnlyList<BusinessAccountTask> OwnerPermissions
    {
        get;
        init => field = Permissions(value, "owner_permissions");
    } = [];

    /// <summary><value>What the partner app may do: none, or <see cref="BusinessAccountTask.Messaging"/> (<c>partner_permissions</c>, at most one).</value></summary>
    /// <exception cref="WhatsAppValidationException">More than one permission.</exception>
    public IReadOnlyList<BusinessAccountTask> PartnerPermissions
    {
        get;
        init => field = Permissions(value, "partner_permissions");
    } = [];

    private static IReadOnlyList<BusinessAccountTask> Permissions(IReadOnlyList<BusinessAccountTask>? value, string field) =>
        PartnerValues.Tasks(value, 0, 1, field);
}
