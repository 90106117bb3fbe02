using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Partners;

/// <summary>
/// A permission on a WhatsApp Business Account (<c>tasks</c> of an assigned user, <c>permissions</c> of an assigned account,
/// <c>owner_permissions</c> of a solution). String-backed, so a value Meta adds later is kept, not rejected.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<BusinessAccountTask>))]
public readonly partial struct BusinessAccountTask
{
    /// <summary><c>MANAGE</c>: full management of the account.</summary>
    public static BusinessAccountTask Manage { get; } = new("MANAGE");

    /// <summary><c>DEVELOP</c>: development access (webhooks, API calls).</summary>
    public static BusinessAccountTask Develop { get; } = new("DEVELOP");

    /// <summary><c>MANAGE_TEMPLATES</c>: create, edit and delete message templates.</summary>
    public static BusinessAccountTask ManageTemplates { get; } = new("MANAGE_TEMPLATES");

    /// <summary><c>MANAGE_PHONE</c>: manage phone numbers.</summary>
    public static BusinessAccountTask ManagePhone { get; } = new("MANAGE_PHONE");

    /// <summary><c>VIEW_COST</c>: see costs and invoices.</summary>
    public static BusinessAccountTask ViewCost { get; } = new("VIEW_COST");

    /// <summary><c>MANAGE_EXTENSIONS</c>: manage Flows and other extensions.</summary>
    public static BusinessAccountTask ManageExtensions { get; } = new("MANAGE_EXTENSIONS");

    /// <summary><c>VIEW_PHONE_ASSETS</c>: see phone numbers.</summary>
    public static BusinessAccountTask ViewPhoneAssets { get; } = new("VIEW_PHONE_ASSETS");

    /// <summary><c>MANAGE_PHONE_ASSETS</c>: manage phone-number assets.</summary>
    public static BusinessAccountTask ManagePhoneAssets { get; } = new("MANAGE_PHONE_ASSETS");

    /// <summary><c>VIEW_TEMPLATES</c>: see message templates.</summary>
    public static BusinessAccountTask ViewTemplates { get; } = new("VIEW_TEMPLATES");

    /// <summary><c>VIEW_INSIGHTS</c>: see analytics.</summary>
    public static BusinessAccountTask ViewInsights { get; } = new("VIEW_INSIGHTS");

    /// <summary><c>RECEIVE_INCOMING_MESSAGES</c>: receive the account's incoming messages.</summary>
    public static BusinessAccountTask ReceiveIncomingMessages { get; } = new("RECEIVE_INCOMING_MESSAGES");

    /// <summary><c>MANAGE_BILLING</c>: manage billing.</summary>
    public static BusinessAccountTask ManageBilling { get; } = new("MANAGE_BILLING");

    /// <summary><c>MANAGE_USERS</c>: manage the account's users.</summary>
    public static BusinessAccountTask ManageUsers { get; } = new("MANAGE_USERS");

    /// <summary><c>MESSAGING</c>: send messages (the only permission a multi-partner solution grants).</summary>
    public static BusinessAccountTask Messaging { get; } = new("MESSAGING");

    /// <summary><c>FULL_CONTROL</c>: every permission.</summary>
    public static BusinessAccountTask FullControl { get; } = new("FULL_CONTROL");
}
