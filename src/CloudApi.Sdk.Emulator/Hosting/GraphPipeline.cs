using CloudApi.Sdk.Emulator.Endpoints;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Hosting;

/// <summary>
/// Middleware in front of every Graph endpoint: turns a thrown <see cref="GraphError"/> into Meta's error envelope and
/// checks the access token (Bearer or OAuth scheme; 190 with HTTP 401 when missing or wrong). <c>/_emulator/*</c> needs no token.
/// </summary>
internal sealed class GraphPipeline
{
    private readonly RequestDelegate _next;

    public GraphPipeline(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            if (!context.Request.Path.StartsWithSegments("/_emulator", StringComparison.Ordinal) && !IsAuthorized(context))
            {
                throw GraphError.InvalidToken();
            }

            await _next(context).ConfigureAwait(false);
        }
        catch (GraphError error) when (!context.Response.HasStarted)
        {
            await error.WriteAsync(context).ConfigureAwait(false);
        }
    }

    private static bool IsAuthorized(HttpContext context)
    {
        // Graph takes the token as "Bearer" or "OAuth" (the scheme Meta's resumable-upload calls document).
        var header = context.Request.Headers.Authorization.ToString();
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        return space > 0
            && (header.AsSpan(0, space).Equals("Bearer", StringComparison.OrdinalIgnoreCase) || header.AsSpan(0, space).Equals("OAuth", StringComparison.OrdinalIgnoreCase))
            && context.State().IsValidToken(header[(space + 1)..].Trim());
    }
}
