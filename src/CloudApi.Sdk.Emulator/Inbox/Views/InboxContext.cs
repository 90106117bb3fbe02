using CloudApi.Sdk.Emulator.State;
using CloudApi.Sdk.Emulator.State.Chats;

namespace CloudApi.Sdk.Emulator.Inbox.Views;

/// <summary>What one render of the page needs: the emulator, the selected business number and chat.</summary>
internal sealed record InboxContext(EmulatorState State, PhoneNumberState Number, Conversation? Chat)
{
    public string ChatLink(string user) => $"/?number={Html.Query(Number.Id)}&amp;chat={Html.Query(user)}";

    /// <summary>The hidden fields every chat action posts: which number and which user.</summary>
    public string ChatFields() => Chat is null
        ? string.Empty
        : $"<input type=\"hidden\" name=\"number\" value=\"{Html.Encode(Number.Id)}\"><input type=\"hidden\" name=\"user\" value=\"{Html.Encode(Chat.User)}\">";

    /// <summary>The media an id names: served by the inbox from the emulator's store; a link is shown as is.</summary>
    public static string? MediaSource(System.Text.Json.Nodes.JsonObject? media) =>
        media is null ? null
        : Html.Str(media, "id") is { } id ? "/_emulator/inbox/media/" + Uri.EscapeDataString(id)
        : Html.SafeUrl(Html.Str(media, "link"));
}
