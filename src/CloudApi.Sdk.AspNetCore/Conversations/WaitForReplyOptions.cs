namespace CloudApi.Sdk.AspNetCore;

/// <summary>Optional settings of <see cref="IWhatsAppConversations.WaitForReplyAsync"/>.</summary>
public sealed class WaitForReplyOptions
{
    /// <summary>
    /// <value>Only messages written to this business phone-number id answer. Default <see langword="null"/>: any number.</value>
    /// </summary>
    public string? PhoneNumberId { get; init; }
}
