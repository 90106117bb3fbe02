using CloudApi.Sdk.Business;
using CloudApi.Sdk.Tests.Templates;

namespace CloudApi.Sdk.Tests.Business;

/// <summary>The examples of docs/business-accounts.md, compiled; the account and subscription ones run against the emulator.</summary>
public sealed class BusinessAccountsDocExamples
{
    // docs: account
    public static async Task<string?> DescribeAsync(IWhatsAppClient client, CancellationToken cancellationToken)
    {
        BusinessAccount account = await client.BusinessAccounts.GetAsync(cancellationToken: cancellationToken);
        return $"{account.Name} ({account.Id}), {account.Currency}, review {account.AccountReviewStatus}";
    }

    // docs: subscribe
    internal static async Task SubscribeAsync(IWhatsAppClient client, CancellationToken cancellationToken)
    {
        await client.BusinessAccounts.SubscribeAppAsync(
            new SubscribeAppRequest(new Uri("https://hooks.luckyshrub.com/whatsapp"), "my-verify-token"), cancellationToken: cancellationToken);

        await foreach (SubscribedApp app in client.BusinessAccounts.ListSubscribedAppsAsync(cancellationToken: cancellationToken))
        {
            Console.WriteLine($"{app.Name} -> {app.OverrideCallbackUri ?? "(app callback)"}");
        }
    }

    // docs: analytics
    public static async Task<long> DeliveredLastWeekAsync(IWhatsAppClient client, TimeProvider time, CancellationToken cancellationToken)
    {
        var end = time.GetUtcNow();
        var query = new MessagingAnalyticsQuery(end.AddDays(-7), end, AnalyticsGranularity.Day) { CountryCodes = ["US", "BR"] };
        MessagingAnalytics analytics = await client.BusinessAccounts.GetMessagingAnalyticsAsync(query, cancellationToken: cancellationToken);
        return analytics.DataPoints.Sum(p => p.Delivered);
    }

    // docs: pricing
    public static async Task<decimal> MarketingCostAsync(IWhatsAppClient client, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var query = new PricingAnalyticsQuery(start, end, PricingGranularity.Daily)
        {
            PricingCategories = ["MARKETING"],
            Dimensions = ["COUNTRY"],
        };
        PricingAnalytics pricing = await client.BusinessAccounts.GetPricingAnalyticsAsync(query, cancellationToken: cancellationToken);
        return pricing.DataPoints.Sum(p => p.Cost ?? 0);
    }

    // docs: template analytics
    public static async Task<long> TemplateReadsAsync(IWhatsAppClient client, string templateId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var query = new TemplateAnalyticsQuery(start, end, [templateId]) { MetricTypes = ["READ"] };
        long reads = 0;
        await foreach (TemplateAnalytics analytics in client.BusinessAccounts.ListTemplateAnalyticsAsync(query, cancellationToken: cancellationToken))
        {
            reads += analytics.DataPoints.Sum(p => p.Read ?? 0);
        }

        return reads;
    }

    [Fact]
    public async Task Examples_RunAgainstEmulator()
    {
        await using var graph = await EmulatedGraph.StartAsync();
        var ct = TestContext.Current.CancellationToken;

        Assert.Contains(EmulatedGraph.BusinessAccountId, await DescribeAsync(graph.Client, ct), StringComparison.Ordinal);
        await SubscribeAsync(graph.Client, ct);
    }
}
