namespace CloudApi.Sdk.Messages;

/// <summary>Meta's answer to a send: the message was <b>accepted</b> (not yet delivered; statuses arrive as webhooks).</summary>
/// <param name="MessageId">The message id (<c>wamid...</c>); status webhooks and replies refer to it.</param>
/// <param name="WaId">The recipient's WhatsApp id (normalized number), which may differ from what was sent.</param>
/// <param name="Input">The recipient as it was sent (<c>contacts[0].input</c>).</param>
/// <param name="MessageStatus">The <c>message_status</c> (<c>accepted</c>, or <c>held_for_quality_assessment</c> for paced templates); <see langword="null"/> when absent.</param>
public sealed record SendMessageResult(string MessageId, string? WaId, string? Input, MessageStatus? MessageStatus);
