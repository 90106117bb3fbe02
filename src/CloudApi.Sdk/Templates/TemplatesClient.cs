using CloudApi.Sdk.Http;
using CloudApi.Sdk.Serialization;
using CloudApi.Sdk.Templates.Wire;

namespace CloudApi.Sdk.Templates;

/// <summary>Template management through one tenant's <see cref="GraphConnection"/>.</summary>
internal sealed class TemplatesClient : ITemplatesClient
{
    /// <summary>The fields read for a template: everything <see cref="MessageTemplate"/> holds.</summary>
    internal const string Fields = "id,name,status,category,language,components,parameter_format,quality_score,rejected_reason";

    private static readonly Func<MessageTemplateWire, GraphSource, MessageTemplate> ToTemplate = static (wire, source) => new MessageTemplate(wire, source);

    private static readonly ResponseParser<CreateTemplateResult> ParseCreated =
        GraphConnection.Mapper(WhatsAppJsonContext.Default.CreateTemplateResultWire, static (wire, source) => new CreateTemplateResult(wire, source));

    private readonly GraphConnection _graph;

    public TemplatesClient(GraphConnection graph)
    {
        _graph = graph;
    }

    public GraphPageable<MessageTemplate> ListAsync(TemplateListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var waba = BusinessAccount(options?.BusinessAccountId);
        if (options?.PageSize is { } size && size is < 1 or > 1000)
        {
            throw new WhatsAppValidationException("limit", $"limit is {size}; it must be 1 to 1000.", 1000);
        }

        if (options?.Name is not null)
        {
            Validate.Text(options.Name, TemplateLimits.MaxNameLength, "name");
        }

        var path = new GraphQuery(waba + "/message_templates")
            .Add("fields", FieldsWith(options?.AdditionalFields))
            .Add("limit", options?.PageSize)
            .Add("name", options?.Name)
            .Add("status", options?.Statuses?.Select(s => s.Value))
            .Add("category", options?.Categories?.Select(c => c.Value))
            .Add("language", options?.Language)
            .ToString();
        return new GraphPagedList<MessageTemplateWire, MessageTemplate>(_graph, path, WhatsAppJsonContext.Default.MessageTemplateWire, ToTemplate, cancellationToken);
    }

    public Task<MessageTemplate> GetAsync(string templateId, TemplateRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var id = Id(templateId, "templateId");
        var path = new GraphQuery(id).Add("fields", FieldsWith(options?.AdditionalFields)).ToString();
        return _graph.GetAsync(path, WhatsAppJsonContext.Default.MessageTemplateWire, ToTemplate, cancellationToken);
    }

    public Task<CreateTemplateResult> CreateAsync(CreateTemplateRequest request, TemplateRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        TemplateValidator.ValidateCreate(request);
        var waba = BusinessAccount(options?.BusinessAccountId);
        var body = new CreateTemplateRequestWire
        {
            Name = request.Name,
            Language = request.Language,
            Category = request.Category,
            ParameterFormat = request.ParameterFormat,
            MessageSendTtlSeconds = request.MessageSendTtlSeconds,
            Components = TemplateDefinitionMapper.WriteComponents(request.Components),
        };
        var message = new HttpRequestMessage(HttpMethod.Post, _graph.CreateUri(waba + "/message_templates"))
        {
            Content = PooledJsonContent.Create(body, static (writer, wire) => System.Text.Json.JsonSerializer.Serialize(writer, wire, WhatsAppJsonContext.Default.CreateTemplateRequestWire)),
        };
        return _graph.SendAsync(message, ParseCreated, cancellationToken);
    }

    public Task EditAsync(string templateId, EditTemplateRequest request, TemplateRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var id = Id(templateId, "templateId");
        TemplateValidator.ValidateEdit(request);
        var body = new EditTemplateRequestWire
        {
            Category = request.Category,
            Components = request.Components is null ? null : TemplateDefinitionMapper.WriteComponents(request.Components),
            MessageSendTtlSeconds = request.MessageSendTtlSeconds,
        };
        return _graph.PostForSuccessAsync(id, body, WhatsAppJsonContext.Default.EditTemplateRequestWire, cancellationToken);
    }

    public Task DeleteByNameAsync(string name, TemplateRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        TemplateValidator.ValidateName(name, "name");
        var waba = BusinessAccount(options?.BusinessAccountId);
        return _graph.DeleteForSuccessAsync(new GraphQuery(waba + "/message_templates").Add("name", name).ToString(), cancellationToken);
    }

    public Task DeleteAsync(string templateId, string name, TemplateRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var id = Id(templateId, "hsm_id");
        TemplateValidator.ValidateName(name, "name");
        var waba = BusinessAccount(options?.BusinessAccountId);
        return _graph.DeleteForSuccessAsync(new GraphQuery(waba + "/message_templates").Add("hsm_id", id).Add("name", name).ToString(), cancellationToken);
    }

    /// <summary>The modelled fields, then the caller's additional ones (plain Graph field names only).</summary>
    private static string FieldsWith(IReadOnlyList<string>? additional)
    {
        if (additional is not { Count: > 0 })
        {
            return Fields;
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

        return Fields + "," + string.Join(',', additional);
    }

    private string BusinessAccount(string? id) =>
        GraphIds.Resolve(id, _graph.Options.BusinessAccountId, "businessAccountId", nameof(WhatsAppOptions.BusinessAccountId));

    private static string Id(string? id, string parameterName) =>
        GraphIds.IsValid(id) ? id! : throw new WhatsAppValidationException(parameterName, $"{parameterName} '{id}' is malformed: Graph ids are digits only.");
}
