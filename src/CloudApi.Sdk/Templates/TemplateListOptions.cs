namespace CloudApi.Sdk.Templates;

/// <summary>Filters and page size of <see cref="ITemplatesClient.ListAsync"/>; every setting is optional.</summary>
public sealed class TemplateListOptions
{
    /// <summary><value>The WhatsApp Business Account to list. Default: <see cref="WhatsAppOptions.BusinessAccountId"/>.</value></summary>
    public string? BusinessAccountId { get; init; }

    /// <summary><value>Only templates whose name contains this (<c>name</c>). Default: any.</value></summary>
    public string? Name { get; init; }

    /// <summary><value>Only templates in one of these statuses (<c>status</c>). Default: any.</value></summary>
    public IReadOnlyList<TemplateStatus>? Statuses { get; init; }

    /// <summary><value>Only templates in one of these categories (<c>category</c>). Default: any.</value></summary>
    public IReadOnlyList<TemplateCategory>? Categories { get; init; }

    /// <summary><value>Only templates in this language, e.g. <c>en_US</c> (<c>language</c>). Default: any.</value></summary>
    public string? Language { get; init; }

    /// <summary><value>Templates per page (<c>limit</c>). Default <see langword="null"/>: Meta's default (25); 1 to 1,000.</value></summary>
    public int? PageSize { get; init; }

    /// <summary>
    /// <value>Fields to ask for besides those <see cref="MessageTemplate"/> models (e.g. <c>sub_category</c>); read them from
    /// <see cref="GraphResult.RawJson"/>. Default <see langword="null"/>: none.</value>
    /// </summary>
    public IReadOnlyList<string>? AdditionalFields { get; init; }
}
