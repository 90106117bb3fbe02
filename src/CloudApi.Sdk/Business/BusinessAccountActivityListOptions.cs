namespace CloudApi.Sdk.Business;

/// <summary>Optional settings of <see cref="IBusinessAccountsClient.ListActivitiesAsync"/>.</summary>
public sealed class BusinessAccountActivityListOptions
{
    /// <summary>The largest page Meta serves.</summary>
    public const int MaxPageSize = 100;

    /// <summary><value>The WhatsApp Business Account id. Default: <see cref="WhatsAppOptions.BusinessAccountId"/>.</value></summary>
    public string? BusinessAccountId { get; init; }

    /// <summary><value>Activities per page (<c>limit</c>). Default <see langword="null"/>: Meta's default (25); 1 to 100.</value></summary>
    /// <exception cref="WhatsAppValidationException">The size is out of range.</exception>
    public int? PageSize { get; init => field = Validate.OptionalRange(value, 1, MaxPageSize, "limit"); }

    /// <summary><value>Only activities at or after this time (<c>since</c>). Default <see langword="null"/>.</value></summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary><value>Only activities before this time (<c>until</c>). Default <see langword="null"/>.</value></summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary><value>Only activities of this type (<c>activity_type</c>, e.g. <c>TEMPLATE_CREATED</c>). Default <see langword="null"/>.</value></summary>
    /// <exception cref="WhatsAppValidationException">The type is not upper-case letters and underscores.</exception>
    public string? ActivityType
    {
        get;
        init => field = value is null || (value.Length is > 0 and <= 64 && value.All(static c => char.IsAsciiLetterUpper(c) || c == '_'))
            ? value
            : throw new WhatsAppValidationException("activity_type", $"activity_type '{value}' must be an activity type such as TEMPLATE_CREATED.");
    }
}
