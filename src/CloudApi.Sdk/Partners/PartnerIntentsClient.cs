using CloudApi.Sdk.Http;
using CloudApi.Sdk.Partners.Wire;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Partners;

/// <summary>Migration and OBO intent calls through one tenant's <see cref="GraphConnection"/>.</summary>
internal sealed class PartnerIntentsClient : IPartnerIntentsClient
{
    private readonly GraphConnection _graph;

    public PartnerIntentsClient(GraphConnection graph)
    {
        _graph = graph;
    }

    public Task<MigrationIntent> GetMigrationIntentAsync(string migrationIntentId, CancellationToken cancellationToken = default) =>
        _graph.GetAsync(IntentId(migrationIntentId, "migrationIntentId"), WhatsAppJsonContext.Default.PartnerMigrationIntentWire,
            static (wire, source) => new MigrationIntent(wire, source), cancellationToken);

    public Task<SolutionMigrationIntentResult> SetSolutionMigrationIntentAsync(
        SolutionMigrationIntentRequest request, PartnerRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(request, "request");
        var body = new PartnerSolutionMigrationBodyWire
        {
            SolutionId = request.SolutionId,
            MigrationIntent = request.Action.Value,
            TargetSolutionId = request.TargetSolutionId,
            MigrationReason = request.MigrationReason,
            ScheduledMigrationTime = PartnerValues.Timestamp(request.ScheduledMigrationTime),
        };
        return PartnerPosts.PostAsync(_graph, Account(options) + "/set_solution_migration_intent", body, WhatsAppJsonContext.Default.PartnerSolutionMigrationBodyWire,
            WhatsAppJsonContext.Default.PartnerSolutionMigrationWire, static (wire, source) => new SolutionMigrationIntentResult(wire, source), cancellationToken);
    }

    public Task<OboMobilityIntentResult> CreateOboMobilityIntentAsync(OboMobilityIntentRequest request, PartnerRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate.NotNull(request, "request");
        var body = new PartnerOboIntentBodyWire
        {
            SolutionId = request.SolutionId,
            IntentType = request.IntentType.Value,
            TargetSolutionId = request.TargetSolutionId,
            MobilityReason = request.MobilityReason,
            ScheduledExecutionTime = PartnerValues.Timestamp(request.ScheduledExecutionTime),
            Metadata = request.Metadata is null ? null : new Dictionary<string, string>(request.Metadata, StringComparer.Ordinal),
        };
        return PartnerPosts.PostAsync(_graph, Account(options) + "/obo_mobility_intent", body, WhatsAppJsonContext.Default.PartnerOboIntentBodyWire,
            WhatsAppJsonContext.Default.PartnerOboIntentCreatedWire, static (wire, source) => new OboMobilityIntentResult(wire, source), cancellationToken);
    }

    public Task<OboMobilityIntent> GetOboMobilityIntentAsync(string intentId, CancellationToken cancellationToken = default) =>
        _graph.GetAsync(IntentId(intentId, "intentId"), WhatsAppJsonContext.Default.PartnerOboIntentWire,
            static (wire, source) => new OboMobilityIntent(wire, source), cancellationToken);

    public Task<SetOboMobilityIntentResult> SetOboMobilityIntentAsync(
        SetOboMobilityIntentRequest? request = null, PartnerRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var waba = Account(options);
        var body = new PartnerSetOboIntentBodyWire
        {
            WabaId = waba,
            SolutionId = request?.SolutionId,
            AppId = request?.AppId,
            ActorId = request?.ActorId,
            ClientMutationId = request?.ClientMutationId,
        };
        return PartnerPosts.PostAsync(_graph, waba + "/set_obo_mobility_intent", body, WhatsAppJsonContext.Default.PartnerSetOboIntentBodyWire,
            WhatsAppJsonContext.Default.PartnerSetOboIntentWire, static (wire, source) => new SetOboMobilityIntentResult(wire, source), cancellationToken);
    }

    private string Account(PartnerRequestOptions? options) => PartnerIds.Account(options?.BusinessAccountId, _graph.Options);

    // Intent ids are digits in the spec's paths, but the answers that create them show ids like "obo_mobility_123456789":
    // any letters, digits and underscores are taken, which keeps the path one safe segment.
    private static string IntentId(string? id, string field) =>
        id is { Length: > 0 and <= 64 } && id.All(static c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? id
            : throw new WhatsAppValidationException(field, $"{field} '{id}' is malformed: an intent id is letters, digits and underscores.");
}
