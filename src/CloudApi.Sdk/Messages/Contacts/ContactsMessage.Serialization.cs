using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class ContactsMessage
{
    internal override void WriteContent(Utf8JsonWriter writer)
    {
        writer.WriteStartArray(JsonNames.Contacts);
        foreach (var contact in _contacts)
        {
            contact.Write(writer);
        }

        writer.WriteEndArray();
    }
}
