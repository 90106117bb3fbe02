using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CloudApi.Sdk.Emulator.State;

/// <summary>Serializes JSON as Meta's servers write it: '+', '&amp;' and non-ASCII text stay as they are, not <c>\uXXXX</c>.</summary>
internal static class JsonText
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(JsonNode node) => node.ToJsonString(Options);
}
