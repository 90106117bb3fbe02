using System.Text.Json;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Messages;

namespace CloudApi.Sdk;

/// <summary>Builds the answer of a send for tests.</summary>
public static partial class WhatsAppModelFactory
{
    /// <summary>Builds a <see cref="Messages.SendMessageResult"/> as <see cref="IMessagesClient.SendAsync"/> would answer it.</summary>
    /// <param name="messageId">The message id (<c>messages[0].id</c>).</param>
    /// <param name="waId">The recipient's WhatsApp id (<c>contacts[0].wa_id</c>).</param>
    /// <param name="input">The recipient as sent (<c>contacts[0].input</c>).</param>
    /// <param name="messageStatus">The <c>messages[0].message_status</c>.</param>
    /// <param name="userId">The recipient's business-scoped user id (<c>contacts[0].user_id</c>), on sends by BSUID.</param>
    /// <param name="groupId">The group id (<c>group_id</c>), on group sends.</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details; see <see cref="GraphResponse(int, IEnumerable{KeyValuePair{string, string}}?)"/>.</param>
    /// <returns>The result.</returns>
    public static SendMessageResult SendMessageResult(
        string messageId,
        string? waId = null,
        string? input = null,
        MessageStatus? messageStatus = null,
        string? userId = null,
        string? groupId = null,
        JsonElement? rawJson = null,
        GraphResponse? response = null) =>
        new(new SendAnswer(messageId, waId, input, messageStatus, userId, groupId), GraphSource.ForModel(rawJson, response));
}
