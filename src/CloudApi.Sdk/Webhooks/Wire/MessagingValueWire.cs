using System.Text.Json.Serialization;

namespace CloudApi.Sdk.Webhooks.Wire;

/// <summary>A change <c>value</c> that lists items (<c>messages</c>, <c>calls</c>, the group fields, <c>history</c>, ...): every list any of them uses.</summary>
internal sealed class MessagingValueWire
{
    public MetadataWire? Metadata { get; set; }

    public List<ContactWire>? Contacts { get; set; }

    public List<MessageWire>? Messages { get; set; }

    public List<StatusWire>? Statuses { get; set; }

    public List<ErrorWire>? Errors { get; set; }

    public List<UserPreferenceWire>? UserPreferences { get; set; }

    public List<MessageWire>? MessageEchoes { get; set; }

    public List<HistoryWire>? History { get; set; }

    public List<StateSyncWire>? StateSync { get; set; }

    public List<GroupWire>? Groups { get; set; }

    public List<CallWire>? Calls { get; set; }

    public List<AutomaticEventWire>? AutomaticEvents { get; set; }
}

/// <summary><c>value.metadata</c>: the business number.</summary>
internal sealed class MetadataWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? DisplayPhoneNumber { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? PhoneNumberId { get; set; }
}

/// <summary><c>value.contacts[]</c>: a user's profile.</summary>
internal sealed class ContactWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? WaId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? UserId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? ParentUserId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? IdentityKeyHash { get; set; }

    public ProfileWire? Profile { get; set; }
}

/// <summary><c>contacts[].profile</c>.</summary>
internal sealed class ProfileWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Name { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Username { get; set; }
}

/// <summary>An error item (<c>errors[]</c>).</summary>
internal sealed class ErrorWire
{
    [JsonConverter(typeof(TolerantInt64Converter))]
    public long? Code { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Title { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Message { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Href { get; set; }

    public ErrorDataWire? ErrorData { get; set; }
}

/// <summary><c>errors[].error_data</c>.</summary>
internal sealed class ErrorDataWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Details { get; set; }
}

/// <summary><c>value.user_preferences[]</c>.</summary>
internal sealed class UserPreferenceWire
{
    [JsonConverter(typeof(TolerantStringConverter))]
    public string? WaId { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Detail { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Category { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? Value { get; set; }

    [JsonConverter(typeof(TolerantUnixTimeConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    [JsonConverter(typeof(TolerantStringConverter))]
    public string? SignupId { get; set; }
}
