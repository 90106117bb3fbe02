using System.Text.Json;

namespace CloudApi.Sdk.Webhooks.Parsing;

/// <summary>Inbound message <c>type</c> values; known values are returned as these instances so they compare by reference.</summary>
internal static class MessageTypes
{
    public const string Text = "text";
    public const string Image = "image";
    public const string Audio = "audio";
    public const string Video = "video";
    public const string Document = "document";
    public const string Sticker = "sticker";
    public const string Location = "location";
    public const string Contacts = "contacts";
    public const string Interactive = "interactive";
    public const string Button = "button";
    public const string Reaction = "reaction";
    public const string Order = "order";
    public const string System = "system";
    public const string Unsupported = "unsupported";
    public const string UnknownLegacy = "unknown";
    public const string RequestWelcome = "request_welcome";

    /// <summary>The reader is on a string token: the shared instance for a known type, else a new string.</summary>
    public static string Intern(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("text"u8) ? Text
        : reader.ValueTextEquals("image"u8) ? Image
        : reader.ValueTextEquals("interactive"u8) ? Interactive
        : reader.ValueTextEquals("button"u8) ? Button
        : reader.ValueTextEquals("reaction"u8) ? Reaction
        : reader.ValueTextEquals("audio"u8) ? Audio
        : reader.ValueTextEquals("video"u8) ? Video
        : reader.ValueTextEquals("document"u8) ? Document
        : reader.ValueTextEquals("sticker"u8) ? Sticker
        : reader.ValueTextEquals("location"u8) ? Location
        : reader.ValueTextEquals("contacts"u8) ? Contacts
        : reader.ValueTextEquals("order"u8) ? Order
        : reader.ValueTextEquals("system"u8) ? System
        : reader.ValueTextEquals("unsupported"u8) ? Unsupported
        : reader.ValueTextEquals("unknown"u8) ? UnknownLegacy
        : reader.ValueTextEquals("request_welcome"u8) ? RequestWelcome
        : reader.GetString()!;
}
