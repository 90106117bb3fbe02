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
    public bool IsTemplate => Type == "template";
}
