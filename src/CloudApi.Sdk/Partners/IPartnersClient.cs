namespace CloudApi.Sdk.Partners;

/// <summary>
/// The operations of tech providers and solution partners: onboarding businesses through Embedded Signup, the accounts
/// shared with them, multi-partner solutions, pre-verified numbers, migration and OBO intents, credit lines. A provider
/// calls them with its own token; the onboarded businesses get their own clients (<see cref="WhatsAppTenant"/>).
/// </summary>
public interface IPartnersClient
{
    /// <summary>Exchanges Embedded Signup codes for business tokens and inspects tokens.</summary>
    IOnboardingClient Onboarding { get; }

    /// <summary>The business portfolio, client / owned / assigned accounts, connected client businesses, assigned users, on-behalf requests, credit lines.</summary>
    IPartnerAccountsClient Accounts { get; }

    /// <summary>Multi-partner solutions: create, list, read, accept or reject, deactivation requests, their access tokens.</summary>
    ISolutionsClient Solutions { get; }

    /// <summary>Pre-verified phone numbers: list, read, delete, verify, share with another business.</summary>
    IPreverifiedNumbersClient PreverifiedNumbers { get; }

    /// <summary>Migration intents, solution migration intents and on-behalf-of mobility intents.</summary>
    IPartnerIntentsClient Intents { get; }
}
