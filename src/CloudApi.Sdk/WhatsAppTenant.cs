namespace CloudApi.Sdk;

/// <summary>
/// One onboarded business as a provider knows it at run time: its token and, optionally, its default number and WABA.
/// Give it to <see cref="IWhatsAppClientFactory.CreateClient(WhatsAppTenant)"/> or <see cref="WhatsAppClient.ForTenant"/>
/// for a client that sends with that token only, through the shared pipeline (connections, rate limiter, retry, logging):
/// thousands of businesses need no registration each. <see cref="ToString"/> never prints the token.
/// </summary>
public sealed class WhatsAppTenant
{
    /// <summary>Creates the tenant.</summary>
    /// <param name="accessToken">The business's token (e.g. from <see cref="Partners.IOnboardingClient.ExchangeCodeAsync"/>).</param>
    /// <exception cref="WhatsAppValidationException">The token is empty or has white space or control characters.</exception>
    public WhatsAppTenant(string accessToken)
    {
        if (string.IsNullOrWhiteSpace(accessToken) || accessToken.Any(static c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new WhatsAppValidationException("accessToken", "accessToken is required and must not contain white space or control characters.");
        }

        AccessToken = accessToken;
    }

    /// <summary>The business's token, sent as <c>Authorization: Bearer</c> on each of its client's requests.</summary>
    public string AccessToken { get; }

    /// <summary><value>A name for the client (<see cref="IWhatsAppClient.Name"/>), e.g. your id of the business. Default: the registration's name.</value></summary>
    public string? Name { get; init; }

    /// <summary><value>The business's default phone-number id. Default: none (each call names its number).</value></summary>
    /// <exception cref="WhatsAppValidationException">Not digits.</exception>
    public string? PhoneNumberId
    {
        get;
        init => field = Id(value, "phoneNumberId");
    }

    /// <summary><value>The business's default WABA id. Default: none (each call names its account).</value></summary>
    /// <exception cref="WhatsAppValidationException">Not digits.</exception>
    public string? BusinessAccountId
    {
        get;
        init => field = Id(value, "businessAccountId");
    }

    /// <summary>Describes the tenant without its token.</summary>
    /// <returns>A description.</returns>
    public override string ToString() =>
        $"WhatsAppTenant {{ Name = {Name}, PhoneNumberId = {PhoneNumberId}, BusinessAccountId = {BusinessAccountId}, AccessToken = *** }}";

    /// <summary>The options of the tenant's client: the base's settings (version, host, timeouts, app) with the tenant's token and ids.</summary>
    internal WhatsAppOptions Apply(WhatsAppOptions baseOptions)
    {
        var options = baseOptions.Clone();
        options.AccessToken = AccessToken;
        options.PhoneNumberId = PhoneNumberId;
        options.BusinessAccountId = BusinessAccountId;
        return options;
    }

    private static string? Id(string? value, string field) =>
        value is null || GraphIds.IsValid(value) ? value : throw new WhatsAppValidationException(field, $"{field} '{value}' is malformed: Graph ids are digits only.");
}
