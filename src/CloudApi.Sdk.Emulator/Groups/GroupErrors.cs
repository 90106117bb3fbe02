using CloudApi.Sdk.Emulator.Endpoints;

namespace CloudApi.Sdk.Emulator.Groups;

/// <summary>Meta's Groups API error codes (Meta's "Groups API Error Codes", October 2025) and the errors the emulator answers with them.</summary>
internal static class GroupErrors
{
    public const int SingleMemberGroup = 131020;
    public const int GroupUnknown = 131041;
    public const int InvalidCursor = 131059;
    public const int PartiallySucceeded = 131201;
    public const int DuplicateParticipant = 131202;
    public const int ParticipantOverLimit = 131204;
    public const int GroupSuspended = 131207;
    public const int PictureNotSquare = 131209;
    public const int PictureTooSmall = 131210;
    public const int CreateLimitReached = 131211;
    public const int NotAParticipant = 131212;

    /// <summary>Meta documents no dedicated code for a message type groups do not take; the emulator answers 131051 (unsupported message type).</summary>
    public const int UnsupportedMessageType = 131051;

    /// <summary>Meta's limit: 8 participants besides the business.</summary>
    public const int MaxParticipants = 8;

    /// <summary>Meta's limit of groups per business number.</summary>
    public const int MaxGroupsPerNumber = 10_000;

    public static GraphError Unknown(string id) =>
        new(400, GroupUnknown, "Group unknown", $"The group {id} does not exist or the business number is not a participant.");

    public static GraphError Suspended(string id) =>
        new(403, GroupSuspended, "Group suspended", $"The group {id} is suspended for violating platform policies.");

    public static GraphError OverLimit(int size) =>
        new(400, ParticipantOverLimit, "Participant over limit", $"The group would have {size} participants; the limit is {MaxParticipants}.");
}
