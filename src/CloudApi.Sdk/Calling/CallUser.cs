using System.Text.RegularExpressions;
using CloudApi.Sdk.Messages;

namespace CloudApi.Sdk.Calling;

/// <summary>
/// The user a call or a permission check is about, by phone number or business-scoped user id (BSUID, e.g.
/// <c>US.13491208655302741918</c>): a phone number goes in <c>to</c> (<c>user_wa_id</c> for the permission check), a
/// BSUID in <c>recipient</c>.
/// </summary>
/// <remarks>Takes a <see cref="string"/> until the SDK's public recipient type replaces it.</remarks>
internal readonly partial struct CallUser
{
    private CallUser(string value, bool isBusinessScoped)
    {
        Value = value;
        IsBusinessScoped = isBusinessScoped;
    }

    /// <summary>The phone number or BSUID, as given.</summary>
    public string Value { get; }

    /// <summary>Whether <see cref="Value"/> is a BSUID (sent as <c>recipient</c>).</summary>
    public bool IsBusinessScoped { get; }

    /// <summary>Reads a phone number (7 to 15 digits, an optional <c>+</c>) or a BSUID.</summary>
    /// <param name="user">The user.</param>
    /// <param name="phoneField">The wire name a phone number goes in (<c>to</c> or <c>user_wa_id</c>), named by a refusal.</param>
    /// <exception cref="WhatsAppValidationException">The value is neither.</exception>
    public static CallUser Parse(string? user, string phoneField)
    {
        if (string.IsNullOrWhiteSpace(user))
        {
            throw new WhatsAppValidationException(phoneField,
                $"{phoneField} is required: the user's phone number with its country code (e.g. +16505551234) or their business-scoped user id (e.g. US.13491208655302741918).");
        }

        if (char.IsAsciiLetter(user[0]))
        {
            return BusinessScopedUserId().IsMatch(user)
                ? new CallUser(user, isBusinessScoped: true)
                : throw new WhatsAppValidationException("recipient",
                    $"recipient '{user}' is not a business-scoped user id: expected a 2-letter country code, a dot, an optional 'ENT.', then 1 to 128 letters or digits (e.g. US.13491208655302741918).");
        }

        RecipientPhoneNumber.Parse(user, phoneField);
        return new CallUser(user, isBusinessScoped: false);
    }

    [GeneratedRegex("^[A-Z]{2}\\.(ENT\\.)?[A-Za-z0-9]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex BusinessScopedUserId();
}
