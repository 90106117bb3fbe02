using CloudApi.Sdk.Business;

namespace CloudApi.Sdk.Tests.ApiCoverage;

internal static partial class CoveredCalls
{
    private static readonly DateTimeOffset RangeStart = new(2025, 9, 1, 0, 0, 0, TimeSpan.Zero);

    static partial void AddBusinessAccounts(List<CoveredCall> calls)
    {
        const string Account = "GET /{WABA-ID}";
        calls.Add(new(Account, "IBusinessAccountsClient.GetAsync",
            (client, ct) => client.BusinessAccounts.GetAsync(cancellationToken: ct), """{"id":"102290129340398","name":"Lucky Shrub"}"""));
        calls.Add(new(Account, "IBusinessAccountsClient.GetMessagingAnalyticsAsync",
            (client, ct) => client.BusinessAccounts.GetMessagingAnalyticsAsync(new MessagingAnalyticsQuery(RangeStart, RangeStart.AddDays(30), AnalyticsGranularity.Day), cancellationToken: ct),
            """{"analytics":{"granularity":"DAY","data_points":[]},"id":"102290129340398"}"""));
        calls.Add(new(Account, "IBusinessAccountsClient.GetPricingAnalyticsAsync",
            (client, ct) => client.BusinessAccounts.GetPricingAnalyticsAsync(new PricingAnalyticsQuery(RangeStart, RangeStart.AddDays(30), PricingGranularity.Daily), cancellationToken: ct),
            """{"pricing_analytics":{"data":[]},"id":"102290129340398"}"""));
        calls.Add(new("GET /{WABA-ID}/subscribed_apps", "IBusinessAccountsClient.ListSubscribedAppsAsync",
            async (client, ct) => await client.BusinessAccounts.ListSubscribedAppsAsync(cancellationToken: ct).ToListAsync(ct),
            """{"data":[{"whatsapp_business_api_data":{"id":"67084548052346","link":"https://www.facebook.com/games/?app_id=67084548052346","name":"Lucky Shrub"}}]}"""));
        calls.Add(new("POST /{WABA-ID}/subscribed_apps", "IBusinessAccountsClient.SubscribeAppAsync",
            (client, ct) => client.BusinessAccounts.SubscribeAppAsync(cancellationToken: ct), Success));
        calls.Add(new("DELETE /{WABA-ID}/subscribed_apps", "IBusinessAccountsClient.UnsubscribeAppAsync",
            (client, ct) => client.BusinessAccounts.UnsubscribeAppAsync(cancellationToken: ct), Success));
    }
}
