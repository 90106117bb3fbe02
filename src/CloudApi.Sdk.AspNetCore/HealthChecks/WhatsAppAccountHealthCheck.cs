using CloudApi.Sdk.Business;
using CloudApi.Sdk.PhoneNumbers;
using CloudApi.Sdk.RateLimiting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CloudApi.Sdk.AspNetCore.HealthChecks;

/// <summary>
/// Checks with the registration's token what Meta answers: the WABA (when configured; it needs
/// <c>whatsapp_business_management</c>) and each configured number, which must be <c>CONNECTED</c> with a quality rating
/// that is not <c>RED</c> (<c>YELLOW</c> is degraded). A refused token (OAuthException 190) or a missing permission
/// (10, 200) is unhealthy. Meta's <c>debug_token</c> is not used: a system user's token cannot call it in general, and a
/// GET with the token proves it works. Whether the token may send (<c>whatsapp_business_messaging</c>) cannot be seen
/// without sending; a send refused for it fails with 10 or 200 like any call.
/// </summary>
internal sealed class WhatsAppAccountHealthCheck(
    IWhatsAppClientFactory clients,
    IOptionsMonitor<WhatsAppOptions> clientOptions,
    IOptionsMonitor<WhatsAppRateLimitOptions> rateLimitOptions,
    WhatsAppHealthCheckOptions options) : IHealthCheck
{
    private static readonly string[] NumberFields = ["id", "status", "quality_rating"];

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = clientOptions.Get(options.ClientName);
        var numbers = PhoneNumberIds(settings);
        if (numbers.Count == 0 && string.IsNullOrEmpty(settings.BusinessAccountId))
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "No phone number or business account is configured to check.");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        var client = clients.CreateClient(options.ClientName);
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        var degraded = new List<string>();
        var unhealthy = new List<string>();
        try
        {
            if (!string.IsNullOrEmpty(settings.BusinessAccountId))
            {
                await client.BusinessAccounts.GetAsync(new BusinessAccountRequestOptions { Fields = ["id"] }, timeout.Token).ConfigureAwait(false);
                data["business_account"] = "reachable";
            }

            foreach (var id in numbers)
            {
                var number = await client.PhoneNumbers.GetAsync(new PhoneNumberRequestOptions { PhoneNumberId = id, Fields = NumberFields }, timeout.Token).ConfigureAwait(false);
                var status = number.Status?.ToString() ?? "unknown";
                var quality = number.QualityRating?.ToString() ?? "unknown";
                data[$"{id}.status"] = status;
                data[$"{id}.quality_rating"] = quality;
                if (number.Status is { } s && s != PhoneNumberStatus.Connected)
                {
                    unhealthy.Add($"number {id} is {status}");
                }

                if (number.QualityRating == QualityRating.Red)
                {
                    unhealthy.Add($"number {id} has quality rating RED");
                }
                else if (number.QualityRating == QualityRating.Yellow)
                {
                    degraded.Add($"number {id} has quality rating YELLOW");
                }
            }
        }
        catch (WhatsAppApiException e) when (e.ErrorCode is 190 or 102 or 463 or 467)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"The access token was refused (Graph error {e.ErrorCode}): it is invalid, expired or revoked.", data: data);
        }
        catch (WhatsAppApiException e) when (e.ErrorCode is 10 or 200 or 3)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"The access token lacks a permission the registration needs (Graph error {e.ErrorCode}).", data: data);
        }
        catch (WhatsAppApiException e)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"The Graph API answered HTTP {(int)e.StatusCode} (Graph error {e.ErrorCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}).", data: data);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"The Graph API did not answer within {options.Timeout}.", data: data);
        }
        catch (Exception e) when (e is WhatsAppException or HttpRequestException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The Graph API could not be reached.", e, data);
        }

        if (unhealthy.Count > 0)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, string.Join("; ", unhealthy.Concat(degraded)), data: data);
        }

        return degraded.Count > 0
            ? HealthCheckResult.Degraded(string.Join("; ", degraded), data: data)
            : HealthCheckResult.Healthy("The token works and every number is connected.", data);
    }

    private List<string> PhoneNumberIds(WhatsAppOptions settings)
    {
        var ids = new List<string>();
        if (!string.IsNullOrEmpty(settings.PhoneNumberId))
        {
            ids.Add(settings.PhoneNumberId);
        }

        foreach (var id in rateLimitOptions.Get(options.ClientName).NumberMessagesPerSecond.Keys.Concat(options.PhoneNumberIds))
        {
            if (!ids.Contains(id, StringComparer.Ordinal))
            {
                ids.Add(id);
            }
        }

        return ids;
    }
}
