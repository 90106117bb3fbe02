using System.Text.Json.Nodes;

namespace CloudApi.Sdk.Emulator.Validation;

/// <summary>A message send request that passed validation.</summary>
internal sealed record SendRequest(
    JsonObject Body,
    string To,
    string Recipient,
    string Type,
    string? BizOpaqueCallbackData)
{
    /// <summary>The <c>HttpContext.Items</c> key under which a validated request waits for its outcome, so a refusal reaches the inbox.</summary>
    public const string ItemKey = "emulator.send-request";

    public bool IsTemplate => Type == "template";

    /// <summary>The business-scoped user id the send addressed (<c>recipient</c>), or null for a send by number or to a group.</summary>
    public string? RecipientUserId { get; init; }
}
