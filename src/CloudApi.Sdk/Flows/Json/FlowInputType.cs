using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>
/// The kind of value a TextInput takes (<c>input-type</c>): it picks the keyboard and the check.
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<FlowInputType>))]
public readonly partial struct FlowInputType
{
    /// <summary><c>text</c>: Any text.</summary>
    public static FlowInputType Text { get; } = new("text");

    /// <summary><c>number</c>: A number.</summary>
    public static FlowInputType Number { get; } = new("number");

    /// <summary><c>email</c>: An email address.</summary>
    public static FlowInputType Email { get; } = new("email");

    /// <summary><c>password</c>: A password, hidden.</summary>
    public static FlowInputType Password { get; } = new("password");

    /// <summary><c>passcode</c>: A numeric code, hidden.</summary>
    public static FlowInputType Passcode { get; } = new("passcode");

    /// <summary><c>phone</c>: A phone number.</summary>
    public static FlowInputType Phone { get; } = new("phone");
}
