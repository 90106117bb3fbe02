using System.Globalization;
using System.Text.Json;

namespace CloudApi.Sdk.Messages;

public sealed partial class Contact
{
    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        Name.Write(writer);
        WriteObjects(writer, JsonNames.Phones, Phones, static (w, phone) => phone.WriteMembers(w));
        WriteObjects(writer, JsonNames.Emails, Emails, static (w, email) => email.WriteMembers(w));
        WriteObjects(writer, JsonNames.Urls, Urls, static (w, url) => url.WriteMembers(w));
        WriteObjects(writer, JsonNames.Addresses, Addresses, static (w, address) => address.WriteMembers(w));
        Organization?.Write(writer);
        if (Birthday is { } birthday)
        {
            Span<char> buffer = stackalloc char[10];
            birthday.TryFormat(buffer, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            writer.WriteString(JsonNames.Birthday, buffer[..written]);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="items"/> as an array of objects under <paramref name="name"/>; nothing when empty.</summary>
    private static void WriteObjects<T>(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> writeMembers)
    {
        if (items.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        for (var i = 0; i < items.Count; i++)
        {
            writer.WriteStartObject();
            writeMembers(writer, items[i]);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
