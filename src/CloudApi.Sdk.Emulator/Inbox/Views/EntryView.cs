using System.Globalization;
using System.Text;
using CloudApi.Sdk.Emulator.State.Chats;
using static CloudApi.Sdk.Emulator.Inbox.Views.Html;

namespace CloudApi.Sdk.Emulator.Inbox.Views;

/// <summary>One bubble: the quoted message it replies to, its content, time and delivery state, reactions, and the user's actions on it.</summary>
internal static class EntryView
{
    private static readonly string[] Emojis = ["👍", "❤️", "😂", "😮", "😢", "🙏"];

    public static void Write(StringBuilder b, InboxContext context, Conversation chat, ChatEntry entry)
    {
        var side = entry.Direction == ChatDirection.FromBusiness ? "out" : "in";
        var who = entry.Direction == ChatDirection.FromBusiness ? context.Number.Config.VerifiedName : chat.DisplayName;
        b.Append(CultureInfo.InvariantCulture,
            $"<li class=\"msg {side}\" id=\"m-{Encode(entry.Id)}\" data-id=\"{Encode(entry.Id)}\" data-type=\"{Encode(entry.Type)}\" data-status=\"{Encode(entry.Delivery.Status)}\">");
        b.Append("<div class=\"bubble\"><p class=\"sr-only\">").Append(Encode(who)).Append(":</p>");
        if (entry.ReplyTo is { } replyTo)
        {
            var quoted = chat.Find(replyTo);
            b.Append(CultureInfo.InvariantCulture, $"<blockquote class=\"quote\" data-quoted=\"{Encode(replyTo)}\">")
                .Append(Encode(quoted is null ? "A message" : MessageContent.Summary(quoted))).Append("</blockquote>");
        }

        MessageContent.Write(b, context, entry);
        b.Append("<p class=\"meta\">").Append(Time(entry.At)).Append(' ');
        Status(b, entry);
        b.Append("</p>");
        if (entry.Delivery.Error is { } error)
        {
            b.Append(CultureInfo.InvariantCulture, $"<p class=\"error\">Failed: (#{error.Code}) {Encode(error.Title)}");
            if (error.Details is not null)
            {
                b.Append(" — ").Append(Encode(error.Details));
            }

            b.Append("</p>");
        }

        Reactions(b, entry);
        b.Append("</div>");
        if (Forms.CanAnswer(entry))
        {
            Actions(b, context, entry);
        }

        b.Append("</li>");
    }

    private static void Status(StringBuilder b, ChatEntry entry)
    {
        if (entry.Direction == ChatDirection.FromUser)
        {
            if (entry.ReadByBusiness)
            {
                b.Append("<span class=\"status read\" title=\"The business marked it read\">✓✓ <span class=\"status-text\">Read by business</span></span>");
            }

            return;
        }

        var (ticks, label) = entry.Delivery.Status switch
        {
            "sent" => ("✓", "Sent"),
            "delivered" => ("✓✓", "Delivered"),
            "read" => ("✓✓", "Read"),
            _ => ("⚠", "Failed"),
        };
        b.Append(CultureInfo.InvariantCulture, $"<span class=\"status {entry.Delivery.Status}\"><span aria-hidden=\"true\">{ticks}</span> <span class=\"status-text\">{label}</span></span>");
    }

    private static void Reactions(StringBuilder b, ChatEntry entry)
    {
        if (entry.BusinessReaction is null && entry.UserReaction is null)
        {
            return;
        }

        b.Append("<p class=\"reactions\">");
        if (entry.BusinessReaction is { } business)
        {
            b.Append("<span class=\"reaction by-business\" title=\"Reaction from the business\">").Append(Encode(business)).Append("</span>");
        }

        if (entry.UserReaction is { } user)
        {
            b.Append("<span class=\"reaction by-user\" title=\"Your reaction\">").Append(Encode(user)).Append("</span>");
        }

        b.Append("</p>");
    }

    private static void Actions(StringBuilder b, InboxContext context, ChatEntry entry)
    {
        b.Append("<div class=\"actions\">");
        b.Append(CultureInfo.InvariantCulture,
            $"<button type=\"button\" class=\"reply-to\" data-reply-to=\"{Encode(entry.Id)}\" data-summary=\"{Encode(MessageContent.Summary(entry))}\">Reply</button>");
        b.Append("<details class=\"react\"><summary>React</summary><form method=\"post\" action=\"/_emulator/inbox/react\">")
            .Append(context.ChatFields()).Append(Forms.Hidden("message_id", entry.Id));
        foreach (var emoji in Emojis)
        {
            b.Append(CultureInfo.InvariantCulture, $"<button type=\"submit\" name=\"emoji\" value=\"{emoji}\" aria-label=\"React {emoji}\">{emoji}</button>");
        }

        b.Append("</form></details></div>");
    }
}
