namespace CloudApi.Sdk.Groups;

/// <summary>The limits Meta documents for the Groups API; the SDK checks them before a request leaves the process.</summary>
public static class GroupLimits
{
    /// <summary>The longest subject (<c>subject</c>, <c>maxLength</c> 128 in Meta's spec); Meta trims surrounding white space.</summary>
    public const int MaxSubjectLength = 128;

    /// <summary>The longest description (<c>description</c>, <c>maxLength</c> 2048 in Meta's spec).</summary>
    public const int MaxDescriptionLength = 2048;

    /// <summary>The most participants a group holds besides the business, and the most one participants call names (<c>maxItems</c> 8).</summary>
    public const int MaxParticipants = 8;

    /// <summary>The largest page of active groups (<c>limit</c>, 1 to 1,024 in Meta's spec; Meta's default is 25).</summary>
    public const int MaxGroupsPageSize = 1024;

    /// <summary>The largest profile picture file (JPEG, 5 MB in Meta's spec).</summary>
    public const int MaxProfilePictureBytes = 5 * 1024 * 1024;

    /// <summary>The smallest side of a profile picture in pixels (Meta's spec: "min 192x192"; error 131210).</summary>
    public const int MinProfilePictureSide = 192;

    /// <summary>The most groups one business number may have (Meta's Groups API overview; error 131211 beyond it).</summary>
    public const int MaxGroupsPerNumber = 10_000;

    /// <summary>
    /// The longest group id the SDK accepts (unverified: Meta documents no length; its ids are about 60 characters of
    /// base64 text). A longer value is refused as malformed.
    /// </summary>
    public const int MaxGroupIdLength = 256;
}
