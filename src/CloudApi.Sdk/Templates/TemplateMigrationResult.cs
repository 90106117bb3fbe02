using System.Text.Json;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Templates.Wire;

namespace CloudApi.Sdk.Templates;

/// <summary>Meta's answer to a template migration between accounts: which templates moved and why the others did not.</summary>
public sealed class TemplateMigrationResult : GraphResult
{
    internal TemplateMigrationResult(TemplateMigrationResultWire wire, GraphSource source)
        : this(
            source,
            wire.MigratedTemplates?.Select(static id => id.ValueKind == JsonValueKind.String ? id.GetString() ?? string.Empty : id.GetRawText()).ToList() ?? [],
            wire.FailedTemplates ?? [])
    {
    }

    internal TemplateMigrationResult(GraphSource source, IReadOnlyList<string> migratedTemplateIds, IReadOnlyDictionary<string, string> failedTemplates)
        : base(source)
    {
        MigratedTemplateIds = migratedTemplateIds;
        FailedTemplates = failedTemplates;
    }

    /// <summary>The ids of the templates created in the destination account (<c>migrated_templates</c>).</summary>
    public IReadOnlyList<string> MigratedTemplateIds { get; }

    /// <summary>The source templates that were not migrated, by id, with Meta's reason (<c>failed_templates</c>).</summary>
    public IReadOnlyDictionary<string, string> FailedTemplates { get; }
}
