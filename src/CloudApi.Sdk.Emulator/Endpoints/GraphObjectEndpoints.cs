using CloudApi.Sdk.Emulator.Groups;
using CloudApi.Sdk.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>
/// Graph addresses every object as <c>/{id}</c> and its edges as <c>/{id}/{edge}</c>; these handlers find what the id
/// names (phone number, WABA, template, media) and dispatch, or answer Meta's "object does not exist" error.
/// </summary>
internal static class GraphObjectEndpoints
{
    public static Task GetAsync(HttpContext context)
    {
        var state = context.State();
        var id = context.RouteId();
        if (id.StartsWith(UploadEndpoints.SessionPrefix, StringComparison.Ordinal))
        {
            return UploadEndpoints.GetSessionAsync(context, Session(state, id));
        }

        if (Group(state, id) is { } group)
        {
            return GroupEndpoints.GetAsync(context, group);
        }

        if (state.PhoneNumbers.TryGetValue(id, out var number))
        {
            return AutomationEndpoints.IsAutomationRead(context) ? AutomationEndpoints.GetForNumberAsync(context, number) : PhoneNumberEndpoints.GetAsync(context, number);
        }

        if (state.Business.FindBot(id) is { } bot)
        {
            return AutomationEndpoints.GetBotAsync(context, bot);
        }

        if (state.BusinessAccounts.TryGetValue(id, out var waba))
        {
            return BusinessAccountEndpoints.GetAsync(context, waba);
        }

        if (state.Templates.Find(id) is { } template)
        {
            return TemplateEndpoints.GetAsync(context, template);
        }

        if (state.Media.Find(id) is { } media)
        {
            return MediaEndpoints.GetAsync(context, media);
        }

        if (state.Flows.Find(id) is { } flow)
        {
            return FlowEndpoints.GetAsync(context, flow);
        }

        if (Partners.PartnerAccountEndpoints.IsBusiness(state, id))
        {
            return Partners.PartnerAccountEndpoints.GetBusinessAsync(context, id);
        }

        throw GraphError.UnknownObject(id);
    }

    public static Task PostAsync(HttpContext context)
    {
        var state = context.State();
        var id = context.RouteId();
        if (id.StartsWith(UploadEndpoints.SessionPrefix, StringComparison.Ordinal))
        {
            return UploadEndpoints.UploadAsync(context, Session(state, id));
        }

        if (Group(state, id) is { } group)
        {
            return GroupEndpoints.UpdateAsync(context, group);
        }

        if (state.PhoneNumbers.TryGetValue(id, out var number))
        {
            return PhoneNumberEndpoints.UpdateAsync(context, number);
        }

        if (state.Templates.Find(id) is { } template)
        {
            return TemplateEndpoints.EditAsync(context, template);
        }

        if (state.Flows.Find(id) is { } flow)
        {
            return FlowEndpoints.UpdateAsync(context, flow);
        }

        throw GraphError.UnknownObject(id);
    }

    public static Task DeleteAsync(HttpContext context)
    {
        var id = context.RouteId();
        var state = context.State();
        if (Group(state, id) is { } group)
        {
            return GroupEndpoints.DeleteAsync(context, group);
        }

        if (state.Flows.Find(id) is { } flow)
        {
            return FlowEndpoints.DeleteAsync(context, flow);
        }

        return state.Media.Find(id) is { } media ? MediaEndpoints.DeleteAsync(context, media) : throw GraphError.UnknownObject(id);
    }

    /// <summary>The group <paramref name="id"/> names; an id shaped like a group id that names none answers 131041, as Meta does.</summary>
    private static EmulatedGroup? Group(EmulatorState state, string id) =>
        GroupStore.LooksLikeGroupId(id) ? state.Groups.Find(id) ?? throw GroupErrors.Unknown(id) : null;

    private static UploadSessionState Session(EmulatorState state, string id) =>
        state.Uploads.Find(id) ?? throw GraphError.UnknownObject(id);

    public static RequestDelegate Number(Func<HttpContext, PhoneNumberState, Task> handler) => context =>
    {
        var id = context.RouteId();
        return context.State().PhoneNumbers.TryGetValue(id, out var number) ? handler(context, number) : throw GraphError.UnknownObject(id);
    };

    public static RequestDelegate Waba(Func<HttpContext, EmulatedBusinessAccount, Task> handler) => context =>
    {
        var id = context.RouteId();
        return context.State().BusinessAccounts.TryGetValue(id, out var waba) ? handler(context, waba) : throw GraphError.UnknownObject(id);
    };

    public static RequestDelegate Flow(Func<HttpContext, StoredFlow, Task> handler) => context =>
    {
        var id = context.RouteId();
        return context.State().Flows.Find(id) is { } flow ? handler(context, flow) : throw GraphError.UnknownObject(id);
    };
}
