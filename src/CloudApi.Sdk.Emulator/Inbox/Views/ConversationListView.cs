using System.Globalization;
using System.Text;
using static CloudApi.Sdk.Emulator.Inbox.Views.Html;

namespace CloudApi.Sdk.Emulator.Inbox.Views;

/// <summary>The chats of the selected business number, the most recent first, and the form to start one as a new user.</summary>
internal static class ConversationListView
{
    public static void List(StringBuilder b, InboxContext context)
    {
        var chats = context.State.Conversations.ForNumber(context.Number.Id);
        if (chats.Count == 0)
        {
            b.Append("<p class=\"hint\">No chats yet. Send a message with the SDK, or start one below.</p>");
            return;
        }

        b.Append("<ul class=\"chats\">");
        foreach (var chat in chats)
        {
            var current = context.Chat?.User == chat.User ? " aria-current=\"page\"" : string.Empty;
            var last = chat.Entries.Count == 0 ? null : chat.Entries[^1];
            b.Append(CultureInfo.InvariantCulture, $"<li><a class=\"chat-link\" href=\"{context.ChatLink(chat.User)}\" data-user=\"{Encode(chat.User)}\"{current}>")
                .Append("<span class=\"name\">").Append(Encode(chat.DisplayName)).Append("</span>");
            if (chat.ProfileName is not null)
            {
                b.Append("<span class=\"address\">").Append(Encode(chat.Address)).Append("</span>");
            }

            if (last is not null)
            {
                b.Append("<span class=\"preview\">").Append(Encode(MessageContent.Summary(last))).Append("</span>");
            }

            b.Append("</a></li>");
        }

        b.Append("</ul>");
    }

    public static void NewChat(StringBuilder b, InboxContext context) =>
        b.Append("<details class=\"new-chat\"><summary>Start a chat as a new user</summary>")
            .Append("<form method=\"post\" action=\"/_emulator/inbox/start\">")
            .Append(Forms.Hidden("number", context.Number.Id))
            .Append("<label for=\"new-phone\">Phone number</label><input id=\"new-phone\" name=\"user\" required placeholder=\"+16505551234\" autocomplete=\"off\">")
            .Append("<label for=\"new-name\">Profile name</label><input id=\"new-name\" name=\"name\" autocomplete=\"off\">")
            .Append("<label for=\"new-text\">First message</label><input id=\"new-text\" name=\"text\" required autocomplete=\"off\">")
            .Append("<button type=\"submit\" class=\"primary\">Start chat</button></form></details>");
}
