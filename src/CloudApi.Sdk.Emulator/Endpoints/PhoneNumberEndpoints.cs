using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.State;
using CloudApi.Sdk.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>
/// Phone numbers: list, get (with <c>fields</c>), register/deregister, request/verify code (the emulator's code is
/// always <c>123456</c>), two-step PIN, and the business profile.
/// </summary>
internal static class PhoneNumberEndpoints
{
    public const string VerificationCode = "123456";

    private static readonly string[] DefaultFields = ["id", "display_phone_number", "verified_name", "quality_rating"];

    public static Task ListAsync(HttpContext context, EmulatedBusinessAccount waba)
    {
        var numbers = context.State().PhoneNumbers.Values.Where(n => n.BusinessAccountId == waba.Id).OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        return context.WriteJsonAsync(Paging.Page(context, numbers, n => n.Id, n => Fields.Select(context, ToJson(n), DefaultFields)));
    }

    public static Task GetAsync(HttpContext context, PhoneNumberState number) =>
        context.WriteJsonAsync(Fields.Select(context, ToJson(number), DefaultFields));

    /// <summary><c>POST /{phone-number-id}</c>: sets the two-step PIN (<c>{"pin":"123456"}</c>) or the webhook override.</summary>
    public static async Task UpdateAsync(HttpContext context, PhoneNumberState number)
    {
        var body = await context.ReadOptionalJsonObjectAsync().ConfigureAwait(false);
        var pin = JsonRules.OptionalString(body, "pin", string.Empty);
        var webhook = JsonRules.OptionalObject(body, "webhook_configuration", string.Empty);
        if (pin is null && webhook is null)
        {
            throw GraphError.MissingParameter("Param pin is required.");
        }

        if (pin is not null)
        {
            lock (number.Sync)
            {
                number.Pin = Pin(pin);
            }
        }

        await context.WriteSuccessAsync().ConfigureAwait(false);
    }

    public static async Task RegisterAsync(HttpContext context, PhoneNumberState number)
    {
        var body = await context.ReadOptionalJsonObjectAsync().ConfigureAwait(false);
        RequireWhatsApp(body);
        var pin = Pin(JsonRules.RequireString(body, "pin", string.Empty));
        lock (number.Sync)
        {
            if (number.CodeVerificationStatus != "VERIFIED")
            {
                throw new GraphError(400, 133006, "Phone number re-verification needed", "Verify the phone number (request_code, verify_code) before registering.");
            }

            if (number.Pin is { } existing && existing != pin)
            {
                throw new GraphError(400, 133005, "Two step verification PIN Mismatch", "The PIN does not match the two-step verification PIN of this number.");
            }

            number.Pin = pin;
            number.Registered = true;
        }

        await context.WriteSuccessAsync().ConfigureAwait(false);
    }

    public static Task DeregisterAsync(HttpContext context, PhoneNumberState number)
    {
        lock (number.Sync)
        {
            number.Registered = false;
        }

        return context.WriteSuccessAsync();
    }

    /// <summary><c>POST /{phone-number-id}/request_code?code_method=SMS&amp;language=en_US</c> (or the same as JSON).</summary>
    public static async Task RequestCodeAsync(HttpContext context, PhoneNumberState number)
    {
        var body = await ParametersAsync(context).ConfigureAwait(false);
        var method = JsonRules.RequireString(body, "code_method", string.Empty).ToUpperInvariant();
        JsonRules.OneOf(method, "code_method", "SMS", "VOICE");
        if (JsonRules.OptionalString(body, "language", string.Empty) is null && JsonRules.OptionalString(body, "locale", string.Empty) is null)
        {
            throw GraphError.MissingParameter("Param language is required.");
        }

        lock (number.Sync)
        {
            number.PendingCode = VerificationCode;
        }

        await context.WriteSuccessAsync().ConfigureAwait(false);
    }

    public static async Task VerifyCodeAsync(HttpContext context, PhoneNumberState number)
    {
        var body = await ParametersAsync(context).ConfigureAwait(false);
        var code = JsonRules.RequireString(body, "code", string.Empty);
        lock (number.Sync)
        {
            if (number.PendingCode is null || number.PendingCode != code)
            {
                throw new GraphError(400, 136025, "Verify code error", "The verification code is wrong or was not requested.");
            }

            number.PendingCode = null;
            number.CodeVerificationStatus = "VERIFIED";
        }

        await context.WriteSuccessAsync().ConfigureAwait(false);
    }

