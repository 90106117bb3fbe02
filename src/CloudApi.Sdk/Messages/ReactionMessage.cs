using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// A reaction to a message: <c>{"type":"reaction","reaction":{"message_id":"wamid...","emoji":"😀"}}</c>; an empty emoji
/// removes an earlier reaction (<see cref="Remove"/>). A reaction cannot be a reply, and only a <c>sent</c> status follows it;
/// reacting to a message older than 30 days or deleted fails later with error 131009.
/// </summary>
public sealed partial class ReactionMessage : WhatsAppMessage
{
    /// <summary>Creates a reaction.</summary>
    /// <param name="messageId">The wamid of the message to react to.</param>
    /// <param name="emoji">The emoji; use <see cref="Remove"/> to remove a reaction.</param>
    /// <exception cref="WhatsAppValidationException">The message id or emoji is empty.</exception>
    public ReactionMessage(string messageId, string emoji)
    {
        Validate.Text(messageId, 256, "reaction.message_id");
        if (string.IsNullOrWhiteSpace(emoji))
        {
            throw new WhatsAppValidationException("reaction.emoji",
                $"reaction.emoji is required; to remove a reaction use {nameof(ReactionMessage)}.{nameof(Remove)}(messageId).");
        }

        MessageId = messageId;
        Emoji = emoji;
    }

    private ReactionMessage(string messageId)
    {
        Validate.Text(messageId, 256, "reaction.message_id");
        MessageId = messageId;
        Emoji = string.Empty;
    }

    /// <inheritdoc />
    public override string Type => "reaction";

    /// <summary>The wamid of the message reacted to.</summary>
    public string MessageId { get; }

    /// <summary>The emoji, or empty when this removes a reaction.</summary>
    public string Emoji { get; }

    /// <summary>Whether this removes the business's earlier reaction.</summary>
    public bool IsRemoval => Emoji.Length == 0;

    internal override JsonEncodedText EncodedType => JsonNames.Reaction;

    internal override bool SupportsReplyContext => false;

    /// <summary>Removes the reaction the business placed on a message (sends an empty emoji).</summary>
    /// <param name="messageId">The wamid of the message.</param>
    /// <returns>The removal.</returns>
    /// <exception cref="WhatsAppValidationException">The message id is empty.</exception>
    public static ReactionMessage Remove(string messageId) => new(messageId);
}
