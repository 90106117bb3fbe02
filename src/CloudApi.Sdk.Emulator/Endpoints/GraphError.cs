using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>A Graph error as Meta returns it: HTTP status plus the <c>{"error":{...}}</c> envelope.</summary>
internal sealed class GraphError : Exception
{
    public GraphError(int status, int code, string title, string? details, int? subcode = null)
        : base($"(#{code}) {title}")
    {
        Status = status;
        Code = code;
        Title = title;
        Details = details;
        Subcode = subcode;
    }

    public GraphError()
        : this(400, 1, "An unknown error occurred", null)
    {
    }

    public GraphError(string message)
        : this(400, 1, message, null)
    {
    }

    public GraphError(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = 400;
        Code = 1;
        Title = message;
    }

    public int Status { get; }

    public int Code { get; }

    public string Title { get; }

    public string? Details { get; }

    public int? Subcode { get; }

    public static GraphError InvalidParameter(string details) => new(400, 100, "Invalid parameter", details);

    public static GraphError InvalidValue(string details) => new(400, 131009, "Parameter value is not valid", details);

    public static GraphError MissingParameter(string details) => new(400, 131008, "Required parameter is missing", details);

    public static GraphError InvalidToken() => new(401, 190, "Invalid OAuth access token - Cannot parse access token", null);

    public static GraphError UnknownObject(string id) => new(
        400,
        100,
        "Unsupported request",
        $"Object with ID '{id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.",
        33);

    public JsonObject ToJson()
    {
        var error = new JsonObject
        {
            // Meta's 190 message carries no "(#code)" prefix; every other Graph error does.
            ["message"] = Code == 190 ? Title : $"(#{Code}) {Title}",
            ["type"] = "OAuthException",
            ["code"] = Code,
        };
        if (Subcode is { } subcode)
        {
            error["error_subcode"] = subcode;
        }

        if (Details is not null)
        {
            error["error_data"] = new JsonObject { ["messaging_product"] = "whatsapp", ["details"] = Details };
        }

        error["fbtrace_id"] = "A" + Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return new JsonObject { ["error"] = error };
    }

    public Task WriteAsync(HttpContext context)
    {
        context.RecordError(Code);
        return context.WriteJsonAsync(ToJson(), Status);
    }
}
