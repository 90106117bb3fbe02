using System.Threading.RateLimiting;
using CloudApi.Sdk.Messages;

namespace CloudApi.Sdk.RateLimiting;

/// <summary>
/// What Meta's limits are counted by: the sending business number (its throughput) and the recipient (the pair limit).
/// The resource of the <see cref="PartitionedRateLimiter{TResource}"/> each registration exposes, so code outside the
/// SDK's own sends can take its slots from the same limits.
/// </summary>
/// <remarks>
/// <para>Get the limiter from DI: <c>GetRequiredService&lt;PartitionedRateLimiter&lt;WhatsAppSendKey&gt;&gt;()</c> for the
/// default registration, <c>GetRequiredKeyedService&lt;PartitionedRateLimiter&lt;WhatsAppSendKey&gt;&gt;(name)</c> for a named
/// one. It shares the store and limiter of the client's sends, so its leases and the client's messages count against the
/// same limits. The container owns it (pass <c>leaveOpen: true</c> to <c>WithTranslatedKey</c>).</para>
/// <para>One permit is one message (<c>permitCount</c> must be 1). <c>AcquireAsync</c> waits for the pair's and the number's
/// next slots, cancellably, and is refused with <see cref="MetadataName.RetryAfter"/> when the number's queue is full.
/// <c>AttemptAcquire</c> never waits: it is granted only when both slots are free now, else refused with
/// <see cref="MetadataName.RetryAfter"/>, reserving nothing (it needs the in-memory store; with a remote one use
/// <c>AcquireAsync</c>). A granted lease's slot is used whether or not the message is sent.</para>
/// <para>Two keys are equal when they name the same number and the same recipient: <c>+1 650-555-1234</c> and
/// <c>16505551234</c> are the same pair, a BSUID is its own pair (never equal to a phone number's, even the same user's).
/// A group send takes only the number's throughput (Meta documents no pair limit for groups): its key equals
/// <see cref="ForNumber"/>'s. <c>default(WhatsAppSendKey)</c> names nothing and is refused by the limiter.</para>
/// </remarks>
public readonly record struct WhatsAppSendKey
{
    /// <summary>A send from <paramref name="phoneNumberId"/> to <paramref name="recipient"/>: the number's throughput and the pair limit apply.</summary>
    /// <param name="phoneNumberId">The sending business phone-number id (digits).</param>
    /// <param name="recipient">The recipient as a send names it: a phone number (<c>+16505551234</c>) or a business-scoped user id
    /// (<c>US.13491208655302741918</c>), both convertible from <see cref="string"/>, or a group (throughput only).</param>
    /// <exception cref="WhatsAppValidationException">The phone-number id or the recipient is malformed.</exception>
    public WhatsAppSendKey(string phoneNumberId, WhatsAppRecipient recipient)
    {
        PhoneNumberId = CheckNumber(phoneNumberId);
        RecipientKey = recipient.EnsureSpecified().LimiterKey;
    }

    private WhatsAppSendKey(string phoneNumberId, long recipientKey)
    {
        PhoneNumberId = phoneNumberId;
        RecipientKey = recipientKey;
    }

    /// <summary>The sending business phone-number id.</summary>
    public string PhoneNumberId { get; }

    /// <summary>
    /// The pair limit's key: a phone number's digits (e.g. 16505551234, always below 2^50), a business-scoped user id's
    /// tagged hash (bit 62 set, so never a phone key); 0 when only the number's throughput applies (a group, a read receipt).
    /// </summary>
    public long RecipientKey { get; }

    /// <summary>
    /// A send that only the number's throughput limits (no pair limit): a read receipt, a message to a group.
    /// </summary>
    /// <param name="phoneNumberId">The sending business phone-number id (digits).</param>
    /// <returns>The key.</returns>
    /// <exception cref="WhatsAppValidationException">The phone-number id is malformed.</exception>
    public static WhatsAppSendKey ForNumber(string phoneNumberId) => new(CheckNumber(phoneNumberId), 0);

    /// <summary>A key from already checked parts (the SDK's own sends, benchmarks).</summary>
    internal static WhatsAppSendKey Create(string phoneNumberId, long recipientKey) => new(phoneNumberId, recipientKey);

    private static string CheckNumber(string phoneNumberId) =>
        GraphIds.IsValid(phoneNumberId)
            ? phoneNumberId
            : throw new WhatsAppValidationException(nameof(phoneNumberId), $"phoneNumberId '{phoneNumberId}' is malformed: Graph ids are digits only.");
}
