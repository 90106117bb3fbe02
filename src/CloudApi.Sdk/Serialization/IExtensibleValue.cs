namespace CloudApi.Sdk.Serialization;

/// <summary>
/// A string-backed value Meta may extend (status, category, quality, ...). The generator of the repository implements it
/// on every <c>[ExtensibleValue]</c> struct, so <see cref="ExtensibleValueConverter{T}"/> can build one from a string.
/// </summary>
/// <typeparam name="TSelf">The value type.</typeparam>
internal interface IExtensibleValue<TSelf>
    where TSelf : struct, IExtensibleValue<TSelf>
{
    /// <summary>The value as Meta sent it; empty for <see langword="default"/>.</summary>
    string Value { get; }

    /// <summary>Builds a value from Meta's string, kept exactly as sent.</summary>
    /// <param name="value">The string.</param>
    /// <returns>The value.</returns>
    static abstract TSelf FromString(string value);
}
