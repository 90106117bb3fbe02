using System.Globalization;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>
/// A property of a Flow JSON component that is either a literal (<c>true</c>, <c>12</c>) or a dynamic reference Meta
/// resolves on the device (<c>"${data.is_required}"</c>). Converts implicitly from <typeparamref name="T"/> (a literal)
/// and from <see cref="string"/> (a reference, see <see cref="FlowReference"/>).
/// </summary>
/// <typeparam name="T"><see cref="bool"/>, <see cref="int"/> or <see cref="double"/>.</typeparam>
public sealed class FlowValue<T>
    where T : struct
{
    private FlowValue(T value, string? reference)
    {
        Value = value;
        Reference = reference;
    }

    /// <summary>The literal value; <see langword="default"/> when the value is a <see cref="Reference"/>.</summary>
    public T Value { get; }

    /// <summary>The dynamic reference (e.g. <c>${data.is_required}</c>), or <see langword="null"/> for a literal.</summary>
    public string? Reference { get; }

    /// <summary>Whether the value is a dynamic reference resolved on the device.</summary>
    public bool IsReference => Reference is not null;

    internal static FlowValue<T> Literal(T value) => new(value, null);

    internal static FlowValue<T> Unchecked(string reference) => new(default, reference);

    /// <summary>Converts a literal.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator FlowValue<T>(T value) => Literal(value);

    /// <summary>Converts a dynamic reference such as <c>${data.is_required}</c>.</summary>
    /// <param name="reference">The reference, <c>${…}</c>.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="reference"/> is not of the form <c>${…}</c>.</exception>
    public static implicit operator FlowValue<T>(string reference) => new(default, FlowReference.Check(reference, "reference"));

    /// <summary>The reference, or the literal as written in Flow JSON.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Reference ?? (Value is bool b ? (b ? "true" : "false") : Convert.ToString(Value, CultureInfo.InvariantCulture) ?? string.Empty);
}
