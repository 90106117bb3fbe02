namespace CloudApi.Sdk.Templates;

/// <summary>A button of a <see cref="LibraryTemplate"/> (<c>{"type":"URL","text":"Track","url":"https://..."}</c>).</summary>
public sealed class LibraryTemplateButton
{
    internal LibraryTemplateButton(string type, string? text, string? url, string? phoneNumber)
    {
        Type = type;
        Text = text;
        Url = url;
        PhoneNumber = phoneNumber;
    }

    /// <summary>The button type (<c>type</c>): <c>URL</c>, <c>PHONE_NUMBER</c>, <c>QUICK_REPLY</c>, <c>OTP</c>...</summary>
    public string Type { get; }

    /// <summary>The label (<c>text</c>).</summary>
    public string? Text { get; }

    /// <summary>The URL of a URL button (<c>url</c>); the account supplies its own when creating the template.</summary>
    public string? Url { get; }

    /// <summary>The number of a phone-number button (<c>phone_number</c>).</summary>
    public string? PhoneNumber { get; }
}
