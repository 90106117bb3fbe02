namespace CloudApi.Sdk.Emulator.State.Chats;

/// <summary>
/// What the emulator simulated for a message: <c>sent</c>, <c>delivered</c>, <c>read</c> or <c>failed</c> (with the
/// error, also for a send the emulator refused, such as a rate-limit hit); <c>received</c> for the user's messages.
/// </summary>
internal sealed record DeliveryState(string Status, ChatError? Error = null)
{
    public static readonly DeliveryState Received = new("received");

    public static DeliveryState Failed(ChatError error) => new("failed", error);
}

/// <summary>An error as the chat shows it: Meta's code, title and details.</summary>
internal sealed record ChatError(int Code, string Title, string? Details);
