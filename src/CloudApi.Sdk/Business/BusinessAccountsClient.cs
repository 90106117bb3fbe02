using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CloudApi.Sdk.Business.Wire;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Business;

/// <summary>Account calls through one tenant's <see cref="GraphConnection"/>.</summary>
internal sealed class BusinessAccountsClient : IBusinessAccountsClient
{
    internal const string DefaultFields =
        "id,name,currency,country,timezone_id,status,message_template_namespace,account_review_status,business_verification_status," +
        "ownership_type,is_enabled_for_insights";

    private static readonly ResponseParser<MessagingAnalytics> ParseMessagingAnalytics = (body, response) =>
        ReadField(body, response, static wire => wire.Analytics, WhatsAppJsonContext.Default.MessagingAnalyticsWire, static (wire, source) => new MessagingAnalytics(wire, source));

    private static readonly ResponseParser<PricingAnalytics> ParsePricingAnalytics = (body, response) =>
        ReadField(body, response, static wire => wire.PricingAnalytics, WhatsAppJsonContext.Default.PricingAnalyticsWire, static (wire, source) => new PricingAnalytics(wire, source));

    private readonly GraphConnection _graph;

    public BusinessAccountsClient(GraphConnection graph)
    {
        _graph = graph;
    }

    public Task<BusinessAccount> GetAsync(BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var waba = Account(options?.BusinessAccountId);
        var fields = DefaultFields;
        if (options?.Fields is { } requested)
        {
            Validate.Count(requested.Count, 1, 64, "fields");
            foreach (var field in requested)
            {
                AnalyticsValues.Token(field, "fields", static c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');
            }

            fields = string.Join(',', requested);
        }

        return _graph.GetAsync(new GraphQuery(waba).Add("fields", fields).ToString(), WhatsAppJsonContext.Default.BusinessAccountWire,
            static (wire, source) => new BusinessAccount(wire, source), cancellationToken);
    }

    public GraphPageable<SubscribedApp> ListSubscribedAppsAsync(BusinessAccountListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = new GraphQuery(Account(options?.BusinessAccountId) + "/subscribed_apps").Add("limit", PageSize(options)).ToString();
        return new GraphPagedList<SubscribedAppWire, SubscribedApp>(
            _graph, path, WhatsAppJsonContext.Default.SubscribedAppWire, static (wire, source) => new SubscribedApp(wire, source), cancellationToken);
    }

    public Task SubscribeAppAsync(BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        SubscribeCoreAsync(null, options, cancellationToken);

    public Task SubscribeAppAsync(SubscribeAppRequest request, BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        SubscribeCoreAsync(Validate.NotNull(request, "request"), options, cancellationToken);

    public Task UnsubscribeAppAsync(BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        _graph.DeleteForSuccessAsync(Account(options?.BusinessAccountId) + "/subscribed_apps", cancellationToken);

    public Task<MessagingAnalytics> GetMessagingAnalyticsAsync(MessagingAnalyticsQuery query, BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(query, "analytics");
        var expression = Expression("analytics", query, query.Granularity.Value);
        return QueryAsync(expression, ParseMessagingAnalytics, options, cancellationToken);
    }

    public Task<PricingAnalytics> GetPricingAnalyticsAsync(PricingAnalyticsQuery query, BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(query, "pricing_analytics");
        var expression = Expression("pricing_analytics", query, query.Granularity.Value);
        AddList(expression, "metric_types", query.MetricTypes);
        AddList(expression, "pricing_types", query.PricingTypes);
        AddList(expression, "pricing_categories", query.PricingCategories);
        AddList(expression, "dimensions", query.Dimensions);
        return QueryAsync(expression, ParsePricingAnalytics, options, cancellationToken);
    }

    public GraphPageable<TemplateAnalytics> ListTemplateAnalyticsAsync(
        TemplateAnalyticsQuery query, BusinessAccountListOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(query, "template_analytics");
        // Graph takes the lists as JSON arrays: template_ids=[1,2], metric_types=["SENT","READ"].
        var path = new GraphQuery(Account(options?.BusinessAccountId) + "/template_analytics")
            .Add("start", query.Start.ToUnixTimeSeconds())
            .Add("end", query.End.ToUnixTimeSeconds())
            .Add("granularity", "DAILY")
            .Add("template_ids", JsonArray(query.TemplateIds, quoted: false))
            .Add("metric_types", query.MetricTypes is { Count: > 0 } types ? JsonArray(types, quoted: true) : null)
            .Add("limit", PageSize(options))
            .ToString();
        return new GraphPagedList<TemplateAnalyticsWire, TemplateAnalytics>(
            _graph, path, WhatsAppJsonContext.Default.TemplateAnalyticsWire, static (wire, source) => new TemplateAnalytics(wire, source), cancellationToken);
    }

    public Task UpdateAsync(BusinessAccountUpdate update, BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(update, "update").ValidateNotEmpty();
        return _graph.PostForSuccessAsync(Account(options?.BusinessAccountId), new BusinessAccountUpdateWire { Name = update.Name, TimezoneId = update.TimezoneId },
            WhatsAppJsonContext.Default.BusinessAccountUpdateWire, cancellationToken);
    }

    public GraphPageable<BusinessAccountActivity> ListActivitiesAsync(BusinessAccountActivityListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = new GraphQuery(Account(options?.BusinessAccountId) + "/activities")
            .Add("limit", options?.PageSize)
            .Add("since", options?.Since?.ToUnixTimeSeconds())
            .Add("until", options?.Until?.ToUnixTimeSeconds())
            .Add("activity_type", options?.ActivityType)
            .ToString();
        return new GraphPagedList<ActivityWire, BusinessAccountActivity>(
            _graph, path, WhatsAppJsonContext.Default.ActivityWire, static (wire, source) => new BusinessAccountActivity(wire, source), cancellationToken);
    }

    public GraphPageable<BusinessSchedule> ListSchedulesAsync(BusinessAccountListOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (options?.PageSize is > 100)
        {
            throw new WhatsAppValidationException("limit", $"limit is {options.PageSize}; schedules are served at most 100 per page.", 100);
        }

        var path = new GraphQuery(Account(options?.BusinessAccountId) + "/schedules").Add("limit", PageSize(options)).ToString();
        return new GraphPagedList<ScheduleWire, BusinessSchedule>(
            _graph, path, WhatsAppJsonContext.Default.ScheduleWire, static (wire, source) => new BusinessSchedule(wire, source), cancellationToken);
    }

    public Task<CreateScheduleResult> CreateScheduleAsync(CreateScheduleRequest request, BusinessAccountRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(request, "request").ValidateRecurrence();
        var body = new ScheduleWire
        {
            Name = request.Name,
            ScheduleType = request.ScheduleType,
            StartTime = CreateScheduleRequest.Time(request.StartTime),
            EndTime = CreateScheduleRequest.Time(request.EndTime),
            Timezone = request.Timezone,
            DaysOfWeek = request.DaysOfWeek is { } days ? [.. days.Select(CreateScheduleRequest.Day)] : null,
            IsActive = request.IsActive,
            RecurrencePattern = request.RecurrenceFrequency is { } frequency
                ? new ScheduleWire.RecurrenceWire
                {
                    Frequency = frequency,
                    Interval = request.RecurrenceInterval,
                    EndDate = request.RecurrenceEndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                }
                : null,
        };
        var message = new HttpRequestMessage(HttpMethod.Post, _graph.CreateUri(Account(options?.BusinessAccountId) + "/schedules"))
        {
            Content = PooledJsonContent.Create(body, static (writer, state) => JsonSerializer.Serialize(writer, state, WhatsAppJsonContext.Default.ScheduleWire)),
        };
        return _graph.SendAsync(message,
            GraphConnection.Mapper(WhatsAppJsonContext.Default.CreatedScheduleWire, static (wire, source) => new CreateScheduleResult(wire.Id ?? string.Empty, source)), cancellationToken);
    }

    private Task SubscribeCoreAsync(SubscribeAppRequest? request, BusinessAccountRequestOptions? options, CancellationToken cancellationToken)
    {
        var body = request is null ? null : new SubscribeAppWire { OverrideCallbackUri = request.OverrideCallbackUri.AbsoluteUri, VerifyToken = request.VerifyToken };
        return _graph.PostForSuccessAsync(Account(options?.BusinessAccountId) + "/subscribed_apps", body, WhatsAppJsonContext.Default.SubscribeAppWire, cancellationToken);
    }

    private Task<T> QueryAsync<T>(StringBuilder expression, ResponseParser<T> parse, BusinessAccountRequestOptions? options, CancellationToken cancellationToken)
    {
        var path = new GraphQuery(Account(options?.BusinessAccountId)).Add("fields", expression.ToString()).ToString();
        return _graph.SendAsync(new HttpRequestMessage(HttpMethod.Get, _graph.CreateUri(path)), parse, cancellationToken);
    }

    /// <summary>Reads one field of the account node; the result keeps that field's object as its JSON (empty when Meta sent none).</summary>
    private static T ReadField<TWire, T>(
        ReadOnlySpan<byte> body, GraphResponse response, Func<AccountAnalyticsWire, JsonElement?> field, JsonTypeInfo<TWire> wireType, Func<TWire, GraphSource, T> map)
        where TWire : new()
    {
        var account = JsonSerializer.Deserialize(body, WhatsAppJsonContext.Default.AccountAnalyticsWire)
            ?? throw new WhatsAppException("The Graph API answered the analytics query with an empty body.");
        if (field(account) is not { ValueKind: JsonValueKind.Object } element)
        {
            return map(new TWire(), GraphSource.FromElement(default, response));
        }

        return map(element.Deserialize(wireType)!, GraphSource.FromElement(element, response));
    }

    /// <summary>
    /// Starts a field expansion such as <c>analytics.start(1693526400).end(1696118400).granularity(DAY)</c> with the query's
    /// number and country filters.
    /// </summary>
    private static StringBuilder Expression(string field, AccountAnalyticsQuery query, string granularity)
    {
        var expression = new StringBuilder(field)
            .Append(CultureInfo.InvariantCulture, $".start({query.Start.ToUnixTimeSeconds()})")
            .Append(CultureInfo.InvariantCulture, $".end({query.End.ToUnixTimeSeconds()})")
            .Append(".granularity(").Append(granularity).Append(')');
        AddList(expression, "phone_numbers", query.PhoneNumbers);
        AddList(expression, "country_codes", query.CountryCodes);
        return expression;
    }

    /// <summary>Adds <c>.name(["a","b"])</c>; the query checked each value when it was built.</summary>
    private static void AddList(StringBuilder expression, string name, IReadOnlyList<string>? values)
    {
        if (values is { Count: > 0 })
        {
            expression.Append('.').Append(name).Append('(').Append(JsonArray(values, quoted: true)).Append(')');
        }
    }

    /// <summary>Writes <c>["a","b"]</c> (or <c>[1,2]</c> unquoted) from checked values.</summary>
    private static string JsonArray(IReadOnlyList<string> values, bool quoted)
    {
        var text = new StringBuilder("[");
        for (var i = 0; i < values.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ",").Append(quoted ? "\"" : string.Empty).Append(values[i]).Append(quoted ? "\"" : string.Empty);
        }

        return text.Append(']').ToString();
    }

    private static int? PageSize(BusinessAccountListOptions? options)
    {
        if (options?.PageSize is { } size && size is < 1 or > BusinessAccountListOptions.MaxPageSize)
        {
            throw new WhatsAppValidationException("limit", $"limit is {size}; it must be 1 to {BusinessAccountListOptions.MaxPageSize}.", BusinessAccountListOptions.MaxPageSize);
        }

        return options?.PageSize;
    }

    private string Account(string? id) =>
        GraphIds.Resolve(id, _graph.Options.BusinessAccountId, "businessAccountId", nameof(WhatsAppOptions.BusinessAccountId));
}
