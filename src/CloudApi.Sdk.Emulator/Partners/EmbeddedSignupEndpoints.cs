using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Endpoints;
using CloudApi.Sdk.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Partners;

/// <summary>
/// Embedded Signup end to end: <c>POST /_emulator/embedded_signup</c> plays the browser part (a new business, its WABA and
/// unregistered number, and a code, as the <c>WA_EMBEDDED_SIGNUP</c> event and login callback give them), then
/// <c>GET /oauth/access_token</c> exchanges the code for a business token and <c>GET /debug_token</c> describes tokens.
/// </summary>
internal static class EmbeddedSignupEndpoints
{
    public const string ExchangePath = "/oauth/access_token";

    public const string DebugPath = "/debug_token";

    private static readonly string[] Scopes = ["whatsapp_business_management", "whatsapp_business_messaging", "business_management"];

    /// <summary>Onboards a new business and answers its ids and a fresh code.</summary>
    public static async Task SignupAsync(HttpContext context)
    {
        var state = context.State();
        var body = await context.ReadOptionalJsonObjectAsync().ConfigureAwait(false);
        var name = JsonRules.OptionalString(body, "business_name", string.Empty, 255);
        var businessId = state.Ids.NextGraphId();
        var wabaId = state.Ids.NextGraphId();
        var numberId = state.Ids.NextGraphId();
        var suffix = numberId[^4..];
        var business = new OnboardedBusiness
        {
            BusinessId = businessId,
            Name = name ?? "Onboarded Business " + suffix,
            BusinessAccountId = wabaId,
            PhoneNumberId = numberId,
            CreatedAt = state.Now,
        };
        state.AddBusinessAccount(new EmulatedBusinessAccount { Id = wabaId, Name = business.Name + " WABA" });
        state.AddPhoneNumber(new EmulatedPhoneNumber
        {
            Id = numberId,
            BusinessAccountId = wabaId,
            DisplayPhoneNumber = JsonRules.OptionalString(body, "display_phone_number", string.Empty, 32) ?? "+1 555-020-" + suffix,
            VerifiedName = business.Name,
            Registered = false,
        });
        state.Partners.Add(business);
        var code = state.Partners.IssueCode(business, state.Now);
        await context.WriteJsonAsync(new JsonObject
        {
            ["code"] = code,
            ["business_id"] = businessId,
            ["waba_id"] = wabaId,
            ["phone_number_id"] = numberId,
        }).ConfigureAwait(false);
    }

    /// <summary><c>GET /oauth/access_token?client_id&amp;client_secret&amp;code</c>: no bearer token, the app secret authenticates.</summary>
    public static Task ExchangeAsync(HttpContext context)
    {
        var state = context.State();
        var query = context.Request.Query;
        var clientId = query["client_id"].ToString();
        var secret = query["client_secret"].ToString();
        var code = query["code"].ToString();
        if (clientId.Length == 0 || secret.Length == 0 || code.Length == 0)
        {
            throw new GraphError(400, 100, "Missing parameter", "client_id, client_secret and code are required.");
        }

        if (clientId != BusinessAccountEndpoints.AppId || secret != state.Options.AppSecret)
        {
            throw new GraphError(400, 1, "Error validating client secret.", null);
        }

        var business = state.Partners.Redeem(code, state.Now)
            ?? throw new GraphError(400, 100, "Invalid verification code format.", "The code is unknown, was already used or expired (codes live 30 seconds).");
        var token = state.Partners.IssueToken(business, state.Now);
        state.AddToken(token);
        return context.WriteJsonAsync(new JsonObject { ["access_token"] = token, ["token_type"] = "bearer" });
    }

    /// <summary><c>GET /debug_token?input_token</c>: describes an emulator token (granular scopes name the onboarded WABA).</summary>
    public static Task DebugAsync(HttpContext context)
    {
        var state = context.State();
        var input = context.Request.Query["input_token"].ToString();
        if (input.Length == 0)
        {
            throw GraphError.InvalidParameter("The parameter input_token is required.");
        }

        var data = new JsonObject { ["app_id"] = BusinessAccountEndpoints.AppId, ["application"] = BusinessAccountEndpoints.AppName };
        if (state.Partners.FindToken(input) is { } grant)
        {
            data["type"] = "SYSTEM_USER";
            data["data_access_expires_at"] = 0;
            data["expires_at"] = 0;
            data["is_valid"] = true;
            data["issued_at"] = grant.IssuedAt.ToUnixTimeSeconds();
            data["scopes"] = new JsonArray([.. Scopes.Select(static s => (JsonNode?)s)]);
            data["granular_scopes"] = new JsonArray(
                Scope("whatsapp_business_management", grant.Business.BusinessAccountId),
                Scope("whatsapp_business_messaging", grant.Business.BusinessAccountId));
            data["user_id"] = "5" + grant.Business.BusinessId[1..];
        }
        else if (state.IsValidToken(input))
        {
            data["type"] = "SYSTEM_USER";
            data["data_access_expires_at"] = 0;
            data["expires_at"] = 0;
            data["is_valid"] = true;
            data["scopes"] = new JsonArray([.. Scopes.Select(static s => (JsonNode?)s)]);
            data["granular_scopes"] = new JsonArray(
                Scope("whatsapp_business_management", [.. state.BusinessAccounts.Keys]),
                Scope("whatsapp_business_messaging", [.. state.BusinessAccounts.Keys]));
        }
        else
        {
            data["is_valid"] = false;
            data["scopes"] = new JsonArray();
            data["error"] = new JsonObject { ["code"] = 190, ["message"] = "Invalid OAuth access token." };
        }

        return context.WriteJsonAsync(new JsonObject { ["data"] = data });
    }

    /// <summary>Whether <paramref name="token"/> is the app token (<c>{app-id}|{app-secret}</c>), which may call <c>debug_token</c>.</summary>
    public static bool IsAppToken(string token, EmulatorOptions options) =>
        string.Equals(token, BusinessAccountEndpoints.AppId + "|" + options.AppSecret, StringComparison.Ordinal);

    private static JsonObject Scope(string scope, params string[] targets) => new()
    {
        ["scope"] = scope,
        ["target_ids"] = new JsonArray([.. targets.Order(StringComparer.Ordinal).Select(static t => (JsonNode?)t)]),
    };
}
