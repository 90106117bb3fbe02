namespace CloudApi.Sdk.Business;

/// <summary>An element of <c>GET /{waba-id}/subscribed_apps</c> as Meta sends it.</summary>
internal sealed class SubscribedAppData
{
    public AppData? WhatsappBusinessApiData { get; set; }

    public string? OverrideCallbackUri { get; set; }

    internal sealed class AppData
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public string? Link { get; set; }
    }
}

/// <summary>The optional body of <c>POST /{waba-id}/subscribed_apps</c>.</summary>
internal sealed class SubscribeAppRequest
{
    public required string OverrideCallbackUri { get; init; }

    public required string VerifyToken { get; init; }
}

/// <summary>The answer to a field-expansion analytics query on the account node.</summary>
internal sealed class AnalyticsResponse
{
    public MessagingAnalytics? Analytics { get; set; }

    public PricingAnalyticsData? PricingAnalytics { get; set; }

    internal sealed class PricingAnalyticsData
    {
        public List<PricingAnalyticsPage> Data { get; set; } = [];
    }

    internal sealed class PricingAnalyticsPage
    {
        public List<PricingDataPoint> DataPoints { get; set; } = [];
    }
}

/// <summary>An element of <c>GET /{waba-id}/template_analytics</c>.</summary>
internal sealed class TemplateAnalyticsPage
{
    public string? Granularity { get; set; }

    public List<TemplateAnalyticsDataPoint> DataPoints { get; set; } = [];
}
