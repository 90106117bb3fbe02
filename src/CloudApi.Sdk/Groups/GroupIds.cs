namespace CloudApi.Sdk.Groups;

/// <summary>Checks group ids: Meta's are URL-safe base64 text (<c>Y2FwaV9ncm91cDox...</c>), so each is one path segment.</summary>
internal static class GroupIds
{
    public static string Check(string? groupId, string field = "groupId")
    {
        Validate.NotEmpty(groupId, field);
        if (groupId!.Length > GroupLimits.MaxGroupIdLength)
        {
            throw new WhatsAppValidationException(field, $"{field} is {groupId.Length} characters long; the limit is {GroupLimits.MaxGroupIdLength}.", GroupLimits.MaxGroupIdLength);
        }

        foreach (var c in groupId)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '_' and not '-' and not '=')
            {
                throw new WhatsAppValidationException(field, $"{field} '{groupId}' is malformed: a group id holds only letters, digits, '_', '-' and '='.");
            }
        }

        return groupId;
    }
}
