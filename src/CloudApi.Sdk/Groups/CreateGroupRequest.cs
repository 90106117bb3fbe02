namespace CloudApi.Sdk.Groups;

/// <summary>A new group (<c>POST /{phone-number-id}/groups</c>), checked when built.</summary>
public sealed class CreateGroupRequest
{
    /// <summary>Creates the request.</summary>
    /// <param name="subject">The group's subject: 1 to <see cref="GroupLimits.MaxSubjectLength"/> characters, not only white space (Meta trims it).</param>
    /// <exception cref="WhatsAppValidationException">The subject is empty or too long.</exception>
    public CreateGroupRequest(string subject)
    {
        Validate.Text(subject, GroupLimits.MaxSubjectLength, "subject");
        Subject = subject;
    }

    /// <summary>The subject (<c>subject</c>).</summary>
    public string Subject { get; }

    /// <summary><value>The description (<c>description</c>), up to <see cref="GroupLimits.MaxDescriptionLength"/> characters. Default: none.</value></summary>
    /// <exception cref="WhatsAppValidationException">The description is empty or too long.</exception>
    public string? Description
    {
        get;
        init => field = Validate.OptionalText(value, GroupLimits.MaxDescriptionLength, "description");
    }

    /// <summary>
    /// <value>Whether users who open the invite link need approval (<c>join_approval_mode</c>). Default <see langword="null"/>:
    /// Meta's default, <see cref="GroupJoinApprovalMode.AutoApprove"/>.</value>
    /// </summary>
    public GroupJoinApprovalMode? JoinApprovalMode { get; init; }
}
