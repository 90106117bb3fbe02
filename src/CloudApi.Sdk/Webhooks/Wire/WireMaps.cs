using System.Text;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Webhooks.Wire;

/// <summary>Mappings shared by the events: metadata, contacts, errors, extensible values.</summary>
internal static class WireMaps
{
    public static WebhookMetadata? Metadata(MetadataWire? wire) =>
        wire is null ? null : new WebhookMetadata(wire.DisplayPhoneNumber, wire.PhoneNumberId);

    public static IReadOnlyList<WebhookContact> Contacts(List<ContactWire>? wires)
    {
        if (wires is not { Count: > 0 })
        {
            return [];
        }

        var contacts = new List<WebhookContact>(wires.Count);
        foreach (var wire in wires)
        {
            // An element that was not an object reads as null: skipped.
            if (wire is null)
            {
                continue;
            }

            contacts.Add(new WebhookContact
            {
                WaId = wire.WaId,
                UserId = wire.UserId,
                ParentUserId = wire.ParentUserId,
                Name = wire.Profile?.Name,
                Username = wire.Profile?.Username,
                IdentityKeyHash = wire.IdentityKeyHash,
            });
        }

        return contacts;
    }

    public static IReadOnlyList<WebhookError> Errors(List<ErrorWire>? wires)
    {
        if (wires is not { Count: > 0 })
        {
            return [];
        }

        var errors = new List<WebhookError>(wires.Count);
        foreach (var wire in wires)
        {
            if (wire is not null)
            {
                errors.Add(new WebhookError(wire.Code is { } code and >= int.MinValue and <= int.MaxValue ? (int)code : 0, wire.Title, wire.Message, wire.ErrorData?.Details, wire.Href));
            }
        }

        return errors;
    }

    public static IReadOnlyList<TOut> List<TIn, TOut>(List<TIn>? wires, Func<TIn, TOut> map)
    {
        if (wires is not { Count: > 0 })
        {
            return [];
        }

        var items = new List<TOut>(wires.Count);
        foreach (var wire in wires)
        {
            if (wire is not null)
            {
                items.Add(map(wire));
            }
        }

        return items;
    }

    /// <summary>An extensible value from Meta's string (<see langword="null"/> stays <see langword="null"/>).</summary>
    public static T? Value<T>(string? value)
        where T : struct, IExtensibleValue<T> =>
        value is null ? null : T.FromString(value);

    public static string Text(ReadOnlyMemory<byte> utf8) => Encoding.UTF8.GetString(utf8.Span);
}
