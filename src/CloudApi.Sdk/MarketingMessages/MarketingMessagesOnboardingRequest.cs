using CloudApi.Sdk.Http;
using CloudApi.Sdk.MarketingMessages.Wire;

namespace CloudApi.Sdk.MarketingMessages;

/// <summary>
/// A partner's request to onboard an end business to the Marketing Messages API (<c>{"request_id":"..."}</c>). Meta answers
/// an existing pending request's id instead of creating a duplicate.
/// </summary>
public sealed class MarketingMessagesOnboardingRequest : GraphResult
{
    internal MarketingMessagesOnboardingRequest(string requestId, GraphSource source)
        : base(source)
    {
        RequestId = requestId;
    }

    internal MarketingMessagesOnboardingRequest(MarketingMessagesOnboardingRequestWire wire, GraphSource source)
        : this(wire.RequestId is { Length: > 0 } id ? id : throw new WhatsAppException("The Graph API answered the onboarding request without a request_id."), source)
    {
    }

    /// <summary>The id of the business agreement request (<c>request_id</c>) the end business accepts.</summary>
    public string RequestId { get; }
}
