namespace CloudApi.Sdk.Groups;

/// <summary>Optional settings of the group calls other than the lists.</summary>
public sealed class GroupRequestOptions
{
    /// <summary>
    /// <value>The business phone number a group is created on (<see cref="IGroupsClient.CreateAsync"/>); calls addressed by
    /// a group id do not use it. Default: <see cref="WhatsAppOptions.PhoneNumberId"/>.</value>
    /// </summary>
    public string? PhoneNumberId { get; init; }

    /// <summary>
    /// <value><see cref="IGroupsClient.GetAsync"/>: the fields to ask for (<c>fields</c>), e.g. from <see cref="GroupFields"/>.
    /// Default <see langword="null"/>: every field <see cref="GroupInfo"/> models (<see cref="GroupFields.All"/>).</value>
    /// </summary>
    public IReadOnlyList<string>? Fields { get; init; }
}
