using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>Graph's <c>fields</c> query parameter: returns the requested fields (and <c>id</c>), or a default set.</summary>
internal static class Fields
{
    public static JsonObject Select(HttpContext context, JsonObject all, params string[] defaults)
    {
        var requested = context.Request.Query["fields"].ToString();
        var names = string.IsNullOrWhiteSpace(requested)
            ? defaults
            : requested.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0)
        {
            return all;
        }

        var result = new JsonObject();
        foreach (var name in names.Append("id").Distinct(StringComparer.Ordinal))
        {
            if (all[name] is { } value)
            {
                result[name] = value.DeepClone();
            }
        }

        return result;
    }
}
