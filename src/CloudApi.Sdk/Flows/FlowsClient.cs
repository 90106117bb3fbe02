using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using CloudApi.Sdk.Flows.Wire;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Flows;

/// <summary>Flow management through one tenant's <see cref="GraphConnection"/>.</summary>
internal sealed class FlowsClient : IFlowsClient
{
    /// <summary>The fields a list item answers.</summary>
    internal const string ListFields = "id,name,status,categories,validation_errors";

    /// <summary>The fields read for one flow: everything <see cref="Flow"/> holds.</summary>
    internal const string Fields =
        "id,name,categories,preview,status,validation_errors,json_version,data_api_version,endpoint_uri,whatsapp_business_account,application,health_status";

    private static readonly Func<FlowWire, GraphSource, Flow> ToFlow = static (wire, source) => new Flow(wire, source);

    private static readonly ResponseParser<CreateFlowResult> ParseCreated =
        GraphConnection.Mapper(WhatsAppJsonContext.Default.CreateFlowResultWire, static (wire, source) => new CreateFlowResult(wire, source));

    private static readonly ResponseParser<FlowJsonUploadResult> ParseUploaded =
        GraphConnection.Mapper(WhatsAppJsonContext.Default.FlowJsonUploadResultWire, static (wire, source) => new FlowJsonUploadResult(wire, source));

    private static readonly ResponseParser<MigrateFlowsResult> ParseMigrated =
        GraphConnection.Mapper(WhatsAppJsonContext.Default.MigrateFlowsResultWire, static (wire, source) => new MigrateFlowsResult(wire, source));

    private static readonly ResponseParser<bool> ParseSuccess = SuccessReader.Read;

    private readonly GraphConnection _graph;

    public FlowsClient(GraphConnection graph)
    {
        _graph = graph;
    }

    public GraphPageable<Flow> ListAsync(FlowListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var waba = BusinessAccount(options?.BusinessAccountId);
        var path = new GraphQuery(waba + "/flows")
            .Add("fields", FieldsWith(ListFields, options?.AdditionalFields))
            .Add("limit", PageSize(options))
            .ToString();
        return new GraphPagedList<FlowWire, Flow>(_graph, path, WhatsAppJsonContext.Default.FlowWire, ToFlow, cancellationToken);
    }

    public Task<CreateFlowResult> CreateAsync(CreateFlowRequest request, FlowRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(request, "request");
        if (request.Publish && request.FlowJson is null)
        {
            throw new WhatsAppValidationException("publish", "publish needs flow_json: only a flow created with its Flow JSON can be published at once.");
        }

        var waba = BusinessAccount(options?.BusinessAccountId);
        var body = new CreateFlowRequestWire
        {
            Name = request.Name,
            Categories = [.. request.Categories.Select(c => c.Value)],
            CloneFlowId = request.CloneFlowId,
            EndpointUri = request.EndpointUri?.AbsoluteUri,
            FlowJson = request.FlowJson,
            Publish = request.Publish ? true : null,
        };
        var message = new HttpRequestMessage(HttpMethod.Post, _graph.CreateUri(waba + "/flows"))
        {
            Content = PooledJsonContent.Create(body, static (writer, wire) => System.Text.Json.JsonSerializer.Serialize(writer, wire, WhatsAppJsonContext.Default.CreateFlowRequestWire)),
        };
        return _graph.SendAsync(message, ParseCreated, cancellationToken);
    }

    public Task<Flow> GetAsync(string flowId, FlowRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = new GraphQuery(FlowRules.FlowId(flowId)).Add("fields", FieldsWith(Fields, options?.AdditionalFields)).ToString();
        return _graph.GetAsync(path, WhatsAppJsonContext.Default.FlowWire, ToFlow, cancellationToken);
    }

    public Task UpdateAsync(string flowId, UpdateFlowRequest request, FlowRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var id = FlowRules.FlowId(flowId);
        Validate.NotNull(request, "request");
        if (request.IsEmpty)
        {
            throw new WhatsAppValidationException("request", "The update changes nothing: set name, categories, endpoint_uri or application_id.");
        }

        var body = new UpdateFlowRequestWire
        {
            Name = request.Name,
            Categories = request.Categories is null ? null : [.. request.Categories.Select(c => c.Value)],
            EndpointUri = request.EndpointUri?.AbsoluteUri,
            ApplicationId = request.ApplicationId,
        };
        return _graph.PostForSuccessAsync(id, body, WhatsAppJsonContext.Default.UpdateFlowRequestWire, cancellationToken);
    }

