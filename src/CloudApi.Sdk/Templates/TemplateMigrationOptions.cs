namespace CloudApi.Sdk.Templates;

/// <summary>Optional settings of <see cref="ITemplatesClient.MigrateAsync"/>.</summary>
public sealed class TemplateMigrationOptions
{
    /// <summary>
    /// <value>The destination account, which receives the templates. Default: <see cref="WhatsAppOptions.BusinessAccountId"/>.</value>
    /// </summary>
    public string? BusinessAccountId { get; init; }

    /// <summary>
    /// <value>The page of the source account's templates to migrate (<c>page_number</c>, from 0); Meta migrates a page per
    /// call. Default <see langword="null"/>: the first page.</value>
    /// </summary>
    /// <exception cref="WhatsAppValidationException">The page is negative.</exception>
    public int? PageNumber { get; init => field = Validate.OptionalRange(value, 0, int.MaxValue, "page_number"); }
}
