namespace CloudApi.Sdk;

/// <summary>
/// A request was refused before anything was sent: a field is missing, too long, out of range or malformed.
/// <see cref="ArgumentException.ParamName"/> and <see cref="Field"/> name the field (as in the JSON, e.g. <c>text.body</c>).
/// </summary>
public sealed class WhatsAppValidationException : ArgumentException
{
    /// <summary>Creates the exception for one field.</summary>
    /// <param name="field">The field, named as in the request JSON (e.g. <c>interactive.action.buttons</c>).</param>
    /// <param name="message">What is wrong and what is allowed.</param>
    /// <param name="limit">The limit that was exceeded, when there is one.</param>
    public WhatsAppValidationException(string field, string message, int? limit = null)
        : base(message, field)
    {
        Field = field;
        Limit = limit;
    }

    /// <summary>The field that failed, named as in the request JSON.</summary>
    public string Field { get; }

    /// <summary>The limit (a length or a count) the value broke, or <see langword="null"/> when the rule is not a limit.</summary>
    public int? Limit { get; }
}