    public Task DeleteAsync(string flowId, FlowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        _graph.DeleteForSuccessAsync(FlowRules.FlowId(flowId), cancellationToken);

    public GraphPageable<FlowAsset> ListAssetsAsync(string flowId, FlowListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = new GraphQuery(FlowRules.FlowId(flowId) + "/assets").Add("limit", PageSize(options)).ToString();
        return new GraphPagedList<FlowAssetWire, FlowAsset>(_graph, path, WhatsAppJsonContext.Default.FlowAssetWire,
            static (wire, source) => new FlowAsset(wire, source), cancellationToken);
    }

    public Task<FlowJsonUploadResult> UploadFlowJsonAsync(string flowId, string flowJson, FlowRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var id = FlowRules.FlowId(flowId);
        Validate.NotNull(flowJson, "file");
        return UploadAsync(id, Encoding.UTF8.GetBytes(flowJson), cancellationToken);
    }

    public Task<FlowJsonUploadResult> UploadFlowJsonAsync(string flowId, ReadOnlyMemory<byte> utf8FlowJson, FlowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        UploadAsync(FlowRules.FlowId(flowId), utf8FlowJson, cancellationToken);

    public Task<FlowJsonUploadResult> UploadFlowJsonAsync(string flowId, Json.FlowJson flowJson, FlowRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var id = FlowRules.FlowId(flowId);
        Validate.NotNull(flowJson, "file");
        flowJson.ThrowIfInvalid();
        return UploadAsync(id, Encoding.UTF8.GetBytes(flowJson.ToJson()), cancellationToken);
    }

    public async Task<FlowJsonUploadResult> UploadFlowJsonAsync(string flowId, Stream flowJson, FlowRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var id = FlowRules.FlowId(flowId);
        Validate.NotNull(flowJson, "file");
        if (!flowJson.CanRead)
        {
            throw new WhatsAppValidationException("file", "The Flow JSON stream cannot be read.");
        }

        using var buffer = new MemoryStream();
        await flowJson.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return await UploadAsync(id, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken).ConfigureAwait(false);
    }

    public Task PublishAsync(string flowId, FlowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        _graph.PostForSuccessAsync(FlowRules.FlowId(flowId) + "/publish", cancellationToken);

    public Task DeprecateAsync(string flowId, FlowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        _graph.PostForSuccessAsync(FlowRules.FlowId(flowId) + "/deprecate", cancellationToken);

    public Task<MigrateFlowsResult> MigrateAsync(MigrateFlowsRequest request, FlowRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(request, "request");
        var destination = BusinessAccount(options?.BusinessAccountId);
        if (destination == request.SourceBusinessAccountId)
        {
            throw new WhatsAppValidationException("source_waba_id", "source_waba_id is the destination account: flows migrate between two accounts.");
        }

        var body = new MigrateFlowsRequestWire
        {
            SourceWabaId = request.SourceBusinessAccountId,
            SourceFlowNames = request.SourceFlowNames is null ? null : [.. request.SourceFlowNames],
        };
        var message = new HttpRequestMessage(HttpMethod.Post, _graph.CreateUri(destination + "/migrate_flows"))
        {
            Content = PooledJsonContent.Create(body, static (writer, wire) => System.Text.Json.JsonSerializer.Serialize(writer, wire, WhatsAppJsonContext.Default.MigrateFlowsRequestWire)),
        };
        return _graph.SendAsync(message, ParseMigrated, cancellationToken);
    }

    public Task<FlowMetric> GetEndpointMetricAsync(string flowId, FlowMetricQuery query, FlowRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var id = FlowRules.FlowId(flowId);
        Validate.NotNull(query, "query");
        var expression = new StringBuilder("metric")
            .Append(".name(").Append(MetricWord(query.Name.Value, "metric.name")).Append(')')
            .Append(".granularity(").Append(MetricWord(query.Granularity.Value, "metric.granularity")).Append(')');
        if (query is { Since: { } since, Until: { } until } && until < since)
        {
            throw new WhatsAppValidationException("metric.until", $"metric.until {until:yyyy-MM-dd} is before metric.since {since:yyyy-MM-dd}.");
        }

        if (query.Since is { } from)
        {
            expression.Append(".since(").Append(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(')');
        }

        if (query.Until is { } to)
        {
            expression.Append(".until(").Append(to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(')');
        }

        var path = new GraphQuery(id).Add("fields", expression.ToString()).ToString();
        return _graph.GetAsync(path, WhatsAppJsonContext.Default.FlowMetricAnswerWire, static (wire, source) => new FlowMetric(wire, source), cancellationToken);
    }

    public Task<BusinessPublicKey> GetBusinessPublicKeyAsync(FlowRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        _graph.GetAsync(PhoneNumber(options?.PhoneNumberId) + "/whatsapp_business_encryption", WhatsAppJsonContext.Default.BusinessPublicKeyAnswerWire,
            static (wire, source) => new BusinessPublicKey(wire, source), cancellationToken);

    public Task SetBusinessPublicKeyAsync(string publicKeyPem, FlowRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var pem = BusinessPublicKeyPem.Normalize(publicKeyPem);
        var phoneNumberId = PhoneNumber(options?.PhoneNumberId);
        var form = new MultipartFormDataContent { FormField("business_public_key", pem) };
        var request = new HttpRequestMessage(HttpMethod.Post, _graph.CreateUri(phoneNumberId + "/whatsapp_business_encryption")) { Content = form };
        return _graph.SendAsync(request, ParseSuccess, cancellationToken);
    }

    private Task<FlowJsonUploadResult> UploadAsync(string flowId, ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken)
    {
        FlowRules.FlowJson(utf8Json.Span, "file");
        var file = new ByteArrayContent(utf8Json.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = "\"flow.json\"" };
        var form = new MultipartFormDataContent
        {
            file,
            FormField("name", "flow.json"),
            FormField("asset_type", "FLOW_JSON"),
        };
        var request = new HttpRequestMessage(HttpMethod.Post, _graph.CreateUri(flowId + "/assets")) { Content = form };
        return _graph.SendAsync(request, ParseUploaded, cancellationToken);
    }

    private static StringContent FormField(string name, string value)
    {
        var field = new StringContent(value);
        field.Headers.ContentType = null;
        field.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"" + name + "\"" };
        return field;
    }

    private static int? PageSize(FlowListOptions? options) =>
        options?.PageSize is { } size && size is < 1 or > 1000
            ? throw new WhatsAppValidationException("limit", $"limit is {size}; it must be 1 to 1000.", 1000)
            : options?.PageSize;

    /// <summary>A metric name or granularity goes inside a field expression: upper-case letters and underscores only.</summary>
    private static string MetricWord(string value, string field) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterUpper(c) || c == '_')
            ? value
            : throw new WhatsAppValidationException(field, $"{field} '{value}' must be upper-case letters and underscores, e.g. ENDPOINT_REQUEST_COUNT or DAY.");

    /// <summary>The modelled fields, then the caller's additional ones (plain Graph field names only).</summary>
    private static string FieldsWith(string fields, IReadOnlyList<string>? additional)
    {
        if (additional is not { Count: > 0 })
        {
            return fields;
        }

        for (var i = 0; i < additional.Count; i++)
        {
            var field = additional[i];
            if (string.IsNullOrEmpty(field) || !field.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                throw new WhatsAppValidationException($"fields[{i}]",
                    $"Additional field '{field}' is not a Graph field name: lower-case letters, digits and underscores only.");
            }
        }

        return fields + "," + string.Join(',', additional);
    }

    private string BusinessAccount(string? id) =>
        GraphIds.Resolve(id, _graph.Options.BusinessAccountId, "businessAccountId", nameof(WhatsAppOptions.BusinessAccountId));

    private string PhoneNumber(string? id) =>
        GraphIds.Resolve(id, _graph.Options.PhoneNumberId, "phoneNumberId", nameof(WhatsAppOptions.PhoneNumberId));
}
