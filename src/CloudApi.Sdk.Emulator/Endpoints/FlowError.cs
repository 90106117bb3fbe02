namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>The Flows API's own errors (1390xx), answered with HTTP 400 like Meta's.</summary>
internal static class FlowError
{
    public static GraphError Updating(string details) => new(400, 139001, "Error while updating the Flow", details);

    public static GraphError Publishing(string details) => new(400, 139002, "Error while publishing the Flow", details);

    public static GraphError Deprecating(string details) => new(400, 139003, "Error while deprecating the Flow", details);

    public static GraphError Deleting(string details) => new(400, 139004, "Error while deleting the Flow", details);
}
