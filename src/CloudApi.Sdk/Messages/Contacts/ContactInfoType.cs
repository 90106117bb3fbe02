using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Messages;

/// <summary>The <c>type</c> of a contact's e-mail, URL or address. String-backed, so a value Meta adds later can be sent.</summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<ContactInfoType>))]
public readonly partial struct ContactInfoType
{
    /// <summary>Home.</summary>
    public static ContactInfoType Home { get; } = new("HOME");

    /// <summary>Work.</summary>
    public static ContactInfoType Work { get; } = new("WORK");

    static partial void ValidateValue(string value) => Validate.NotEmpty(value, "type");
}
