using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class AudioMessage
{
    private protected override void WriteExtras(Utf8JsonWriter writer)
    {
        if (Voice)
        {
            writer.WriteBoolean(JsonNames.Voice, true);
        }
    }
}
