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

    private static readonly Func<LibraryTemplateWire, GraphSource, LibraryTemplate> ToLibraryTemplate = static (wire, source) => new LibraryTemplate(wire, source);

    private static readonly ResponseParser<UpsertTemplatesResult> ParseUpserted =
        GraphConnection.Mapper(WhatsAppJsonContext.Default.UpsertTemplatesResultWire, static (wire, source) => new UpsertTemplatesResult(wire, source));

    private static readonly ResponseParser<TemplateMigrationResult> ParseMigrated =
        GraphConnection.Mapper(WhatsAppJsonContext.Default.TemplateMigrationResultWire, static (wire, source) => new TemplateMigrationResult(wire, source));

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

    public GraphPageable<LibraryTemplate> ListLibraryAsync(TemplateLibraryListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = new GraphQuery("message_template_library")
            .Add("search", options?.Search)
            .Add("topic", options?.Topic)
            .Add("usecase", options?.Usecase)
            .Add("industry", options?.Industry)
            .Add("language", options?.Language)
            .Add("limit", options?.PageSize)
            .ToString();
        return new GraphPagedList<LibraryTemplateWire, LibraryTemplate>(_graph, path, WhatsAppJsonContext.Default.LibraryTemplateWire, ToLibraryTemplate, cancellationToken);
    }

    public Task<CreateTemplateResult> CreateFromLibraryAsync(CreateLibraryTemplateRequest request, TemplateRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(request, "request");
        var waba = BusinessAccount(options?.BusinessAccountId);
        var body = new CreateLibraryTemplateRequestWire
        {
            Name = request.Name,
            Language = request.Language,
            Category = request.Category,
            LibraryTemplateName = request.LibraryTemplateName,
            LibraryTemplateButtonInputs = request.ButtonInputs?.Select(static input => new LibraryTemplateButtonInputWire
            {
                Type = input.Type.Value,
                Url = input.BaseUrl is null ? null : new LibraryTemplateUrlInputWire { BaseUrl = input.BaseUrl, UrlSuffixExample = input.UrlSuffixExample },
                PhoneNumber = input.PhoneNumber,
                OtpType = input.OtpType,
                SupportedApps = input.SupportedApps.Count == 0 ? null
                    : input.SupportedApps.Select(static app => new LibraryTemplateSupportedAppWire { PackageName = app.PackageName, SignatureHash = app.SignatureHash }).ToList(),
                ZeroTapTermsAccepted = input.ZeroTapTermsAccepted,
            }).ToList(),
            LibraryTemplateBodyInputs = request.BodyInputs is not { } inputs ? null : new LibraryTemplateBodyInputsWire
            {
                AddContactNumber = inputs.AddContactNumber,
                AddLearnMoreLink = inputs.AddLearnMoreLink,
                AddSecurityRecommendation = inputs.AddSecurityRecommendation,
                AddTrackPackageLink = inputs.AddTrackPackageLink,
                CodeExpirationMinutes = inputs.CodeExpirationMinutes,
            },
        };
        return PostJsonAsync(waba + "/message_templates", body, WhatsAppJsonContext.Default.CreateLibraryTemplateRequestWire, ParseCreated, cancellationToken);
    }

    public Task<UpsertTemplatesResult> UpsertAuthenticationAsync(UpsertAuthenticationTemplateRequest request, TemplateRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        TemplateValidator.ValidateUpsert(request);
        var waba = BusinessAccount(options?.BusinessAccountId);
        var body = new UpsertTemplatesRequestWire
        {
            Name = request.Name,
            Languages = [.. request.Languages],
            Category = TemplateCategory.Authentication,
            MessageSendTtlSeconds = request.MessageSendTtlSeconds,
            Components = TemplateDefinitionMapper.WriteComponents(request.Components),
        };
        return PostJsonAsync(waba + "/upsert_message_templates", body, WhatsAppJsonContext.Default.UpsertTemplatesRequestWire, ParseUpserted, cancellationToken);
    }

    public Task UnpauseAsync(string templateId, TemplateRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        _graph.PostForSuccessAsync(Id(templateId, "templateId") + "/unpause", cancellationToken);

    public Task<TemplateComparison> CompareAsync(string templateId, string otherTemplateId, DateTimeOffset since, DateTimeOffset until, TemplateRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var id = Id(templateId, "templateId");
        var other = Id(otherTemplateId, "template_ids");
        if (id == other)
        {
            throw new WhatsAppValidationException("template_ids", $"A template ({id}) cannot be compared with itself.");
        }

        if (until <= since)
        {
            throw new WhatsAppValidationException("end", $"end ({until:O}) must be after start ({since:O}).");
        }

        var path = new GraphQuery(id + "/compare")
            .Add("template_ids", "[" + other + "]")
            .Add("start", since.ToUnixTimeSeconds())
            .Add("end", until.ToUnixTimeSeconds())
            .ToString();
        return _graph.GetAsync(path, WhatsAppJsonContext.Default.TemplateComparisonWire, static (wire, source) => new TemplateComparison(wire, source), cancellationToken);
    }

    public Task<TemplateMigrationResult> MigrateAsync(string sourceBusinessAccountId, TemplateMigrationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var source = Id(sourceBusinessAccountId, "source_waba_id");
        var destination = BusinessAccount(options?.BusinessAccountId);
        if (source == destination)
        {
            throw new WhatsAppValidationException("source_waba_id", $"source_waba_id {source} is the destination account; templates migrate between two accounts.");
        }

        var body = new TemplateMigrationRequestWire { SourceWabaId = source, PageNumber = options?.PageNumber };
        return PostJsonAsync(destination + "/migrate_message_templates", body, WhatsAppJsonContext.Default.TemplateMigrationRequestWire, ParseMigrated, cancellationToken);
    }

    private Task<T> PostJsonAsync<TBody, T>(string path, TBody body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<TBody> bodyType, ResponseParser<T> parse, CancellationToken cancellationToken)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, _graph.CreateUri(path))
        {
            Content = PooledJsonContent.Create((body, bodyType), static (writer, state) => System.Text.Json.JsonSerializer.Serialize(writer, state.body, state.bodyType)),
        };
        return _graph.SendAsync(message, parse, cancellationToken);
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