    public static Task GetProfileAsync(HttpContext context, PhoneNumberState number)
    {
        JsonObject profile;
        lock (number.Sync)
        {
            profile = (JsonObject)number.Profile.DeepClone();
        }

        profile["messaging_product"] = "whatsapp";
        var selected = Fields.Select(context, profile);
        selected.Remove("id");
        selected["messaging_product"] = "whatsapp";
        return context.WriteJsonAsync(new JsonObject { ["data"] = new JsonArray(selected) });
    }

    public static async Task UpdateProfileAsync(HttpContext context, PhoneNumberState number)
    {
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        RequireWhatsApp(body);
        var about = JsonRules.OptionalString(body, "about", string.Empty, 139, allowEmpty: false);
        var address = JsonRules.OptionalString(body, "address", string.Empty, 256);
        var description = JsonRules.OptionalString(body, "description", string.Empty, 512);
        var email = JsonRules.OptionalString(body, "email", string.Empty, 128);
        var vertical = JsonRules.OptionalString(body, "vertical", string.Empty);
        var handle = JsonRules.OptionalString(body, "profile_picture_handle", string.Empty);
        if (handle is not null)
        {
            UploadedHandles.Check(context.State(), handle, "profile_picture_handle");
        }
        var websites = JsonRules.OptionalArray(body, "websites", string.Empty, 0, 2);
        if (websites is not null)
        {
            for (var i = 0; i < websites.Count; i++)
            {
                var site = websites[i]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? websites[i]!.GetValue<string>() : null;
                if (site is null || site.Length > 256 || !(site.StartsWith("http://", StringComparison.Ordinal) || site.StartsWith("https://", StringComparison.Ordinal)))
                {
                    throw GraphError.InvalidParameter($"Param websites[{i}] must be a URL of at most 256 characters starting with http:// or https://.");
                }
            }
        }

        lock (number.Sync)
        {
            var profile = number.Profile;
            Set(profile, "about", about);
            Set(profile, "address", address);
            Set(profile, "description", description);
            Set(profile, "email", email);
            Set(profile, "vertical", vertical);
            if (websites is not null)
            {
                profile["websites"] = websites.DeepClone();
            }

            if (handle is not null)
            {
                profile["profile_picture_url"] = $"{context.Request.Scheme}://{context.Request.Host}/profile-pictures/{Uri.EscapeDataString(handle)}";
            }
        }

        await context.WriteSuccessAsync().ConfigureAwait(false);
    }

    private static JsonObject ToJson(PhoneNumberState number)
    {
        lock (number.Sync)
        {
            var config = number.Config;
            return new JsonObject
            {
                ["verified_name"] = config.VerifiedName,
                ["code_verification_status"] = number.CodeVerificationStatus,
                ["display_phone_number"] = config.DisplayPhoneNumber,
                ["quality_rating"] = config.QualityRating,
                ["platform_type"] = "CLOUD_API",
                ["throughput"] = new JsonObject { ["level"] = config.MessagesPerSecond > 80 ? "HIGH" : "STANDARD" },
                ["whatsapp_business_manager_messaging_limit"] = config.MessagingLimitTier,
                ["messaging_limit_tier"] = config.MessagingLimitTier,
                ["name_status"] = "APPROVED",
                ["status"] = number.Registered ? "CONNECTED" : "PENDING",
                ["account_mode"] = "LIVE",
                ["is_pin_enabled"] = number.Pin is not null,
                ["is_official_business_account"] = false,
                ["quality_score"] = new JsonObject { ["score"] = config.QualityRating },
                ["id"] = config.Id,
            };
        }
    }

    private static string Pin(string pin) =>
        pin.Length == 6 && pin.All(char.IsAsciiDigit) ? pin : throw GraphError.InvalidParameter("Param pin must be exactly 6 digits.");

    private static void RequireWhatsApp(JsonObject body)
    {
        var product = JsonRules.OptionalString(body, "messaging_product", string.Empty) ?? throw GraphError.MissingParameter("Param messaging_product is required.");
        if (product != "whatsapp")
        {
            throw GraphError.InvalidParameter("Param messaging_product must be 'whatsapp'.");
        }
    }

    /// <summary>The query string merged with an optional JSON or form body (Meta documents both for these calls).</summary>
    private static async Task<JsonObject> ParametersAsync(HttpContext context)
    {
        var body = await context.ReadOptionalJsonObjectAsync().ConfigureAwait(false);
        foreach (var (key, value) in context.Request.Query)
        {
            body[key] ??= value.ToString();
        }

        return body;
    }

    private static void Set(JsonObject profile, string name, string? value)
    {
        if (value is not null)
        {
            profile[name] = value;
        }
    }
}
