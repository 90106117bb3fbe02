using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Calling;

/// <summary>
/// Whether the business may call a user (<c>permission.status</c>). String-backed, so a value Meta adds later is kept;
/// compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<CallPermissionStatus>))]
public readonly partial struct CallPermissionStatus
{
    /// <summary><c>granted</c>: the user allowed calls, until <see cref="CallPermissions.ExpiresAt"/> (or for good).</summary>
    public static CallPermissionStatus Granted { get; } = new("granted");

    /// <summary><c>pending</c>: a permission request was sent and not answered yet.</summary>
    public static CallPermissionStatus Pending { get; } = new("pending");

    /// <summary><c>denied</c>: the user refused calls.</summary>
    public static CallPermissionStatus Denied { get; } = new("denied");

    /// <summary><c>expired</c>: a temporary permission ran out; ask again.</summary>
    public static CallPermissionStatus Expired { get; } = new("expired");

    /// <summary><c>no_permission</c>: the user was never asked (Meta's Calling documentation; not in the spec's enum).</summary>
    public static CallPermissionStatus NoPermission { get; } = new("no_permission");
}
