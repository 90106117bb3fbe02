using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Partners.Wire;

/// <summary>The answer of <c>GET /{migration-intent-id}</c>.</summary>
internal sealed class PartnerMigrationIntentWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public string? Status { get; set; }
}

/// <summary>The body of <c>POST /{waba-id}/set_solution_migration_intent</c>.</summary>
internal sealed class PartnerSolutionMigrationBodyWire
{
    public string? SolutionId { get; set; }

    public string? MigrationIntent { get; set; }

    public string? TargetSolutionId { get; set; }

    public string? MigrationReason { get; set; }

    public string? ScheduledMigrationTime { get; set; }
}

/// <summary>The answer of <c>POST /{waba-id}/set_solution_migration_intent</c>.</summary>
internal sealed class PartnerSolutionMigrationWire
{
    public bool? Success { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? MigrationIntentId { get; set; }

    public string? Status { get; set; }

    public DateTimeOffset? EstimatedCompletionTime { get; set; }
}

/// <summary>The body of <c>POST /{waba-id}/obo_mobility_intent</c>.</summary>
internal sealed class PartnerOboIntentBodyWire
{
    public string? SolutionId { get; set; }

    public string? IntentType { get; set; }

    public string? TargetSolutionId { get; set; }

    public string? MobilityReason { get; set; }

    public string? ScheduledExecutionTime { get; set; }

    public Dictionary<string, string>? Metadata { get; set; }
}

/// <summary>The answer of <c>POST /{waba-id}/obo_mobility_intent</c>.</summary>
internal sealed class PartnerOboIntentCreatedWire
{
    public bool? Success { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? MobilityIntentId { get; set; }

    public string? Status { get; set; }

    public DateTimeOffset? EstimatedCompletionTime { get; set; }

    public bool? ApprovalRequired { get; set; }

    public List<string>? NextSteps { get; set; }
}

/// <summary>The answer of <c>GET /{obo-mobility-intent-id}</c>.</summary>
internal sealed class PartnerOboIntentWire
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    public PartnerNamedObjectWire? Waba { get; set; }

    public PartnerSolutionWire? Solution { get; set; }

    public string? Status { get; set; }

    public DateTimeOffset? CreatedTime { get; set; }

    public DateTimeOffset? UpdatedTime { get; set; }
}

/// <summary>The body of <c>POST /{waba-id}/set_obo_mobility_intent</c>.</summary>
internal sealed class PartnerSetOboIntentBodyWire
{
    public string? WabaId { get; set; }

    public string? SolutionId { get; set; }

    public string? AppId { get; set; }

    public string? ActorId { get; set; }

    public string? ClientMutationId { get; set; }
}

/// <summary>The answer of <c>POST /{waba-id}/set_obo_mobility_intent</c>.</summary>
internal sealed class PartnerSetOboIntentWire
{
    public bool? Success { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? IntentId { get; set; }

    public string? ClientMutationId { get; set; }

    public string? ErrorMsg { get; set; }
}
