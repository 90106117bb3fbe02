namespace CloudApi.Sdk.Business;

/// <summary>Optional settings of a call on a WhatsApp Business Account (every call of <see cref="IBusinessAccountsClient"/> but the lists).</summary>
public sealed class BusinessAccountRequestOptions
{
    /// <summary><value>The WhatsApp Business Account id. Default: <see cref="WhatsAppOptions.BusinessAccountId"/>.</value></summary>
    public string? BusinessAccountId { get; init; }

    /// <summary>
    /// <value>The fields to read, for <see cref="IBusinessAccountsClient.GetAsync"/> (other calls ignore it). Default <see langword="null"/>:
    /// every field <see cref="BusinessAccount"/> holds.</value>
    /// </summary>
    public IReadOnlyList<string>? Fields { get; init; }
}
