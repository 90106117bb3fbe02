using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class VideoMessage
{
    private protected override void WriteExtras(Utf8JsonWriter writer) => writer.WriteOptionalString(JsonNames.Caption, Caption);
}
