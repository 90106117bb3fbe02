using System.Text;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Endpoints;
using CloudApi.Sdk.Emulator.Inbox.Views;
using CloudApi.Sdk.Emulator.State;
using CloudApi.Sdk.Emulator.Validation;
using CloudApi.Sdk.Emulator.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CloudApi.Sdk.Emulator.Inbox;

/// <summary>
/// The inbox: the page at <c>/</c>, its assets, the change stream (server-sent events) and the forms with which the
/// person answers as the user. Each answer becomes the signed inbound webhook Meta would send. A form posted by the
/// page's script answers 204 (or the Graph error); posted without script it redirects back to the chat.
/// </summary>
internal static class InboxEndpoints
{
    public const string Prefix = "/_emulator/inbox";

    public static Task PageAsync(HttpContext context)
    {
        var state = context.State();
        var number = Number(state, context.Request.Query["number"].ToString());
        var user = context.Request.Query["chat"].ToString();
        var chat = user.Length == 0 ? null : state.Conversations.Find(number.Id, user);
        var html = InboxPage.Render(new InboxContext(state, number, chat));
        context.Response.Headers.CacheControl = "no-store";
        return WriteAsync(context, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));
    }

    public static Task AssetAsync(HttpContext context)
    {
        var name = (string)context.Request.RouteValues["name"]!;
        var asset = InboxAssets.Find(name);
        if (asset is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return WriteAsync(context, asset.Value.ContentType, asset.Value.Content);
    }

    /// <summary>Server-sent events: one <c>data: {version}</c> per change; ends when the client leaves or the emulator stops.</summary>
    public static async Task EventsAsync(HttpContext context)
    {
        var state = context.State();
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var feed = state.Conversations.Changes;
        var seen = feed.Version;
        try
        {
            await SendEventAsync(context, seen, done.Token).ConfigureAwait(false);
            while (true)
            {
                seen = await feed.WaitAsync(seen, done.Token).ConfigureAwait(false);
                await SendEventAsync(context, seen, done.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Uploaded media, token-free for the page's <c>img</c>, <c>video</c> and <c>audio</c> elements.</summary>
    public static async Task MediaAsync(HttpContext context)
    {
        var media = context.State().Media.Find((string)context.Request.RouteValues["id"]!);
        if (media is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = media.MimeType;
        context.Response.ContentLength = media.Size;
        await context.Response.SendFileAsync(media.Path, context.RequestAborted).ConfigureAwait(false);
    }

    public static async Task SendAsync(HttpContext context)
    {
        var (state, number, form) = await ReadAsync(context).ConfigureAwait(false);
        var user = Required(form, "user");
        var text = form["text"].ToString();
        JsonObject message;
        if (form.Files.GetFile("image") is { Length: > 0 } file)
        {
            message = UserMessages.Image(await SaveImageAsync(context, state, number, file).ConfigureAwait(false), text);
        }
        else if (text.Length > 0)
        {
            message = UserMessages.Text(text);
        }
        else
        {
            throw GraphError.MissingParameter("Type a message or choose an image.");
        }

        await ReceiveAsync(context, state, number, user, message.InReplyTo(number, form["context"])).ConfigureAwait(false);
    }

    public static async Task TapAsync(HttpContext context)
    {
        var (state, number, form) = await ReadAsync(context).ConfigureAwait(false);
        var description = form["description"].ToString();
        var message = UserMessages.Tap(Required(form, "kind"), form["reply_id"].ToString(), Required(form, "title"), description.Length == 0 ? null : description)
            ?? throw GraphError.InvalidParameter("Param kind must be one of {button_reply, list_reply, template_button, nfm_reply}.");
        await ReceiveAsync(context, state, number, Required(form, "user"), message.InReplyTo(number, Required(form, "message_id"))).ConfigureAwait(false);
    }

    public static async Task ReactAsync(HttpContext context)
    {
        var (state, number, form) = await ReadAsync(context).ConfigureAwait(false);
        var message = UserMessages.Reaction(Required(form, "message_id"), form["emoji"].ToString());
        await ReceiveAsync(context, state, number, Required(form, "user"), message).ConfigureAwait(false);
    }

    public static async Task LocationAsync(HttpContext context)
    {
        var (state, number, form) = await ReadAsync(context).ConfigureAwait(false);
        var latitude = UserMessages.Coordinate(form["latitude"]) is { } lat and >= -90 and <= 90 ? lat : throw GraphError.InvalidParameter("Latitude must be a number from -90 to 90.");
        var longitude = UserMessages.Coordinate(form["longitude"]) is { } lng and >= -180 and <= 180 ? lng : throw GraphError.InvalidParameter("Longitude must be a number from -180 to 180.");
        var message = UserMessages.Location(latitude, longitude, form["name"], form["address"]).InReplyTo(number, form["context"]);
        await ReceiveAsync(context, state, number, Required(form, "user"), message).ConfigureAwait(false);
    }

    /// <summary>A new user writes first: the chat opens on their message.</summary>
    public static async Task StartAsync(HttpContext context)
    {
        var (state, number, form) = await ReadAsync(context).ConfigureAwait(false);
        var user = Ids.Digits(Required(form, "user"));
        if (user.Length == 0)
        {
            throw GraphError.InvalidParameter("The phone number needs digits.");
        }

        var name = form["name"].ToString();
        state.Conversations.Start(number.Id, user, name.Length == 0 ? null : name);
        await InboundSimulator.ReceiveAsync(state, user, UserMessages.Text(Required(form, "text")), number.Id, name.Length == 0 ? null : name, context.RequestAborted)
            .ConfigureAwait(false);
        await DoneAsync(context, number, user).ConfigureAwait(false);
    }

    /// <summary>Opens (as if the user had just written) or closes the pair's 24-hour customer-service window.</summary>
    public static async Task WindowAsync(HttpContext context)
    {
        var (state, number, form) = await ReadAsync(context).ConfigureAwait(false);
        var user = Required(form, "user");
        switch (Required(form, "change"))
        {
            case "open":
                state.Window.Open(number.Id, user, state.Now);
                break;
            case "close":
                state.Window.Close(number.Id, user);
                break;
            default:
                throw GraphError.InvalidParameter("Param change must be one of {open, close}.");
        }

        state.Conversations.Changes.Publish();
        await DoneAsync(context, number, user).ConfigureAwait(false);
    }

    public static async Task AddFaultAsync(HttpContext context)
    {
        var (state, number, form) = await ReadAsync(context).ConfigureAwait(false);
        var body = new JsonObject();
        foreach (var (key, value) in form)
        {
            var text = value.ToString();
            if (text.Length > 0)
            {
                body[key] = key is "kind" or "phone_number_id" ? text : UserMessages.Coordinate(text) ?? throw GraphError.InvalidParameter($"Param {key} must be a number.");
            }
        }

        FaultEndpoints.Add(state, body);
        await DoneAsync(context, number, null).ConfigureAwait(false);
    }

    public static async Task ClearFaultsAsync(HttpContext context)
    {
        var (state, number, _) = await ReadAsync(context).ConfigureAwait(false);
        state.Faults.Clear();
        await DoneAsync(context, number, null).ConfigureAwait(false);
    }

    private static async Task ReceiveAsync(HttpContext context, EmulatorState state, PhoneNumberState number, string user, JsonObject message)
    {
        var profile = state.Conversations.Find(number.Id, user)?.ProfileName;
        await InboundSimulator.ReceiveAsync(state, user, message, number.Id, profile, context.RequestAborted).ConfigureAwait(false);
        await DoneAsync(context, number, user).ConfigureAwait(false);
    }

    private static async Task<StoredMedia> SaveImageAsync(HttpContext context, EmulatorState state, PhoneNumberState number, IFormFile file)
    {
        var mime = file.ContentType;
        if (!MediaLimits.IsSupported(mime) || MediaLimits.BaseType(mime) is not ("image/jpeg" or "image/png"))
        {
            throw GraphError.InvalidParameter($"The image must be a JPEG or PNG file, got '{mime}'.");
        }

        var path = state.Media.NewFilePath();
        var source = file.OpenReadStream();
        await using (source.ConfigureAwait(false))
        {
            var (sha256, size) = await MediaEndpoints.SaveAsync(source, path, context.RequestAborted).ConfigureAwait(false);
            var media = new StoredMedia(state.Ids.NextGraphId(), number.Id, MediaLimits.BaseType(mime), sha256, size, path);
            state.Media.Add(media);
            return media;
        }
    }

    private static async Task<(EmulatorState State, PhoneNumberState Number, IFormCollection Form)> ReadAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            throw GraphError.InvalidParameter("The inbox's actions take a form (application/x-www-form-urlencoded or multipart/form-data).");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var state = context.State();
        return (state, Number(state, form["number"].ToString()), form);
    }

    private static PhoneNumberState Number(EmulatorState state, string id) =>
        id.Length == 0 ? state.PhoneNumbers[state.Options.PhoneNumbers[0].Id]
        : state.PhoneNumbers.GetValueOrDefault(id) ?? throw GraphError.UnknownObject(id);

    private static string Required(IFormCollection form, string name) =>
        form[name].ToString() is { Length: > 0 } value ? value : throw GraphError.MissingParameter($"Param {name} is required.");

    /// <summary>204 for the page's script; for a plain form post, back to the chat.</summary>
    private static Task DoneAsync(HttpContext context, PhoneNumberState number, string? user)
    {
        if (context.Request.Headers["X-Inbox"] == "fetch")
        {
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        }

        var query = "?number=" + Uri.EscapeDataString(number.Id) + (user is null ? string.Empty : "&chat=" + Uri.EscapeDataString(user));
        context.Response.Redirect("/" + query);
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        return Task.CompletedTask;
    }

    private static async Task SendEventAsync(HttpContext context, long version, CancellationToken cancellationToken)
    {
        await context.Response.WriteAsync($"data: {version}\n\n", cancellationToken).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteAsync(HttpContext context, string contentType, byte[] content)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = content.Length;
        await context.Response.Body.WriteAsync(content, context.RequestAborted).ConfigureAwait(false);
    }
}
