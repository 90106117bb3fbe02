using System.Text.Json.Serialization;
using CloudApi.Sdk.Serialization;

namespace CloudApi.Sdk.Flows;

/// <summary>
/// What a WhatsApp Flow is for (<c>categories</c>); a flow has one or more.
/// String-backed, so a value Meta adds later is kept, not rejected; compare with the named values.
/// </summary>
[ExtensibleValue]
[JsonConverter(typeof(ExtensibleValueConverter<FlowCategory>))]
public readonly partial struct FlowCategory
{
    /// <summary><c>SIGN_UP</c>: Signing up for a service.</summary>
    public static FlowCategory SignUp { get; } = new("SIGN_UP");

    /// <summary><c>SIGN_IN</c>: Signing in to an account.</summary>
    public static FlowCategory SignIn { get; } = new("SIGN_IN");

    /// <summary><c>APPOINTMENT_BOOKING</c>: Booking an appointment.</summary>
    public static FlowCategory AppointmentBooking { get; } = new("APPOINTMENT_BOOKING");

    /// <summary><c>LEAD_GENERATION</c>: Collecting leads.</summary>
    public static FlowCategory LeadGeneration { get; } = new("LEAD_GENERATION");

    /// <summary><c>CONTACT_US</c>: Contacting the business.</summary>
    public static FlowCategory ContactUs { get; } = new("CONTACT_US");

    /// <summary><c>CUSTOMER_SUPPORT</c>: Customer support.</summary>
    public static FlowCategory CustomerSupport { get; } = new("CUSTOMER_SUPPORT");

    /// <summary><c>SURVEY</c>: A survey.</summary>
    public static FlowCategory Survey { get; } = new("SURVEY");

    /// <summary><c>OTHER</c>: Anything else.</summary>
    public static FlowCategory Other { get; } = new("OTHER");
}
