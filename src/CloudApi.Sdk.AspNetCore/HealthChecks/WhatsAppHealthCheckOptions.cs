namespace CloudApi.Sdk.AspNetCore;

/// <summary>What <c>AddWhatsAppHealthChecks</c> checks, and how the checks are registered.</summary>
public sealed class WhatsAppHealthCheckOptions
{
    /// <summary>Gets or sets the client registration whose token, numbers and rate-limit store are checked.</summary>
    /// <value>Default <see cref="Microsoft.Extensions.Options.Options.DefaultName"/>: the default registration.</value>
    public string ClientName { get; set; } = Microsoft.Extensions.Options.Options.DefaultName;

    /// <summary>Gets the phone-number ids to check, besides the registration's own <see cref="WhatsAppOptions.PhoneNumberId"/>
    /// and the numbers named in its rate-limit options (<c>NumberMessagesPerSecond</c>).</summary>
    /// <value>Empty by default.</value>
    public IList<string> PhoneNumberIds { get; } = [];

    /// <summary>Gets or sets the prefix of the checks' names: <c>{prefix}</c> (token, account, numbers) and <c>{prefix}.rate_limit_store</c>.</summary>
    /// <value>Default <c>whatsapp</c>.</value>
    public string Name { get; set; } = "whatsapp";

    /// <summary>Gets the tags the checks carry, to filter them in <c>MapHealthChecks</c> (such as <c>ready</c>).</summary>
    /// <value>Empty by default.</value>
    public IList<string> Tags { get; } = [];

    /// <summary>Gets or sets how long one check may take before it reports unhealthy.</summary>
    /// <value>Default 10 seconds.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
