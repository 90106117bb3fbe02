namespace CloudApi.Sdk.Messages;

/// <summary>
/// The <c>message_status</c> of an accepted send. String-backed, so a value Meta adds later is kept, not rejected.
/// </summary>
public readonly record struct MessageStatus
{
    private readonly string? _value;

    /// <summary>Creates a status from Meta's string.</summary>
    /// <param name="value">The value as Meta sends it.</param>
    public MessageStatus(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>The message was accepted for delivery.</summary>
    public static MessageStatus Accepted { get; } = new("accepted");

    /// <summary>A template message is held while Meta assesses its quality (pacing); it is later released or fails with 132015.</summary>
    public static MessageStatus HeldForQualityAssessment { get; } = new("held_for_quality_assessment");

    /// <summary>The value as Meta sent it.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;
}
