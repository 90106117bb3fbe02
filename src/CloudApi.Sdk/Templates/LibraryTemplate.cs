using CloudApi.Sdk.Http;
using CloudApi.Sdk.Templates.Wire;

namespace CloudApi.Sdk.Templates;

/// <summary>
/// A ready-made template of Meta's template library (an element of <c>GET /message_template_library</c>): create one for
/// an account with <see cref="ITemplatesClient.CreateFromLibraryAsync"/>; library templates are pre-approved.
/// </summary>
public sealed class LibraryTemplate : GraphResult
{
    internal LibraryTemplate(LibraryTemplateWire wire, GraphSource source)
        : this(
            source,
            wire.Name ?? string.Empty,
            wire.Language ?? string.Empty,
            wire.Category ?? default,
            wire.Id,
            wire.Topic,
            wire.Usecase,
            wire.Industry,
            wire.Header,
            wire.Body,
            wire.BodyParams ?? [],
            wire.Buttons?.Select(static b => new LibraryTemplateButton(b.Type ?? string.Empty, b.Text, b.Url, b.PhoneNumber)).ToList() ?? [])
    {
    }

    internal LibraryTemplate(
        GraphSource source, string name, string language, TemplateCategory category, string? id, string? topic, string? usecase,
        string? industry, string? header, string? body, IReadOnlyList<string> bodyParameters, IReadOnlyList<LibraryTemplateButton> buttons)
        : base(source)
    {
        Name = name;
        Language = language;
        Category = category;
        Id = id;
        Topic = topic;
        Usecase = usecase;
        Industry = industry;
        Header = header;
        Body = body;
        BodyParameters = bodyParameters;
        Buttons = buttons;
    }

    /// <summary>The library template's name (<c>name</c>): the <see cref="CreateLibraryTemplateRequest.LibraryTemplateName"/> to create it by.</summary>
    public string Name { get; }

    /// <summary>The language (<c>language</c>), e.g. <c>en_US</c>.</summary>
    public string Language { get; }

    /// <summary>The category (<c>category</c>): <c>UTILITY</c> or <c>AUTHENTICATION</c> in Meta's library today.</summary>
    public TemplateCategory Category { get; }

    /// <summary>The library entry's id (<c>id</c>), when Meta sent one.</summary>
    public string? Id { get; }

    /// <summary>The topic (<c>topic</c>), e.g. <c>ORDER_MANAGEMENT</c>.</summary>
    public string? Topic { get; }

    /// <summary>The use case (<c>usecase</c>), e.g. <c>SHIPMENT_CONFIRMATION</c>.</summary>
    public string? Usecase { get; }

    /// <summary>The industry (<c>industry</c>), e.g. <c>E_COMMERCE</c>.</summary>
    public string? Industry { get; }

    /// <summary>The header text (<c>header</c>), if any.</summary>
    public string? Header { get; }

    /// <summary>The body text with its <c>{{n}}</c> variables (<c>body</c>).</summary>
    public string? Body { get; }

    /// <summary>Example values of the body's variables (<c>body_params</c>); empty when none.</summary>
    public IReadOnlyList<string> BodyParameters { get; }

    /// <summary>The buttons (<c>buttons</c>); empty when none.</summary>
    public IReadOnlyList<LibraryTemplateButton> Buttons { get; }
}
