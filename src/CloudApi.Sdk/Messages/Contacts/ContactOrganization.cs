namespace CloudApi.Sdk.Messages;

/// <summary>A shared contact's employer (<c>org</c>); every part is optional.</summary>
public sealed partial class ContactOrganization
{
    /// <summary><value>The company's name. Default <see langword="null"/>.</value></summary>
    public string? Company { get; init; }

    /// <summary><value>The department. Default <see langword="null"/>.</value></summary>
    public string? Department { get; init; }

    /// <summary><value>The job title. Default <see langword="null"/>.</value></summary>
    public string? Title { get; init; }
}
