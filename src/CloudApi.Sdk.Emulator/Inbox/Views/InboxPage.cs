using System.Globalization;
using System.Text;
using static CloudApi.Sdk.Emulator.Inbox.Views.Html;

namespace CloudApi.Sdk.Emulator.Inbox.Views;

/// <summary>
/// The whole inbox document. The regions marked <c>data-live</c> are what the page's script swaps in when the
/// emulator announces a change (server-sent events); forms outside them keep what the person is typing.
/// </summary>
internal static class InboxPage
{
    public static string Render(InboxContext context)
    {
        var b = new StringBuilder(8192);
        var number = context.Number;
        b.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(context.Chat is { } c ? c.DisplayName + " · " : string.Empty)).Append("WhatsApp emulator inbox</title>")
            .Append("<link rel=\"stylesheet\" href=\"/_emulator/inbox/assets/inbox.css\"><script src=\"/_emulator/inbox/assets/inbox.js\" defer></script></head>")
            .Append("<body><header class=\"topbar\"><h1>WhatsApp emulator</h1><nav aria-label=\"Business numbers\"><ul class=\"numbers\">");
        foreach (var other in context.State.PhoneNumbers.Values)
        {
            var current = other.Id == number.Id ? " aria-current=\"page\"" : string.Empty;
            b.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/?number={Query(other.Id)}\"{current}>{Encode(other.Config.VerifiedName)} · {Encode(other.Config.DisplayPhoneNumber)}</a></li>");
        }

        b.Append("</ul></nav><p id=\"live\" class=\"live\" role=\"status\">Connecting…</p></header><div class=\"layout\">")
            .Append("<nav class=\"sidebar\" aria-labelledby=\"chats-title\"><h2 id=\"chats-title\">Chats</h2><div id=\"conversations\" data-live>");
        ConversationListView.List(b, context);
        b.Append("</div>");
        ConversationListView.NewChat(b, context);
        b.Append("</nav><main class=\"chat\"><header id=\"chat-head\" class=\"chat-head\" data-live>");
        ChatView.Head(b, context);
        b.Append("</header><ol id=\"chat-log\" class=\"chat-log\" data-live aria-label=\"Messages\">");
        ChatView.Log(b, context);
        b.Append("</ol><p id=\"notice\" class=\"notice\" role=\"alert\"></p>");
        ChatView.Composer(b, context);
        b.Append("</main><aside class=\"operator\" aria-labelledby=\"operator-title\"><h2 id=\"operator-title\">Operator</h2><div id=\"numbers\" data-live>");
        OperatorPanelView.Numbers(b, context);
        b.Append("</div><h3>Faults</h3><div id=\"faults\" data-live>");
        OperatorPanelView.Faults(b, context);
        b.Append("</div>");
        OperatorPanelView.AddFault(b, context);
        b.Append("</aside></div></body></html>");
        return b.ToString();
    }
}
