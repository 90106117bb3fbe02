using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>
/// Graph cursor paging: <c>limit</c> and <c>after</c>/<c>before</c> in the query; <c>paging.cursors</c> on every
/// non-empty page and <c>paging.next</c> only when more items follow. Cursors name an item id, so they survive deletes.
/// </summary>
internal static class Paging
{
    public static JsonObject Page<T>(HttpContext context, IReadOnlyList<T> items, Func<T, string> id, Func<T, JsonNode> toJson)
    {
        var query = context.Request.Query;
        var limit = 25;
        if (query.TryGetValue("limit", out var limitText))
        {
            if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1)
            {
                throw GraphError.InvalidParameter("Param limit must be a positive integer.");
            }
        }

        var start = 0;
        if (query.TryGetValue("after", out var after) && !string.IsNullOrEmpty(after))
        {
            start = IndexOf(items, id, Decode(after!)) + 1;
        }

        var end = Math.Min(items.Count, start + limit);
        if (query.TryGetValue("before", out var before) && !string.IsNullOrEmpty(before))
        {
            end = IndexOf(items, id, Decode(before!));
            start = Math.Max(0, end - limit);
        }

        var data = new JsonArray();
        for (var i = start; i < end; i++)
        {
            data.Add(toJson(items[i]));
        }

        var result = new JsonObject { ["data"] = data };
        if (data.Count > 0)
        {
            var paging = new JsonObject
            {
                ["cursors"] = new JsonObject { ["before"] = Encode(id(items[start])), ["after"] = Encode(id(items[end - 1])) },
            };
            if (end < items.Count)
            {
                paging["next"] = NextUrl(context, Encode(id(items[end - 1])));
            }

            if (start > 0)
            {
                paging["previous"] = NextUrl(context, Encode(id(items[start])), "before");
            }

            result["paging"] = paging;
        }

        return result;
    }

    private static int IndexOf<T>(IReadOnlyList<T> items, Func<T, string> id, string cursorId)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (string.CompareOrdinal(id(items[i]), cursorId) >= 0)
            {
                // Ids are increasing: an item deleted since the cursor was issued still positions the page.
                return string.Equals(id(items[i]), cursorId, StringComparison.Ordinal) ? i : i - 1;
            }
        }

        return items.Count - 1;
    }

    private static string NextUrl(HttpContext context, string cursor, string direction = "after")
    {
        var request = context.Request;
        var query = new QueryBuilder(request.Query.Where(q => q.Key is not "after" and not "before")
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? string.Empty))))
        {
            { direction, cursor },
        };
        return UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, query.ToQueryString());
    }

    private static string Encode(string id) => Convert.ToBase64String(Encoding.UTF8.GetBytes(id)).TrimEnd('=');

    private static string Decode(string cursor)
    {
        try
        {
            var padded = cursor.PadRight(cursor.Length + ((4 - (cursor.Length % 4)) % 4), '=');
            return Encoding.UTF8.GetString(Convert.FromBase64String(padded));
        }
        catch (FormatException)
        {
            throw GraphError.InvalidParameter("Param after/before is not a valid cursor.");
        }
    }
}
