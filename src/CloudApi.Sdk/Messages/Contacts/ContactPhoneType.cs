using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Messages;

/// <summary>The <c>type</c> of a contact's phone number. String-backed, so a value Meta adds later can be sent.</summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<ContactPhoneType>))]
public readonly partial struct ContactPhoneType
{
    /// <summary>A mobile number.</summary>
    public static ContactPhoneType Cell { get; } = new("CELL");

    /// <summary>The main number.</summary>
    public static ContactPhoneType Main { get; } = new("MAIN");

    /// <summary>An iPhone.</summary>
    public static ContactPhoneType IPhone { get; } = new("IPHONE");

    /// <summary>A home number.</summary>
    public static ContactPhoneType Home { get; } = new("HOME");

    /// <summary>A work number.</summary>
    public static ContactPhoneType Work { get; } = new("WORK");

    static partial void ValidateValue(string value) => Validate.NotEmpty(value, "phones.type");
}
