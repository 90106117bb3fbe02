using CloudApi.Sdk.Http;
using CloudApi.Sdk.Templates.Wire;

namespace CloudApi.Sdk.Templates;

/// <summary>Meta's answer to an authentication-template upsert: one entry per language (<c>{"data":[...]}</c>).</summary>
public sealed class UpsertTemplatesResult : GraphResult
{
    internal UpsertTemplatesResult(UpsertTemplatesResultWire wire, GraphSource source)
        : this(source, wire.Data?.Select(static t => new UpsertedTemplate(t.Id ?? string.Empty, t.Status ?? default, t.Language ?? string.Empty)).ToList() ?? [])
    {
    }

    internal UpsertTemplatesResult(GraphSource source, IReadOnlyList<UpsertedTemplate> templates)
        : base(source)
    {
        Templates = templates;
    }

    /// <summary>The template of each language (<c>data</c>).</summary>
    public IReadOnlyList<UpsertedTemplate> Templates { get; }
}
