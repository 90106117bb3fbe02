using System.Text.Json;

namespace CloudApi.Sdk.Webhooks.Parsing;

/// <summary>Reads the <c>contacts</c> array of a <c>contacts</c> message (shared contact cards).</summary>
internal static class SharedContactReader
{
    public static ContactsMessageReceived? Read(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartArray(ref reader))
        {
            return null;
        }

        var cards = new List<SharedContact>();
        while (JsonRead.NextObject(ref reader))
        {
            cards.Add(ReadCard(ref reader));
        }

        return new ContactsMessageReceived { SharedContacts = cards };
    }

    private static SharedContact ReadCard(ref Utf8JsonReader reader)
    {
        string? formatted = null, first = null, last = null, birthday = null, company = null;
        List<SharedContactPhone>? phones = null;
        List<string>? emails = null, urls = null;
        while (JsonRead.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("name"u8))
            {
                if (JsonRead.StartObject(ref reader))
                {
                    while (JsonRead.NextProperty(ref reader))
                    {
                        if (reader.ValueTextEquals("formatted_name"u8))
                        {
                            formatted = JsonRead.String(ref reader);
                        }
                        else if (reader.ValueTextEquals("first_name"u8))
                        {
                            first = JsonRead.String(ref reader);
                        }
                        else if (reader.ValueTextEquals("last_name"u8))
                        {
                            last = JsonRead.String(ref reader);
                        }
                        else
                        {
                            JsonRead.SkipValue(ref reader);
                        }
                    }
                }
            }
            else if (reader.ValueTextEquals("phones"u8))
            {
                if (JsonRead.StartArray(ref reader))
                {
                    while (JsonRead.NextObject(ref reader))
                    {
                        string? phone = null, type = null, waId = null;
                        while (JsonRead.NextProperty(ref reader))
                        {
                            if (reader.ValueTextEquals("phone"u8))
                            {
                                phone = JsonRead.String(ref reader);
                            }
                            else if (reader.ValueTextEquals("type"u8))
                            {
                                type = JsonRead.String(ref reader);
                            }
                            else if (reader.ValueTextEquals("wa_id"u8))
                            {
                                waId = JsonRead.String(ref reader);
                            }
                            else
                            {
                                JsonRead.SkipValue(ref reader);
                            }
                        }

                        (phones ??= []).Add(new SharedContactPhone(phone, type, waId));
                    }
                }
            }
            else if (reader.ValueTextEquals("emails"u8))
            {
                emails = ReadValues(ref reader, "email"u8);
            }
            else if (reader.ValueTextEquals("urls"u8))
            {
                urls = ReadValues(ref reader, "url"u8);
            }
            else if (reader.ValueTextEquals("birthday"u8))
            {
                birthday = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("org"u8))
            {
                company = JsonRead.StringIn(ref reader, "company"u8);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return new SharedContact
        {
            FormattedName = formatted,
            FirstName = first,
            LastName = last,
            Birthday = birthday,
            Company = company,
            Phones = phones ?? (IReadOnlyList<SharedContactPhone>)[],
            Emails = emails ?? (IReadOnlyList<string>)[],
            Urls = urls ?? (IReadOnlyList<string>)[],
        };
    }

    /// <summary>Reads <c>[{"&lt;name&gt;": "..."}]</c> into the list of values.</summary>
    private static List<string>? ReadValues(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        if (!JsonRead.StartArray(ref reader))
        {
            return null;
        }

        List<string>? values = null;
        while (JsonRead.NextObject(ref reader))
        {
            while (JsonRead.NextProperty(ref reader))
            {
                if (!reader.ValueTextEquals(name))
                {
                    JsonRead.SkipValue(ref reader);
                }
                else if (JsonRead.String(ref reader) is { } value)
                {
                    (values ??= []).Add(value);
                }
            }
        }

        return values;
    }
}
