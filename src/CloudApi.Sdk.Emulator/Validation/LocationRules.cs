using System.Text.Json.Nodes;
using static CloudApi.Sdk.Emulator.Validation.JsonRules;

namespace CloudApi.Sdk.Emulator.Validation;

/// <summary>Rules for <c>"type":"location"</c>: latitude and longitude in degrees, optional name and address.</summary>
internal static class LocationRules
{
    public static void Validate(JsonObject location, string path)
    {
        RequireCoordinate(location, "latitude", path, 90);
        RequireCoordinate(location, "longitude", path, 180);
        OptionalString(location, "name", path);
        OptionalString(location, "address", path);
    }
}
