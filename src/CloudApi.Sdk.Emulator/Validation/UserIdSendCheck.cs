using CloudApi.Sdk.Emulator.Endpoints;
using CloudApi.Sdk.Emulator.State;

namespace CloudApi.Sdk.Emulator.Validation;

/// <summary>Sends addressed by business-scoped user id (<c>recipient</c>): who they reach, and what Meta refuses for them.</summary>
internal static class UserIdSendCheck
{
    /// <summary>131062: Meta's code for a message a BSUID cannot receive.</summary>
    public const int NotSupported = 131062;

    /// <summary>A send by BSUID reaches the user's chat, window and pair: keyed by their number when the emulator knows it.</summary>
    public static SendRequest Resolve(EmulatorState state, SendRequest request) =>
        request.RecipientUserId is { } userId ? request with { Recipient = state.Users.KeyOfUserId(userId) } : request;

    /// <summary>
    /// Authentication templates (one-tap, zero-tap, copy-code) need the user's phone number: sent to a BSUID they get 131062.
    /// </summary>
    public static void CheckTemplate(EmulatorState state, PhoneNumberState number, SendRequest request)
    {
        if (request.RecipientUserId is null)
        {
            return;
        }

        var template = request.Body["template"]!;
        var name = template["name"]!.GetValue<string>();
        var language = template["language"]!["code"]!.GetValue<string>();
        var stored = state.Templates.Named(number.BusinessAccountId, name).Find(t => t.Language == language);
        if (string.Equals(stored?.Category, "AUTHENTICATION", StringComparison.OrdinalIgnoreCase))
        {
            throw new GraphError(
                400,
                NotSupported,
                "Business-scoped User ID recipients are not supported for this message",
                $"Authentication template '{name}' ({language}) needs the user's phone number in 'to'; it cannot be sent to a business-scoped user id.");
        }
    }
}
