using CloudApi.Sdk.Emulator.Endpoints;
using CloudApi.Sdk.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Hosting;

/// <summary>
/// Middleware in front of every Graph endpoint: turns a thrown <see cref="GraphError"/> into Meta's error envelope and
/// checks the access token (Bearer or OAuth scheme; 190 with HTTP 401 when missing or wrong). The inbox page and <c>/_emulator/*</c> need no token.
/// </summary>
internal sealed class GraphPipeline
{
    private readonly RequestDelegate _next;

    public GraphPipeline(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            if (!IsTokenFree(context.Request.Path) && !IsAuthorized(context))
            {
                throw GraphError.InvalidToken();
            }

            await _next(context).ConfigureAwait(false);
        }
        catch (GraphError error) when (!context.Response.HasStarted)
        {
            if (context.Items[SendRequest.ItemKey] is SendRequest refused)
            {
                RecordRefusal(context, refused, error);
            }

            await error.WriteAsync(context).ConfigureAwait(false);
        }
    }

    /// <summary>A validated send that was refused (a limit, the service window, a template check) shows in the chat as failed.</summary>
    private static void RecordRefusal(HttpContext context, SendRequest request, GraphError error)
    {
        var state = context.State();
        var numberId = context.RouteId();
        state.Conversations.BusinessRefused(numberId, request.To, request.Recipient, request.Type, request.Body, state.Now, new(error.Code, error.Title, error.Details));
        EmulatorLog.MessageRefused(state.Logger, request.Type, numberId, request.Recipient, error.Code, error.Title);
    }

    /// <summary>The inbox page (<c>/</c>), <c>/_emulator/*</c> and the code exchange (the app secret authenticates it) need no token.</summary>
    private static bool IsTokenFree(PathString path) =>
        path == "/" || path.StartsWithSegments("/_emulator", StringComparison.Ordinal)
        || (path.Value ?? string.Empty).EndsWith(Partners.EmbeddedSignupEndpoints.ExchangePath, StringComparison.Ordinal);

    // The app token ({app-id}|{app-secret}) may only inspect tokens, as on Meta.
    private static bool IsAccepted(HttpContext context, string token) =>
        context.State().IsValidToken(token)
        || ((context.Request.Path.Value ?? string.Empty).EndsWith(Partners.EmbeddedSignupEndpoints.DebugPath, StringComparison.Ordinal)
            && Partners.EmbeddedSignupEndpoints.IsAppToken(token, context.State().Options));

    private static bool IsAuthorized(HttpContext context)
    {
        // Graph takes the token as "Bearer" or "OAuth" (the scheme Meta's resumable-upload calls document).
        var header = context.Request.Headers.Authorization.ToString();
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        return space > 0
            && (header.AsSpan(0, space).Equals("Bearer", StringComparison.OrdinalIgnoreCase) || header.AsSpan(0, space).Equals("OAuth", StringComparison.OrdinalIgnoreCase))
            && IsAccepted(context, header[(space + 1)..].Trim());
    }
}
