namespace CloudApi.Sdk.Partners;

/// <summary>A user given access to a WhatsApp Business Account with some permissions (<c>POST /{waba-id}/assigned_users</c>).</summary>
public sealed class AssignUserRequest
{
    /// <summary>The most permissions one assignment carries.</summary>
    public const int MaxTasks = 16;

    /// <summary>Creates the assignment.</summary>
    /// <param name="userId">The business or system user (<c>user</c>).</param>
    /// <param name="tasks">What the user may do, 1 to 16 permissions (<c>tasks</c>), e.g. <see cref="BusinessAccountTask.Manage"/>.</param>
    /// <exception cref="WhatsAppValidationException">The id is not digits or the permissions are missing, empty or too many.</exception>
    public AssignUserRequest(string userId, IEnumerable<BusinessAccountTask> tasks)
    {
        UserId = PartnerIds.Required(userId, "user");
        Tasks = PartnerValues.Tasks(tasks, 1, MaxTasks, "tasks");
    }

    /// <summary>The user (<c>user</c>).</summary>
    public string UserId { get; }

    /// <summary>The permissions (<c>tasks</c>).</summary>
    public IReadOnlyList<BusinessAccountTask> Tasks { get; }
}
