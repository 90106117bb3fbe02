namespace CloudApi.Sdk.Flows;

/// <summary>The Meta app a flow's endpoint belongs to (<c>application</c>).</summary>
public sealed class FlowApplication
{
    internal FlowApplication(string id, string? name, Uri? link)
    {
        Id = id;
        Name = name;
        Link = link;
    }

    /// <summary>The app id (<c>id</c>).</summary>
    public string Id { get; }

    /// <summary>The app's name (<c>name</c>).</summary>
    public string? Name { get; }

    /// <summary>The app's page (<c>link</c>).</summary>
    public Uri? Link { get; }
}
