using System.Globalization;
using System.Text;
using CloudApi.Sdk.Emulator.State.Chats;
using static CloudApi.Sdk.Emulator.Inbox.Views.Html;

namespace CloudApi.Sdk.Emulator.Inbox.Views;

/// <summary>The selected chat: its header (who, the 24-hour window), the messages, and the composer to write as the user.</summary>
internal static class ChatView
{
    /// <summary>WhatsApp hides a typing indicator after 25 seconds, or when the business's next message arrives.</summary>
    public static readonly TimeSpan TypingLifetime = TimeSpan.FromSeconds(25);

    public static void Head(StringBuilder b, InboxContext context)
    {
        if (context.Chat is not { } chat)
        {
            b.Append("<h2>No chat selected</h2><p class=\"hint\">Pick a chat, or start one as a new user.</p>");
            return;
        }

        b.Append("<h2 id=\"chat-title\">").Append(Encode(chat.DisplayName)).Append("</h2><p class=\"address\">").Append(Encode(chat.Address)).Append("</p>");
        var until = context.State.Window.OpenUntil(context.Number.Id, chat.User, context.State.Now);
        b.Append("<div class=\"window\"><p class=\"window-state\">");
        b.Append(until is { } end
            ? $"24-hour window open until {end.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC"
            : "24-hour window closed");
        b.Append("</p><form method=\"post\" action=\"/_emulator/inbox/window\">").Append(context.ChatFields())
            .Append(until is null
                ? "<button type=\"submit\" name=\"change\" value=\"open\">Open window</button>"
                : "<button type=\"submit\" name=\"change\" value=\"close\">Close window</button>")
            .Append("</form></div>");
    }

    public static void Log(StringBuilder b, InboxContext context)
    {
        if (context.Chat is not { } chat)
        {
            return;
        }

        foreach (var entry in chat.Entries)
        {
            EntryView.Write(b, context, chat, entry);
        }

        if (chat.TypingSince is { } since && context.State.Now - since < TypingLifetime)
        {
            var remaining = (long)(TypingLifetime - (context.State.Now - since)).TotalMilliseconds;
            b.Append(CultureInfo.InvariantCulture, $"<li class=\"typing\" data-ttl=\"{remaining}\">")
                .Append(Encode(context.Number.Config.VerifiedName)).Append(" is typing…</li>");
        }
    }

    public static void Composer(StringBuilder b, InboxContext context)
    {
        if (context.Chat is null)
        {
            return;
        }

        b.Append("<form id=\"composer\" class=\"composer\" method=\"post\" action=\"/_emulator/inbox/send\" enctype=\"multipart/form-data\">")
            .Append(context.ChatFields())
            .Append("<input type=\"hidden\" name=\"context\" id=\"reply-context\" value=\"\">")
            .Append("<p id=\"replying\" class=\"replying\" hidden>Replying to: <span id=\"replying-summary\"></span> <button type=\"button\" id=\"cancel-reply\">Cancel reply</button></p>")
            .Append("<label for=\"composer-text\" class=\"sr-only\">Message</label>")
            .Append("<input id=\"composer-text\" name=\"text\" placeholder=\"Type a message as the user\" autocomplete=\"off\">")
            .Append("<label for=\"composer-image\" class=\"attach\">📎 Image</label>")
            .Append("<input id=\"composer-image\" type=\"file\" name=\"image\" accept=\"image/*\">")
            .Append("<button type=\"submit\" class=\"primary\">Send</button></form>")
            .Append("<details class=\"composer-location\"><summary>📍 Send a location</summary>");
        Forms.Location(b, context, "composer", null);
        b.Append("</details>");
    }
}
