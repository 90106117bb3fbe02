using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class DocumentMessage
{
    private protected override void WriteExtras(Utf8JsonWriter writer)
    {
        writer.WriteOptionalString(JsonNames.Caption, Caption);
        writer.WriteOptionalString(JsonNames.Filename, Filename);
    }
}
