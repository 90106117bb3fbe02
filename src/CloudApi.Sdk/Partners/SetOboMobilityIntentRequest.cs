namespace CloudApi.Sdk.Partners;

/// <summary>The settings of <c>POST /{waba-id}/set_obo_mobility_intent</c> (the account itself is the call's <c>waba_id</c>).</summary>
public sealed class SetOboMobilityIntentRequest
{
    /// <summary>The longest <see cref="ClientMutationId"/> Meta accepts.</summary>
    public const int MaxClientMutationIdLength = 255;

    /// <summary><value>The solution (<c>solution_id</c>). Optional.</value></summary>
    /// <exception cref="WhatsAppValidationException">The id is not digits.</exception>
    public string? SolutionId
    {
        get;
        init => field = PartnerIds.Optional(value, "solution_id");
    }

    /// <summary><value>The app (<c>app_id</c>). Optional.</value></summary>
    /// <exception cref="WhatsAppValidationException">The id is not digits.</exception>
    public string? AppId
    {
        get;
        init => field = PartnerIds.Optional(value, "app_id");
    }

    /// <summary><value>The user acting (<c>actor_id</c>). Optional.</value></summary>
    /// <exception cref="WhatsAppValidationException">The id is not digits.</exception>
    public string? ActorId
    {
        get;
        init => field = PartnerIds.Optional(value, "actor_id");
    }

    /// <summary><value>Your own id of the request, echoed in the answer (<c>client_mutation_id</c>), up to 255 characters. Optional.</value></summary>
    /// <exception cref="WhatsAppValidationException">Empty or too long.</exception>
    public string? ClientMutationId
    {
        get;
        init => field = Validate.OptionalText(value, MaxClientMutationIdLength, "client_mutation_id");
    }
}
