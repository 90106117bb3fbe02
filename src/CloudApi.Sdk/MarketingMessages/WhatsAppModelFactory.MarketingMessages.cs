using System.Text.Json;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.MarketingMessages;

namespace CloudApi.Sdk;

/// <summary>Builds the results of the Marketing Messages API calls for tests (a send answers a <see cref="Messages.SendMessageResult"/>, built by <c>SendMessageResult</c>).</summary>
public static partial class WhatsAppModelFactory
{
    /// <summary>Builds a <see cref="MarketingMessages.MarketingMessagesOnboarding"/> as <see cref="IMarketingMessagesClient.GetOnboardingStatusAsync"/> would answer it.</summary>
    /// <param name="businessAccountId">The account id (<c>id</c>).</param>
    /// <param name="status">The status (<c>marketing_messages_onboarding_status</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static MarketingMessagesOnboarding MarketingMessagesOnboarding(
        string businessAccountId, MarketingMessagesOnboardingStatus? status = null, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(businessAccountId, status, GraphSource.ForModel(rawJson, response));

    /// <summary>Builds a <see cref="MarketingMessages.MarketingMessagesOnboardingRequest"/> as <see cref="IMarketingMessagesClient.RequestOnboardingAsync"/> would answer it.</summary>
    /// <param name="requestId">The request id (<c>request_id</c>).</param>
    /// <param name="rawJson">The JSON the result was read from.</param>
    /// <param name="response">The HTTP response details.</param>
    /// <returns>The result.</returns>
    public static MarketingMessagesOnboardingRequest MarketingMessagesOnboardingRequest(string requestId, JsonElement? rawJson = null, GraphResponse? response = null) =>
        new(requestId, GraphSource.ForModel(rawJson, response));
}
