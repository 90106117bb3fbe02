namespace CloudApi.Sdk.Flows;

/// <summary>Optional settings of the flow calls other than the list.</summary>
public sealed class FlowRequestOptions
{
    /// <summary>
    /// <value>The WhatsApp Business Account, for the calls that address it (create, migrate: the destination).
    /// Default: <see cref="WhatsAppOptions.BusinessAccountId"/>.</value>
    /// </summary>
    public string? BusinessAccountId { get; init; }

    /// <summary>
    /// <value>The business phone number, for the business public key calls. Default: <see cref="WhatsAppOptions.PhoneNumberId"/>.</value>
    /// </summary>
    public string? PhoneNumberId { get; init; }

    /// <summary>
    /// <value><see cref="IFlowsClient.GetAsync"/>: fields to ask for besides those <see cref="Flow"/> models; read them from
    /// <see cref="GraphResult.RawJson"/>. Default <see langword="null"/>: none.</value>
    /// </summary>
    public IReadOnlyList<string>? AdditionalFields { get; init; }
}
