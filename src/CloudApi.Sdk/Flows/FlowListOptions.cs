namespace CloudApi.Sdk.Flows;

/// <summary>The account and page size of <see cref="IFlowsClient.ListAsync"/>; every setting is optional.</summary>
public sealed class FlowListOptions
{
    /// <summary><value>The WhatsApp Business Account to list. Default: <see cref="WhatsAppOptions.BusinessAccountId"/>.</value></summary>
    public string? BusinessAccountId { get; init; }

    /// <summary><value>Flows per page (<c>limit</c>). Default <see langword="null"/>: Meta's default; 1 to 1,000.</value></summary>
    public int? PageSize { get; init; }

    /// <summary>
    /// <value>Fields to ask for besides those a list item answers (id, name, status, categories, validation errors), e.g.
    /// <c>json_version</c>; typed ones fill their <see cref="Flow"/> property, others are in <see cref="GraphResult.RawJson"/>.
    /// Default <see langword="null"/>: none.</value>
    /// </summary>
    public IReadOnlyList<string>? AdditionalFields { get; init; }
}
