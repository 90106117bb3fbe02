namespace CloudApi.Sdk.Messages;

/// <summary>A shared contact's employer (<c>org</c>); every part is optional.</summary>
public sealed record ContactOrganization
{
    /// <summary>Creates an organization entry.</summary>
    /// <param name="company">The company's name.</param>
    /// <param name="department">The department.</param>
    /// <param name="title">The job title.</param>
    public ContactOrganization(string? company = null, string? department = null, string? title = null)
    {
        Company = company;
        Department = department;
        Title = title;
    }

    /// <summary>The company's name, or <see langword="null"/>.</summary>
    public string? Company { get; }

    /// <summary>The department, or <see langword="null"/>.</summary>
    public string? Department { get; }

    /// <summary>The job title, or <see langword="null"/>.</summary>
    public string? Title { get; }
}
