namespace CloudApi.Sdk.Business;

/// <summary>Optional settings of <see cref="IBusinessAccountsClient.GetAsync"/>.</summary>
public sealed class BusinessAccountQueryOptions
{
    /// <summary><value>The WhatsApp Business Account id. Default: <see cref="WhatsAppOptions.BusinessAccountId"/>.</value></summary>
    public string? BusinessAccountId { get; init; }

    /// <summary><value>The fields to read. Default <see langword="null"/>: every field <see cref="BusinessAccount"/> holds.</value></summary>
    public IReadOnlyList<string>? Fields { get; init; }
}
