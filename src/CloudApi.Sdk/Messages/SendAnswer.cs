namespace CloudApi.Sdk.Messages;

/// <summary>The values <see cref="SendMessageResultReader"/> takes from a send answer.</summary>
/// <param name="Id">The message id (<c>messages[0].id</c>).</param>
/// <param name="WaId">The user's WhatsApp id (<c>contacts[0].wa_id</c>), on sends by phone number.</param>
/// <param name="Input">The recipient as sent (<c>contacts[0].input</c>).</param>
/// <param name="Status">The <c>messages[0].message_status</c>.</param>
/// <param name="UserId">The user's business-scoped user id (<c>contacts[0].user_id</c>), on sends by BSUID.</param>
/// <param name="GroupId">The group id (<c>group_id</c>), on group sends.</param>
internal readonly record struct SendAnswer(string Id, string? WaId, string? Input, MessageStatus? Status, string? UserId = null, string? GroupId = null);
