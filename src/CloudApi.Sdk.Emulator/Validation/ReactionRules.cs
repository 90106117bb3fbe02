using System.Text.Json.Nodes;
using static CloudApi.Sdk.Emulator.Validation.JsonRules;

namespace CloudApi.Sdk.Emulator.Validation;

/// <summary>Rules for <c>"type":"reaction"</c>: the message reacted to, and an emoji (empty removes the reaction).</summary>
internal static class ReactionRules
{
    public static void Validate(JsonObject reaction, string path)
    {
        RequireString(reaction, "message_id", path);
        RequireString(reaction, "emoji", path, allowEmpty: true);
    }
}
