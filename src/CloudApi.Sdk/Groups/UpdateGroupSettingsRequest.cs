namespace CloudApi.Sdk.Groups;

/// <summary>
/// A change of a group's subject, description or profile picture (<c>POST /{group-id}</c>); set at least one. Meta applies it
/// asynchronously and reports each change in a <c>group_settings_update</c> webhook.
/// </summary>
public sealed class UpdateGroupSettingsRequest
{
    /// <summary><value>The new subject (<c>subject</c>), 1 to <see cref="GroupLimits.MaxSubjectLength"/> characters. Default: unchanged.</value></summary>
    /// <exception cref="WhatsAppValidationException">The subject is empty or too long.</exception>
    public string? Subject
    {
        get;
        init => field = Validate.OptionalText(value, GroupLimits.MaxSubjectLength, "subject");
    }

    /// <summary><value>The new description (<c>description</c>), up to <see cref="GroupLimits.MaxDescriptionLength"/> characters. Default: unchanged.</value></summary>
    /// <exception cref="WhatsAppValidationException">The description is empty or too long.</exception>
    public string? Description
    {
        get;
        init => field = Validate.OptionalText(value, GroupLimits.MaxDescriptionLength, "description");
    }

    /// <summary>
    /// <value>The new profile picture, sent as the <c>file</c> part of a <c>multipart/form-data</c> body as Meta's spec
    /// describes; a subject or description set with it travel as form fields of the same body (unverified: the spec lists
    /// only <c>messaging_product</c> and <c>file</c> for the form). Default: unchanged.</value>
    /// </summary>
    public GroupProfilePicture? ProfilePicture { get; init; }

    internal void CheckNotEmpty()
    {
        if (Subject is null && Description is null && ProfilePicture is null)
        {
            throw new WhatsAppValidationException("request", "A group settings update must change the subject, the description or the profile picture.");
        }
    }
}
