namespace CloudApi.Sdk.Partners;

/// <summary>Checks the Graph ids partner calls take (digits only) before anything is sent.</summary>
internal static class PartnerIds
{
    public static string Required(string? id, string field) =>
        GraphIds.IsValid(id) ? id! : throw new WhatsAppValidationException(field, $"{field} '{id}' is malformed: Graph ids are digits only.");

    public static string? Optional(string? id, string field) => id is null ? null : Required(id, field);

    public static string App(string? id, WhatsAppOptions options) =>
        GraphIds.Resolve(id, options.AppId, "appId", nameof(WhatsAppOptions.AppId));

    public static string Account(string? id, WhatsAppOptions options) =>
        GraphIds.Resolve(id, options.BusinessAccountId, "businessAccountId", nameof(WhatsAppOptions.BusinessAccountId));
}
