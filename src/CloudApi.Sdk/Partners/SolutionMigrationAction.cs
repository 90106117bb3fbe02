using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Partners;

/// <summary>What a solution migration intent does (<c>migration_intent</c>).</summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<SolutionMigrationAction>))]
public readonly partial struct SolutionMigrationAction
{
    /// <summary><c>INITIATE_MIGRATION</c>: start moving the account to another solution.</summary>
    public static SolutionMigrationAction Initiate { get; } = new("INITIATE_MIGRATION");

    /// <summary><c>CANCEL_MIGRATION</c>: cancel a pending migration.</summary>
    public static SolutionMigrationAction Cancel { get; } = new("CANCEL_MIGRATION");

    /// <summary><c>CONFIRM_MIGRATION</c>: confirm a pending migration.</summary>
    public static SolutionMigrationAction Confirm { get; } = new("CONFIRM_MIGRATION");

    /// <summary><c>SCHEDULE_MIGRATION</c>: migrate at <see cref="SolutionMigrationIntentRequest.ScheduledMigrationTime"/>.</summary>
    public static SolutionMigrationAction Schedule { get; } = new("SCHEDULE_MIGRATION");
}
