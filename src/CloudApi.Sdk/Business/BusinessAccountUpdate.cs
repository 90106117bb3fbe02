namespace CloudApi.Sdk.Business;

/// <summary>Changes to a WhatsApp Business Account (<c>POST /{waba-id}</c>); unset properties are unchanged.</summary>
public sealed class BusinessAccountUpdate
{
    /// <summary>The longest account name.</summary>
    public const int MaxNameLength = 100;

    /// <summary><value>The account name (<c>name</c>), 1 to 100 characters. Default <see langword="null"/>: unchanged.</value></summary>
    /// <exception cref="WhatsAppValidationException">The name is empty or too long.</exception>
    public string? Name { get; init => field = Validate.OptionalText(value, MaxNameLength, "name"); }

    /// <summary><value>Meta's time zone id (<c>timezone_id</c>, e.g. <c>2</c>). Default <see langword="null"/>: unchanged.</value></summary>
    /// <exception cref="WhatsAppValidationException">The id is not digits.</exception>
    public string? TimezoneId
    {
        get;
        init => field = value is null || (value.Length is > 0 and <= 8 && value.All(char.IsAsciiDigit))
            ? value
            : throw new WhatsAppValidationException("timezone_id", $"timezone_id '{value}' must be Meta's numeric time zone id.");
    }

    /// <summary>The rule across fields, checked when the update is sent.</summary>
    internal void ValidateNotEmpty()
    {
        if (Name is null && TimezoneId is null)
        {
            throw new WhatsAppValidationException("name", "A business account update must change the name or the time zone.");
        }
    }
}
