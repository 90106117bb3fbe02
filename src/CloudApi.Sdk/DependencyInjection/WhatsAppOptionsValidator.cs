using Microsoft.Extensions.Options;

namespace CloudApi.Sdk.DependencyInjection;

/// <summary>Checks <see cref="WhatsAppOptions"/> at start-up, so a bad setting fails fast with a clear message.</summary>
internal sealed class WhatsAppOptionsValidator : IValidateOptions<WhatsAppOptions>
{
    public ValidateOptionsResult Validate(string? name, WhatsAppOptions options)
    {
        var tenant = string.IsNullOrEmpty(name) ? "WhatsApp" : $"WhatsApp client '{name}'";
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.AccessToken))
        {
            failures.Add($"{tenant}: AccessToken is required (a system-user token from Meta Business settings).");
        }

        if (options.PhoneNumberId is { } phoneNumberId && !GraphIds.IsValid(phoneNumberId))
        {
            failures.Add($"{tenant}: PhoneNumberId '{phoneNumberId}' is malformed: it must be the numeric id Meta assigns (digits only), not the phone number itself.");
        }

        if (options.BusinessAccountId is { } wabaId && !GraphIds.IsValid(wabaId))
        {
            failures.Add($"{tenant}: BusinessAccountId '{wabaId}' is malformed: it must be digits only.");
        }

        if (!ApiVersions.IsValid(options.ApiVersion))
        {
            failures.Add($"{tenant}: ApiVersion '{options.ApiVersion}' is malformed: it must look like 'v25.0'.");
        }

        if (options.BaseAddress is null || !options.BaseAddress.IsAbsoluteUri ||
            (options.BaseAddress.Scheme != Uri.UriSchemeHttps && options.BaseAddress.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{tenant}: BaseAddress '{options.BaseAddress}' must be an absolute http(s) URI.");
        }

        if (options.Timeout < TimeSpan.FromSeconds(1) || options.Timeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{tenant}: Timeout {options.Timeout} is out of range (1 second to 10 minutes).");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add($"{tenant}: MaxRetries {options.MaxRetries} is out of range (0 to 10).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
