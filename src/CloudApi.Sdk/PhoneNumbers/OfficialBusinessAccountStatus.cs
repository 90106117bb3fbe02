using CloudApi.Sdk.Http;
using CloudApi.Sdk.PhoneNumbers.Wire;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>A number's Official Business Account status (<c>GET /{phone-number-id}/official_business_account</c>, or the status a request left).</summary>
public sealed class OfficialBusinessAccountStatus : GraphResult
{
    internal OfficialBusinessAccountStatus(string? id, OfficialBusinessAccountState? state, string? statusMessage, string? message, string? trackingId, GraphSource source)
        : base(source)
    {
        Id = id;
        State = state;
        StatusMessage = statusMessage;
        Message = message;
        TrackingId = trackingId;
    }

    internal OfficialBusinessAccountStatus(OfficialBusinessAccountWire wire, GraphSource source)
        : this(wire.Id ?? wire.UpdatedStatus?.Id, wire.ObaStatus ?? wire.UpdatedStatus?.ObaStatus, wire.StatusMessage ?? wire.UpdatedStatus?.StatusMessage,
            wire.Message, wire.TrackingId, source)
    {
    }

    /// <summary>The status's id (<c>id</c>).</summary>
    public string? Id { get; }

    /// <summary>Where the application stands (<c>oba_status</c>).</summary>
    public OfficialBusinessAccountState? State { get; }

    /// <summary>Meta's explanation (<c>status_message</c>).</summary>
    public string? StatusMessage { get; }

    /// <summary>For a request: Meta's confirmation (<c>message</c>).</summary>
    public string? Message { get; }

    /// <summary>For a request: the id to follow it up with (<c>tracking_id</c>).</summary>
    public string? TrackingId { get; }
}
