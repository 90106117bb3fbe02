using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.BlockedUsers.Wire;

/// <summary>An element of <c>GET /{phone-number-id}/block_users</c>.</summary>
internal sealed class BlockedUserWire
{
    public string? MessagingProduct { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? WaId { get; set; }
}

/// <summary>The body of <c>POST</c> and <c>DELETE /{phone-number-id}/block_users</c>.</summary>
internal sealed class BlockUsersBodyWire
{
    public string MessagingProduct { get; set; } = "whatsapp";

    public List<UserWire> BlockUsers { get; set; } = [];

    internal sealed class UserWire
    {
        public string? User { get; set; }
    }
}

/// <summary>
/// The answer of a block or unblock call, and the <c>error</c> object of a partial failure (139100), which carries the
/// same <c>block_users</c> part.
/// </summary>
internal sealed class BlockUsersAnswerWire
{
    public string? MessagingProduct { get; set; }

    public OutcomesWire? BlockUsers { get; set; }

    internal sealed class OutcomesWire
    {
        public List<BlockedUserOutcomeWire>? AddedUsers { get; set; }

        public List<BlockedUserOutcomeWire>? RemovedUsers { get; set; }

        public List<BlockedUserOutcomeWire>? FailedUsers { get; set; }
    }
}

/// <summary>An item of <c>added_users</c>, <c>removed_users</c> or <c>failed_users</c>.</summary>
internal sealed class BlockedUserOutcomeWire
{
    public string? Input { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? WaId { get; set; }

    public List<BlockUserErrorWire>? Errors { get; set; }
}

/// <summary>An item of <c>failed_users[].errors</c>.</summary>
internal sealed class BlockUserErrorWire
{
    public int? Code { get; set; }

    public string? Message { get; set; }

    public BlockErrorDataWire? ErrorData { get; set; }

    internal sealed class BlockErrorDataWire
    {
        public string? Details { get; set; }
    }
}
