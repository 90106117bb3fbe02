using System.Text.Json;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Webhooks.Wire;

/// <summary>
/// Reads a webhook body into its wire types (source-generated, tolerant: see <see cref="TolerantStringConverter"/>
/// and <see cref="TolerantItemListConverter{T}"/>) and maps every change to its events. The body is copied once; each
/// event's <see cref="WebhookEvent.RawJson"/> is a slice of that copy.
/// </summary>
internal static class WebhookWireReader
{
    public static WebhookNotification Read(ReadOnlySpan<byte> body)
    {
        var bytes = body.ToArray();
        try
        {
            return Map(JsonSerializer.Deserialize(bytes, WhatsAppJsonContext.Default.WebhookBodyWire), bytes);
        }
        catch (JsonException e)
        {
            throw new WebhookPayloadException($"The webhook body is not valid JSON, or not a JSON object: {e.Message}", e) { BytePosition = e.BytePositionInLine };
        }
        catch (MalformedWebhookBodyException e)
        {
            throw new WebhookPayloadException($"The webhook body could not be read: {e.Message}", e.InnerException);
        }
        catch (InvalidOperationException e)
        {
            throw new WebhookPayloadException($"The webhook body could not be read: {e.Message}", e);
        }
    }

    /// <summary>Maps the wire to events; inside the reader's guard, since a value read again may meet a string that is not UTF-8.</summary>
    private static WebhookNotification Map(WebhookBodyWire? wire, byte[] bytes)
    {
        if (wire is null)
        {
            throw new WebhookPayloadException("The webhook body is not a JSON object.");
        }

        var events = new List<WebhookEvent>();
        var memory = bytes.AsMemory();
        foreach (var entry in wire.Entry ?? [])
        {
            foreach (var change in entry.Changes ?? [])
            {
                ChangeMapper.Map(entry, change, memory, events);
            }
        }

        return new WebhookNotification { ObjectType = wire.Object ?? string.Empty, Events = events };
    }
}
