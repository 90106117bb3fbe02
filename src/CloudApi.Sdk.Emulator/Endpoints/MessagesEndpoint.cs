using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Groups;
using CloudApi.Sdk.Emulator.Limits;
using CloudApi.Sdk.Emulator.State;
using CloudApi.Sdk.Emulator.Validation;
using CloudApi.Sdk.Emulator.Webhooks;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>
/// <c>POST /{version}/{phone-number-id}/messages</c>: validation, the customer-service window, template checks,
/// throughput and pair limits, then acceptance (recorded, counted, webhooks queued). Read receipts take the same path
/// but are not messages: they are neither limited nor counted.
/// </summary>
internal static class MessagesEndpoint
{
    public static Task HandleAsync(HttpContext context) => HandleAsync(context, marketing: false);

    /// <summary>
    /// <c>POST /{version}/{phone-number-id}/marketing_messages</c> (the Marketing Messages API): the same path as
    /// <c>/messages</c>, limits included, for marketing template messages only (131055 otherwise) from an onboarded account (134102).
    /// </summary>
    public static Task HandleMarketingAsync(HttpContext context) => HandleAsync(context, marketing: true);

    private static async Task HandleAsync(HttpContext context, bool marketing)
    {
        var state = context.State();

        // Meta judges its limits on arrival, before the body is read and checked.
        var arrival = state.Now;
        var numberId = context.RouteId();
        if (!state.PhoneNumbers.TryGetValue(numberId, out var number))
        {
            throw GraphError.UnknownObject(numberId);
        }

        context.AttributeTo(numberId);
        var fault = state.Faults.Next(numberId);
        switch (fault?.Kind)
        {
            case EmulatorFaultKind.ConnectionReset:
                context.Abort();
                return;
            case EmulatorFaultKind.ServerError:
                throw new GraphError(500, 131000, "Something went wrong", "Message failed to send due to an unknown error (injected by the emulator).");
            case EmulatorFaultKind.SlowResponse:
                await Task.Delay(fault.Delay, state.Time, context.RequestAborted).ConfigureAwait(false);
                break;
        }

        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        if (body["status"] is not null && !marketing)
        {
            await ReadReceiptAsync(context, body).ConfigureAwait(false);
            return;
        }

        if (!marketing && GroupSends.IsGroupSend(body))
        {
            await GroupSends.HandleAsync(context, number, body).ConfigureAwait(false);
            return;
        }

        var request = UserIdSendCheck.Resolve(state, MessageValidator.Validate(body));
        context.AttributeTo(numberId, request.Recipient);
        context.Items[SendRequest.ItemKey] = request;
        if (!number.Registered)
        {
            throw new GraphError(400, 133010, "Account not registered", $"Phone number {numberId} is not registered.");
        }

        BlockListCheck.Check(state, numberId, request.Recipient);

        var now = state.Now;
        if (state.Options.EnforceCustomerServiceWindow && !request.IsTemplate && !state.Window.IsOpen(numberId, request.Recipient, now))
        {
            throw new GraphError(
                400,
                131047,
                "Re-engagement message",
                "Message failed to send because more than 24 hours have passed since the customer last replied to this number.");
        }

        if (marketing)
        {
            MarketingMessageRules.Check(state, number, request);
        }

        if (request.IsTemplate)
        {
            UserIdSendCheck.CheckTemplate(state, number, request);
            TemplateSendCheck.Check(state, number, request.Body["template"]!.AsObject());
        }

        var decision = fault?.Kind switch
        {
            EmulatorFaultKind.ThroughputLimit => LimitDecision.Throughput,
            EmulatorFaultKind.PairRateLimit => LimitDecision.Pair,
            _ => number.Limiter.TryTake(request.Recipient, arrival.UtcTicks),
        };
        if (decision == LimitDecision.Throughput)
        {
            throw new GraphError(
                400,
                130429,
                "Rate limit hit",
                "Message failed to send because there were too many messages sent from this phone number in a short period of time");
        }

        if (decision == LimitDecision.Pair)
        {
            throw new GraphError(
                400,
                131056,
                "(Business Account, Consumer Account) pair rate limit hit",
                "Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time");
        }

        context.Items.Remove(SendRequest.ItemKey);
        var message = Accept(state, number, request, now);
        var failure = fault?.Kind == EmulatorFaultKind.FailedDelivery
            ? (fault.ErrorCode, "Message undeliverable", "Message delivery failed (injected by the emulator).")
            : ((int, string, string)?)null;
        await StatusNotifier.MessageAcceptedAsync(state, number, message, failure, context.RequestAborted).ConfigureAwait(false);
        if (fault?.Kind == EmulatorFaultKind.AcceptThenDrop)
        {
            context.Abort();
            return;
        }

        if (fault?.Kind == EmulatorFaultKind.AcceptThenServerError)
        {
            throw new GraphError(500, 131000, "Something went wrong", "Message failed to send due to an unknown error (injected by the emulator after accepting it).");
        }

        await context.WriteJsonAsync(Answer(request, message)).ConfigureAwait(false);
    }

    private static EmulatedMessage Accept(EmulatorState state, PhoneNumberState number, SendRequest request, DateTimeOffset now)
    {
        var message = new EmulatedMessage(
            state.Ids.NextMessageId(),
            number.Id,
            request.To,
            request.Recipient,
            request.Type,
            JsonText.Write(request.Body),
            now,
            request.BizOpaqueCallbackData)
        {
            RecipientUserId = state.Users.ByKey(request.Recipient)?.UserId ?? request.RecipientUserId,
        };
        var duplicate = state.Messages.Add(message, CanonicalJson.Write(request.Body));
        state.Stats.Accepted(number.Id, request.Recipient, duplicate);
        return message;
    }

    /// <summary>
    /// Meta's answer: <c>message_status</c> (template pacing) comes with template sends only; the contact has <c>wa_id</c>
    /// on a send by number, <c>user_id</c> on a send by business-scoped user id.
    /// </summary>
    private static JsonObject Answer(SendRequest request, EmulatedMessage message)
    {
        var sent = new JsonObject { ["id"] = message.Id };
        if (request.IsTemplate)
        {
            sent["message_status"] = "accepted";
        }

        return new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["contacts"] = new JsonArray(request.RecipientUserId is { } userId
                ? new JsonObject { ["input"] = request.To, ["user_id"] = userId }
                : new JsonObject { ["input"] = request.To, ["wa_id"] = request.Recipient }),
            ["messages"] = new JsonArray(sent),
        };
    }

    private static Task ReadReceiptAsync(HttpContext context, JsonObject body)
    {
        if (JsonRules.OptionalString(body, "messaging_product", string.Empty) != "whatsapp")
        {
            throw GraphError.InvalidParameter("Param messaging_product must be 'whatsapp'.");
        }

        JsonRules.OneOf(JsonRules.RequireString(body, "status", string.Empty), "status", "read");
        var messageId = JsonRules.RequireString(body, "message_id", string.Empty);
        var typing = JsonRules.OptionalObject(body, "typing_indicator", string.Empty);
        if (typing is not null)
        {
            JsonRules.OneOf(JsonRules.RequireString(typing, "type", "typing_indicator"), "typing_indicator.type", "text");
        }

        var state = context.State();
        state.Conversations.MarkedRead(context.RouteId(), messageId, typing is not null, state.Now);
        Hosting.EmulatorLog.ReadReceipt(state.Logger, context.RouteId(), messageId, typing is null ? string.Empty : " (typing)");

        return context.WriteSuccessAsync();
    }
}
