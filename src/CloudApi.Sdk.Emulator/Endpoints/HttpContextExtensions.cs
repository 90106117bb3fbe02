using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.State;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>Small helpers shared by the endpoints.</summary>
internal static class HttpContextExtensions
{
    private const string NumberKey = "emulator.number";
    private const string RecipientKey = "emulator.recipient";

    public static EmulatorState State(this HttpContext context) => context.RequestServices.GetRequiredService<EmulatorState>();

    public static string RouteId(this HttpContext context) => (string)context.Request.RouteValues["id"]!;

    /// <summary>Attributes errors written for this request to a business number (and recipient) in the stats.</summary>
    public static void AttributeTo(this HttpContext context, string? phoneNumberId, string? recipient = null)
    {
        context.Items[NumberKey] = phoneNumberId;
        context.Items[RecipientKey] = recipient;
    }

    public static void RecordError(this HttpContext context, int code) =>
        context.State().Stats.Error(code, context.Items[NumberKey] as string, context.Items[RecipientKey] as string);

    public static async Task WriteJsonAsync(this HttpContext context, JsonNode body, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=UTF-8";
        var bytes = Encoding.UTF8.GetBytes(JsonText.Write(body));
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }

    public static Task WriteSuccessAsync(this HttpContext context) => context.WriteJsonAsync(new JsonObject { ["success"] = true });

    /// <summary>Reads the body as a JSON object, or fails with Graph error 100 as Meta does for unparsable bodies.</summary>
    public static async Task<JsonObject> ReadJsonObjectAsync(this HttpContext context)
    {
        JsonNode? node;
        try
        {
            node = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            throw GraphError.InvalidParameter("The request body is not valid JSON.");
        }

        return node as JsonObject ?? throw GraphError.InvalidParameter("The request body must be a JSON object.");
    }

    /// <summary>Reads an optional JSON object body: an empty body, or a form, gives an empty object.</summary>
    public static async Task<JsonObject> ReadOptionalJsonObjectAsync(this HttpContext context)
    {
        if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            var result = new JsonObject();
            foreach (var (key, value) in form)
            {
                result[key] = value.ToString();
            }

            return result;
        }

        if (context.Request.ContentLength == 0 || (context.Request.ContentLength is null && context.Request.Headers.TransferEncoding.Count == 0))
        {
            return [];
        }

        return await context.ReadJsonObjectAsync().ConfigureAwait(false);
    }
}
