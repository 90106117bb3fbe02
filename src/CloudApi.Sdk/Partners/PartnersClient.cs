using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Partners;

/// <summary>The partner sub-clients over one tenant's <see cref="GraphConnection"/>.</summary>
internal sealed class PartnersClient : IPartnersClient
{
    public PartnersClient(GraphConnection graph)
    {
        Onboarding = new OnboardingClient(graph);
        Accounts = new PartnerAccountsClient(graph);
        Solutions = new SolutionsClient(graph);
        PreverifiedNumbers = new PreverifiedNumbersClient(graph);
        Intents = new PartnerIntentsClient(graph);
    }

    public IOnboardingClient Onboarding { get; }

    public IPartnerAccountsClient Accounts { get; }

    public ISolutionsClient Solutions { get; }

    public IPreverifiedNumbersClient PreverifiedNumbers { get; }

    public IPartnerIntentsClient Intents { get; }
}
