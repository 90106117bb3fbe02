using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Endpoints;
using CloudApi.Sdk.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Partners;

/// <summary>
/// The provider's view of its onboarded businesses: business portfolios (<c>GET /{business-id}</c>), the WABAs clients
/// shared with the provider, the WABAs a business owns, and the client businesses connected to the app.
/// </summary>
internal static class PartnerAccountEndpoints
{
    /// <summary>Whether <paramref name="id"/> is the provider or an onboarded business.</summary>
    public static bool IsBusiness(EmulatorState state, string id) => id == PartnerState.ProviderBusinessId || state.Partners.FindBusiness(id) is not null;

    public static Task GetBusinessAsync(HttpContext context, string id)
    {
        var state = context.State();
        var name = state.Partners.FindBusiness(id)?.Name ?? PartnerState.ProviderBusinessName;
        return context.WriteJsonAsync(Fields.Select(context, new JsonObject { ["id"] = id, ["name"] = name, ["timezone_id"] = 0 }, "id", "name"));
    }

    /// <summary>The provider sees every onboarded WABA as a client's; an onboarded business sees none.</summary>
    public static Task ListClientAccountsAsync(HttpContext context)
    {
        var state = context.State();
        var id = Business(context);
        var accounts = id == PartnerState.ProviderBusinessId ? state.Partners.Businesses : Array.Empty<OnboardedBusiness>();
        return context.WriteJsonAsync(Paging.Page(context, accounts, static b => b.BusinessAccountId, b => Account(state, b, "CLIENT_OWNED")));
    }

    /// <summary>An onboarded business owns its WABA; the provider owns the emulator's configured ones.</summary>
    public static Task ListOwnedAccountsAsync(HttpContext context)
    {
        var state = context.State();
        var id = Business(context);
        if (state.Partners.FindBusiness(id) is { } business)
        {
            return context.WriteJsonAsync(Paging.Page(context, new[] { business }, static b => b.BusinessAccountId, b => Account(state, b, "SELF_OWNED")));
        }

        var own = state.Options.BusinessAccounts.Select(static w => w.Id).Where(w => state.Partners.Businesses.All(b => b.BusinessAccountId != w)).ToList();
        return context.WriteJsonAsync(Paging.Page(context, own, static w => w, w => new JsonObject
        {
            ["id"] = w,
            ["name"] = state.BusinessAccounts[w].Name,
            ["timezone_id"] = state.BusinessAccounts[w].TimezoneId,
            ["ownership_type"] = "SELF_OWNED",
        }));
    }

    /// <summary><c>GET /{app-id}/connected_client_businesses</c> of the emulator's app: the onboarded businesses.</summary>
    public static Task ListConnectedBusinessesAsync(HttpContext context)
    {
        var id = context.RouteId();
        if (id != BusinessAccountEndpoints.AppId)
        {
            throw GraphError.UnknownObject(id);
        }

        var state = context.State();
        return context.WriteJsonAsync(Paging.Page(context, state.Partners.Businesses, static b => b.BusinessId, static b => new JsonObject
        {
            ["id"] = b.BusinessId,
            ["name"] = b.Name,
            ["verification_status"] = "UNVERIFIED",
            ["business_status"] = "ACTIVE",
            ["created_time"] = b.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        }));
    }

    private static string Business(HttpContext context)
    {
        var id = context.RouteId();
        return IsBusiness(context.State(), id) ? id : throw GraphError.UnknownObject(id);
    }

    private static JsonObject Account(EmulatorState state, OnboardedBusiness business, string ownership)
    {
        var waba = state.BusinessAccounts[business.BusinessAccountId];
        return new JsonObject
        {
            ["id"] = waba.Id,
            ["name"] = waba.Name,
            ["currency"] = waba.Currency,
            ["timezone_id"] = waba.TimezoneId,
            ["account_review_status"] = "APPROVED",
            ["ownership_type"] = ownership,
            ["on_behalf_of_business_info"] = new JsonObject { ["id"] = business.BusinessId, ["name"] = business.Name },
        };
    }
}
