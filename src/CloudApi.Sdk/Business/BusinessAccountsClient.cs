using System.Globalization;
using System.Text;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Business;

/// <summary>Account calls through one tenant's <see cref="GraphConnection"/>.</summary>
internal sealed class BusinessAccountsClient : IBusinessAccountsClient
{
    internal const string DefaultFields =
        "id,name,currency,country,timezone_id,status,message_template_namespace,account_review_status,business_verification_status," +
        "ownership_type,is_enabled_for_insights";

    private readonly GraphConnection _graph;

    public BusinessAccountsClient(GraphConnection graph)
    {
        _graph = graph;
    }

    public Task<BusinessAccount> GetAsync(BusinessAccountQueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        var waba = Account(options?.BusinessAccountId);
        var fields = DefaultFields;
        if (options?.Fields is { } requested)
        {
            Validate.Count(requested.Count, 1, 64, "fields");
            foreach (var field in requested)
            {
                RequireToken(field, "fields", static c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');
            }

            fields = string.Join(',', requested);
        }

        return _graph.GetAsync(new GraphQuery(waba).Add("fields", fields).ToString(), WhatsAppJsonContext.Default.BusinessAccount, cancellationToken);
    }

    public async Task<IReadOnlyList<SubscribedApp>> ListSubscribedAppsAsync(BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var waba = Account(options?.BusinessAccountId);
        var apps = new List<SubscribedApp>();
        await foreach (var app in GraphPager.ListAsync(_graph, waba + "/subscribed_apps", WhatsAppJsonContext.Default.GraphPageWireSubscribedAppData, cancellationToken).ConfigureAwait(false))
        {
            apps.Add(new SubscribedApp(
                app.WhatsappBusinessApiData?.Id ?? string.Empty, app.WhatsappBusinessApiData?.Name, app.WhatsappBusinessApiData?.Link, app.OverrideCallbackUri));
        }

        return apps;
    }

    public Task SubscribeAppAsync(SubscribeAppOptions? options = null, CancellationToken cancellationToken = default)
    {
        SubscribeAppRequest? body = null;
        if (options?.OverrideCallbackUri is not null || options?.VerifyToken is not null)
        {
            var uri = options.OverrideCallbackUri;
            Validate.HttpUri(uri, "override_callback_uri");
            if (uri!.Scheme != Uri.UriSchemeHttps)
            {
                throw new WhatsAppValidationException("override_callback_uri", "override_callback_uri must be an https URL.");
            }

            Validate.MaxLength(uri.AbsoluteUri, SubscribeAppOptions.MaxCallbackUriLength, "override_callback_uri");
            if (string.IsNullOrWhiteSpace(options.VerifyToken))
            {
                throw new WhatsAppValidationException("verify_token", "verify_token is required with override_callback_uri.");
            }

            body = new SubscribeAppRequest { OverrideCallbackUri = uri.AbsoluteUri, VerifyToken = options.VerifyToken };
        }

        var waba = Account(options?.BusinessAccountId);
        return _graph.PostForSuccessAsync(waba + "/subscribed_apps", body, WhatsAppJsonContext.Default.SubscribeAppRequest, cancellationToken);
    }

    public Task UnsubscribeAppAsync(BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        _graph.DeleteForSuccessAsync(Account(options?.BusinessAccountId) + "/subscribed_apps", cancellationToken);

    public async Task<MessagingAnalytics> GetMessagingAnalyticsAsync(MessagingAnalyticsQuery query, BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(query, "analytics");
        var expression = Expression("analytics", query.Start, query.End, query.Granularity.Value);
        AddList(expression, "phone_numbers", query.PhoneNumbers, char.IsAsciiDigit);
        AddList(expression, "country_codes", query.CountryCodes, char.IsAsciiLetterUpper);
        var response = await QueryAsync(expression, options, cancellationToken).ConfigureAwait(false);
        return response.Analytics ?? new MessagingAnalytics();
    }

    public async Task<IReadOnlyList<PricingDataPoint>> GetPricingAnalyticsAsync(PricingAnalyticsQuery query, BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(query, "pricing_analytics");
        var expression = Expression("pricing_analytics", query.Start, query.End, query.Granularity.Value);
        AddList(expression, "phone_numbers", query.PhoneNumbers, char.IsAsciiDigit);
        AddList(expression, "country_codes", query.CountryCodes, char.IsAsciiLetterUpper);
        AddList(expression, "metric_types", query.MetricTypes, IsEnumChar);
        AddList(expression, "pricing_types", query.PricingTypes, IsEnumChar);
        AddList(expression, "pricing_categories", query.PricingCategories, IsEnumChar);
        AddList(expression, "dimensions", query.Dimensions, IsEnumChar);
        var response = await QueryAsync(expression, options, cancellationToken).ConfigureAwait(false);
        return response.PricingAnalytics?.Data.SelectMany(page => page.DataPoints).ToList() ?? [];
    }

    public async Task<IReadOnlyList<TemplateAnalyticsDataPoint>> GetTemplateAnalyticsAsync(
        TemplateAnalyticsQuery query, BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(query, "template_analytics");
        if (query.End <= query.Start)
        {
            throw new WhatsAppValidationException("end", $"end ({query.End:O}) must be after start ({query.Start:O}).");
        }

        Validate.Count(query.TemplateIds?.Count ?? 0, 1, TemplateAnalyticsQuery.MaxTemplates, "template_ids");
        // Graph takes the lists as JSON arrays: template_ids=[1,2], metric_types=["SENT","READ"].
        var path = new GraphQuery(Account(options?.BusinessAccountId) + "/template_analytics")
            .Add("start", query.Start.ToUnixTimeSeconds())
            .Add("end", query.End.ToUnixTimeSeconds())
            .Add("granularity", "DAILY")
            .Add("template_ids", JsonArray(query.TemplateIds!, "template_ids", char.IsAsciiDigit, quoted: false))
            .Add("metric_types", query.MetricTypes is { Count: > 0 } types ? JsonArray(types, "metric_types", IsEnumChar, quoted: true) : null)
            .ToString();
        var points = new List<TemplateAnalyticsDataPoint>();
        await foreach (var page in GraphPager.ListAsync(_graph, path, WhatsAppJsonContext.Default.GraphPageWireTemplateAnalyticsPage, cancellationToken).ConfigureAwait(false))
        {
            points.AddRange(page.DataPoints);
        }

        return points;
    }

    private Task<AnalyticsResponse> QueryAsync(StringBuilder expression, BusinessAccountRequestOptions? options, CancellationToken cancellationToken)
    {
        var waba = Account(options?.BusinessAccountId);
        return _graph.GetAsync(new GraphQuery(waba).Add("fields", expression.ToString()).ToString(), WhatsAppJsonContext.Default.AnalyticsResponse, cancellationToken);
    }

    /// <summary>Starts a field expansion such as <c>analytics.start(1693526400).end(1696118400).granularity(DAY)</c>.</summary>
    private static StringBuilder Expression(string field, DateTimeOffset start, DateTimeOffset end, string granularity)
    {
        if (end <= start)
        {
            throw new WhatsAppValidationException("end", $"end ({end:O}) must be after start ({start:O}).");
        }

        RequireToken(granularity, "granularity", IsEnumChar);
        return new StringBuilder(field)
            .Append(CultureInfo.InvariantCulture, $".start({start.ToUnixTimeSeconds()})")
            .Append(CultureInfo.InvariantCulture, $".end({end.ToUnixTimeSeconds()})")
            .Append(".granularity(").Append(granularity).Append(')');
    }

    /// <summary>Adds <c>.name(["a","b"])</c>; each value is checked so that nothing can break out of the expression.</summary>
    private static void AddList(StringBuilder expression, string name, IReadOnlyList<string>? values, Func<char, bool> allowed)
    {
        if (values is { Count: > 0 })
        {
            expression.Append('.').Append(name).Append('(').Append(JsonArray(values, name, allowed, quoted: true)).Append(')');
        }
    }

    /// <summary>Writes <c>["a","b"]</c> (or <c>[1,2]</c> unquoted) from checked values.</summary>
    private static string JsonArray(IReadOnlyList<string> values, string field, Func<char, bool> allowed, bool quoted)
    {
        var text = new StringBuilder("[");
        for (var i = 0; i < values.Count; i++)
        {
            RequireToken(values[i], field, allowed);
            text.Append(i == 0 ? string.Empty : ",").Append(quoted ? "\"" : string.Empty).Append(values[i]).Append(quoted ? "\"" : string.Empty);
        }

        return text.Append(']').ToString();
    }

    private static void RequireToken(string? value, string field, Func<char, bool> allowed)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 64 || !value.All(allowed))
        {
            throw new WhatsAppValidationException(field, $"{field} has the value '{value}', which is not allowed there.");
        }
    }

    private static bool IsEnumChar(char c) => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_';

    private string Account(string? id) =>
        GraphIds.Resolve(id, _graph.Options.BusinessAccountId, "businessAccountId", nameof(WhatsAppOptions.BusinessAccountId));
}
