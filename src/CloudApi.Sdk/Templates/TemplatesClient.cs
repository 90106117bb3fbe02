using CloudApi.Sdk.Http;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Templates;

/// <summary>Template management through one tenant's <see cref="GraphConnection"/>.</summary>
internal sealed class TemplatesClient : ITemplatesClient
{
    /// <summary>The fields read for a template: everything <see cref="MessageTemplate"/> holds.</summary>
    internal const string Fields = "id,name,status,category,language,components,parameter_format,quality_score,rejected_reason";

    private readonly GraphConnection _graph;

    public TemplatesClient(GraphConnection graph)
    {
        _graph = graph;
    }

    public IAsyncEnumerable<MessageTemplate> ListAsync(TemplateQuery? query = null, CancellationToken cancellationToken = default)
    {
        var waba = BusinessAccount(query?.BusinessAccountId);
        if (query?.PageSize is { } size && size is < 1 or > 1000)
        {
            throw new WhatsAppValidationException("limit", $"limit is {size}; it must be 1 to 1000.", 1000);
        }

        if (query?.Name is not null)
        {
            Validate.Text(query.Name, TemplateLimits.MaxNameLength, "name");
        }

        var path = new GraphQuery(waba + "/message_templates")
            .Add("fields", Fields)
            .Add("limit", query?.PageSize)
            .Add("name", query?.Name)
            .Add("status", query?.Statuses?.Select(s => s.Value))
            .Add("category", query?.Categories?.Select(c => c.Value))
            .Add("language", query?.Language)
            .ToString();
        return GraphPager.ListAsync(_graph, path, WhatsAppJsonContext.Default.GraphPageWireMessageTemplate, cancellationToken);
    }

    public Task<MessageTemplate> GetAsync(string templateId, CancellationToken cancellationToken = default)
    {
        var id = Id(templateId, "templateId");
        return _graph.GetAsync(new GraphQuery(id).Add("fields", Fields).ToString(), WhatsAppJsonContext.Default.MessageTemplate, cancellationToken);
    }

    public Task<CreateTemplateResult> CreateAsync(CreateTemplateRequest request, TemplateRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        TemplateValidator.ValidateCreate(request);
        var waba = BusinessAccount(options?.BusinessAccountId);
        return _graph.PostAsync(waba + "/message_templates", request,
            WhatsAppJsonContext.Default.CreateTemplateRequest, WhatsAppJsonContext.Default.CreateTemplateResult, cancellationToken);
    }

    public Task EditAsync(string templateId, EditTemplateRequest request, CancellationToken cancellationToken = default)
    {
        var id = Id(templateId, "templateId");
        TemplateValidator.ValidateEdit(request);
        return _graph.PostForSuccessAsync(id, request, WhatsAppJsonContext.Default.EditTemplateRequest, cancellationToken);
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

    private string BusinessAccount(string? id) =>
        GraphIds.Resolve(id, _graph.Options.BusinessAccountId, "businessAccountId", nameof(WhatsAppOptions.BusinessAccountId));

    private static string Id(string? id, string parameterName) =>
        GraphIds.IsValid(id) ? id! : throw new WhatsAppValidationException(parameterName, $"{parameterName} '{id}' is malformed: Graph ids are digits only.");
}
