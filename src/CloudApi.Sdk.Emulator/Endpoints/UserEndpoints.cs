using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>
/// <c>GET|POST /_emulator/users</c>: the users the emulator knows by phone number and business-scoped user id. POST body:
/// <c>{"phone_number":"+16505551234","user_id":"US.1349...","parent_user_id":"US.ENT...","username":"ana","name":"Ana"}</c>;
/// leave out <c>phone_number</c> for a user known only by their BSUID.
/// </summary>
internal static class UserEndpoints
{
    public static Task ListAsync(HttpContext context)
    {
        var data = new JsonArray();
        foreach (var user in context.State().Users.Snapshot())
        {
            data.Add(Json(user));
        }

        return context.WriteJsonAsync(new JsonObject { ["data"] = data });
    }

    public static async Task AddAsync(HttpContext context)
    {
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        var user = new EmulatedUser
        {
            PhoneNumber = JsonRules.OptionalString(body, "phone_number", string.Empty),
            UserId = JsonRules.OptionalString(body, "user_id", string.Empty),
            ParentUserId = JsonRules.OptionalString(body, "parent_user_id", string.Empty),
            Username = JsonRules.OptionalString(body, "username", string.Empty),
            ProfileName = JsonRules.OptionalString(body, "name", string.Empty),
        };
        context.State().Users.Add(user);
        await context.WriteSuccessAsync().ConfigureAwait(false);
    }

    private static JsonObject Json(EmulatedUser user)
    {
        var json = new JsonObject();
        Add(json, "wa_id", user.PhoneNumber);
        Add(json, "user_id", user.UserId);
        Add(json, "parent_user_id", user.ParentUserId);
        Add(json, "username", user.Username);
        Add(json, "name", user.ProfileName);
        return json;
    }

    private static void Add(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}
