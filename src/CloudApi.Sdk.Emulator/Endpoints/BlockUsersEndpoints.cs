using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.State;
using CloudApi.Sdk.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>
/// <c>GET|POST|DELETE /{phone-number-id}/block_users</c>. As on Meta, a business may block only users who messaged it in
/// the last 24 hours (checked when the emulator enforces the customer-service window); a call where some users are
/// refused answers error 139100 with the outcome of each user. Sends to a blocked user are refused by
/// <see cref="BlockListCheck"/>.
/// </summary>
internal static class BlockUsersEndpoints
{
    private const int PartialFailure = 139100;
    private const int ListFull = 139101;

    public static Task ListAsync(HttpContext context, PhoneNumberState number)
    {
        var blocked = context.State().Business.For(number.Id).Blocked();
        return context.WriteJsonAsync(Paging.Page(context, blocked, static id => id,
            static id => new JsonObject { ["messaging_product"] = "whatsapp", ["wa_id"] = id }));
    }

    public static Task BlockAsync(HttpContext context, PhoneNumberState number) => ChangeAsync(context, number, block: true);

    public static Task UnblockAsync(HttpContext context, PhoneNumberState number) => ChangeAsync(context, number, block: false);

    private static async Task ChangeAsync(HttpContext context, PhoneNumberState number, bool block)
    {
        var state = context.State();
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        if (JsonRules.OptionalString(body, "messaging_product", string.Empty) != "whatsapp")
        {
            throw GraphError.InvalidParameter("Param messaging_product must be 'whatsapp'.");
        }

        var users = JsonRules.RequireArray(body, "block_users", string.Empty, 1, BusinessMessagingState.MaxBlockListSize);
        var features = state.Business.For(number.Id);
        var changed = new JsonArray();
        var failed = new JsonArray();
        foreach (var (item, path) in JsonRules.Objects(users, "block_users"))
        {
            var input = JsonRules.RequireString(item, "user", path);
            var waId = Ids.Digits(input);
            string? refusal = null;
            if (waId.Length is < 7 or > 15)
            {
                refusal = "The user is not a valid WhatsApp phone number.";
            }
            else if (block && state.Options.EnforceCustomerServiceWindow && !state.Window.IsOpen(number.Id, waId, state.Now))
            {
                refusal = "The user has not messaged the business in the last 24 hours.";
            }
            else if (!features.Change(waId, block))
            {
                throw new GraphError(400, ListFull, "Blocklist limit reached", $"The block list of {number.Id} holds {BusinessMessagingState.MaxBlockListSize} users.");
            }

            var outcome = new JsonObject { ["input"] = input, ["wa_id"] = waId };
            if (refusal is null)
            {
                changed.Add(outcome);
            }
            else
            {
                outcome["errors"] = new JsonArray(new JsonObject
                {
                    ["message"] = $"(#{PartialFailure}) Failed to {(block ? "block" : "unblock")} user",
                    ["code"] = PartialFailure,
                    ["error_data"] = new JsonObject { ["details"] = refusal },
                });
                failed.Add(outcome);
            }
        }

        var outcomes = new JsonObject { [block ? "added_users" : "removed_users"] = changed };
        if (failed.Count == 0)
        {
            await context.WriteJsonAsync(new JsonObject { ["messaging_product"] = "whatsapp", ["block_users"] = outcomes }).ConfigureAwait(false);
            return;
        }

        outcomes["failed_users"] = failed;
        var error = new GraphError(400, PartialFailure, "Failed to block/unblock users",
            $"Failed to {(block ? "block" : "unblock")} some users, see the block_users response list for details").ToJson();
        error["error"]!["block_users"] = outcomes;
        context.RecordError(PartialFailure);
        await context.WriteJsonAsync(error, StatusCodes.Status400BadRequest).ConfigureAwait(false);
    }
}

/// <summary>Refuses a send to a user the number blocked.</summary>
internal static class BlockListCheck
{
    /// <summary>
    /// Meta documents no dedicated code for a send to a user the business blocked; the emulator answers 131026
    /// (message undeliverable), the code Meta uses for recipients it will not deliver to.
    /// </summary>
    public const int BlockedRecipient = 131026;

    public static void Check(EmulatorState state, string phoneNumberId, string recipient)
    {
        if (state.Business.IsBlocked(phoneNumberId, recipient))
        {
            throw new GraphError(400, BlockedRecipient, "Message undeliverable", $"The recipient {recipient} is blocked by the business number {phoneNumberId}.");
        }
    }
}
