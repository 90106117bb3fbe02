using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Calling;

/// <summary>
/// A calling action whose availability a permission check reports (<c>actions[].action_name</c>). String-backed, so a
/// value Meta adds later is kept; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<CallPermissionActionName>))]
public readonly partial struct CallPermissionActionName
{
    /// <summary><c>start_call</c>: place a call to the user (<see cref="ICallsClient.ConnectAsync"/>).</summary>
    public static CallPermissionActionName StartCall { get; } = new("start_call");

    /// <summary><c>send_call_permission_request</c>: ask the user for call permission (a <see cref="Messages.CallPermissionRequestMessage"/> or a template).</summary>
    public static CallPermissionActionName SendCallPermissionRequest { get; } = new("send_call_permission_request");
}
