using System.Buffers;

namespace CloudApi.Sdk.Diagnostics;

/// <summary>
/// Names a Graph call for spans and metrics without the sub-clients saying it: the route of its path (ids replaced by
/// <c>{phone_number_id}</c>, <c>{waba_id}</c> when they are the configured ones, else <c>{id}</c>), then the well-known routes
/// of templates, media, phone numbers and business profiles get the call's name (<c>templates.list</c>). Any other call is
/// named <c>{METHOD} {route}</c>, as OpenTelemetry names HTTP client spans; a GET of an id Graph does not tell apart (a
/// template, a media item) stays <c>GET {id}</c>. The names have low cardinality: no id, no query.
/// </summary>
internal static class GraphOperations
{
    public const string SendMessage = "messages.send";

    private static readonly SearchValues<char> IdCharacters = SearchValues.Create("0123456789:%");

    public static string Name(string method, string absolutePath, string? phoneNumberId, string? businessAccountId)
    {
        var route = Route(absolutePath, phoneNumberId, businessAccountId);
        return (method, route) switch
        {
            ("GET", "{waba_id}/message_templates" or "{id}/message_templates") => "templates.list",
            ("POST", "{waba_id}/message_templates" or "{id}/message_templates") => "templates.create",
            ("DELETE", "{waba_id}/message_templates" or "{id}/message_templates") => "templates.delete",
            ("POST", "{phone_number_id}/media" or "{id}/media") => "media.upload",
            ("GET", "{waba_id}/phone_numbers" or "{id}/phone_numbers") => "phone_numbers.list",
            ("GET", "{phone_number_id}") => "phone_numbers.get",
            ("POST", "{phone_number_id}") => "phone_numbers.update",
            ("POST", "{phone_number_id}/register" or "{id}/register") => "phone_numbers.register",
            ("POST", "{phone_number_id}/deregister" or "{id}/deregister") => "phone_numbers.deregister",
            ("POST", "{phone_number_id}/request_code" or "{id}/request_code") => "phone_numbers.request_code",
            ("POST", "{phone_number_id}/verify_code" or "{id}/verify_code") => "phone_numbers.verify_code",
            ("GET", "{phone_number_id}/whatsapp_business_profile" or "{id}/whatsapp_business_profile") => "business_profile.get",
            ("POST", "{phone_number_id}/whatsapp_business_profile" or "{id}/whatsapp_business_profile") => "business_profile.update",
            ("POST", "{phone_number_id}/messages" or "{id}/messages") => "messages.mark_read",
            ("GET", "{waba_id}") => "business_accounts.get",
            _ => method + " " + route,
        };
    }

    /// <summary>The path after the version segment, each id-like segment (any digit or <c>:</c>) replaced by a placeholder.</summary>
    internal static string Route(string absolutePath, string? phoneNumberId, string? businessAccountId)
    {
        var segments = absolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var start = segments.Length > 0 && segments[0].Length > 1 && segments[0][0] == 'v' && char.IsAsciiDigit(segments[0][1]) ? 1 : 0;
        for (var i = start; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment == phoneNumberId)
            {
                segments[i] = "{phone_number_id}";
            }
            else if (segment == businessAccountId)
            {
                segments[i] = "{waba_id}";
            }
            else if (segment.AsSpan().IndexOfAny(IdCharacters) >= 0)
            {
                segments[i] = "{id}";
            }
        }

        return string.Join('/', segments, start, segments.Length - start);
    }
}
