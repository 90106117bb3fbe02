using CloudApi.Sdk.Http;
using Microsoft.Extensions.Options;

namespace CloudApi.Sdk.DependencyInjection;

/// <summary>Checks <see cref="WhatsAppOptions"/> at start-up, so a bad setting fails fast with a clear message.</summary>
internal sealed class WhatsAppOptionsValidator : IValidateOptions<WhatsAppOptions>
{
    public ValidateOptionsResult Validate(string? name, WhatsAppOptions options)
    {
        var failures = Failures(name, options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures.Select(static failure => failure.Message));
    }

    /// <summary>Each setting that is wrong, with what is wrong with it; empty when the options are valid.</summary>
    public static List<(string Field, string Message)> Failures(string? name, WhatsAppOptions options)
    {
        var tenant = string.IsNullOrEmpty(name) ? "WhatsApp" : $"WhatsApp client '{name}'";
        var failures = new List<(string Field, string Message)>();

        if (string.IsNullOrWhiteSpace(options.AccessToken))
        {
            failures.Add((nameof(options.AccessToken), $"{tenant}: AccessToken is required (a system-user token from Meta Business settings)."));
        }
        else if (Blemish(options.AccessToken) is { } position)
        {
            failures.Add((nameof(options.AccessToken), $"{tenant}: AccessToken contains whitespace or a control character at position {position} " +
                "(often a trailing newline from a file or an environment variable); an HTTP header cannot carry it. Trim the value."));
        }

        AddIfBlemished(failures, tenant, nameof(options.AppSecret), options.AppSecret);
        AddIfBlemished(failures, tenant, nameof(options.VerifyToken), options.VerifyToken);

        if (options.PhoneNumberId is { } blemishedNumber && Blemish(blemishedNumber) is { } numberPosition && GraphIds.IsValid(blemishedNumber.Trim()))
        {
            failures.Add((nameof(options.PhoneNumberId), $"{tenant}: PhoneNumberId contains whitespace or a control character at position {numberPosition}; it must be digits only. Trim the value."));
        }
        else if (options.PhoneNumberId is { } phoneNumberId && !GraphIds.IsValid(phoneNumberId))
        {
            failures.Add((nameof(options.PhoneNumberId),
                $"{tenant}: PhoneNumberId '{phoneNumberId}' is malformed: it must be the numeric id Meta assigns (digits only), not the phone number itself."));
        }

        if (options.BusinessAccountId is { } blemishedWaba && Blemish(blemishedWaba) is { } wabaPosition && GraphIds.IsValid(blemishedWaba.Trim()))
        {
            failures.Add((nameof(options.BusinessAccountId), $"{tenant}: BusinessAccountId contains whitespace or a control character at position {wabaPosition}; it must be digits only. Trim the value."));
        }
        else if (options.BusinessAccountId is { } wabaId && !GraphIds.IsValid(wabaId))
        {
            failures.Add((nameof(options.BusinessAccountId), $"{tenant}: BusinessAccountId '{wabaId}' is malformed: it must be digits only."));
        }

        if (options.AppId is { } appId && !GraphIds.IsValid(appId))
        {
            failures.Add((nameof(options.AppId), $"{tenant}: AppId '{appId}' is malformed: it must be the numeric id of the Meta app (digits only)."));
        }

        if (!ApiVersions.IsValid(options.ApiVersion))
        {
            failures.Add((nameof(options.ApiVersion), $"{tenant}: ApiVersion '{options.ApiVersion}' is malformed: it must look like 'v26.0'."));
        }

        if (options.BaseAddress is null || !options.BaseAddress.IsAbsoluteUri ||
            (options.BaseAddress.Scheme != Uri.UriSchemeHttps && options.BaseAddress.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add((nameof(options.BaseAddress), $"{tenant}: BaseAddress '{options.BaseAddress}' must be an absolute http(s) URI."));
        }

        if (options.Timeout < TimeSpan.FromSeconds(1) || options.Timeout > TimeSpan.FromMinutes(10))
        {
            failures.Add((nameof(options.Timeout), $"{tenant}: Timeout {options.Timeout} is out of range (1 second to 10 minutes)."));
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add((nameof(options.MaxRetries), $"{tenant}: MaxRetries {options.MaxRetries} is out of range (0 to 10)."));
        }

        return failures;
    }

    /// <summary>The position of the first whitespace or control character of <paramref name="value"/>, if any.</summary>
    private static int? Blemish(string? value)
    {
        if (value is null)
        {
            return null;
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsWhiteSpace(value[i]) || char.IsControl(value[i]))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Refuses a secret with whitespace or control characters, without ever quoting the secret.</summary>
    private static void AddIfBlemished(List<(string Field, string Message)> failures, string tenant, string field, string? value)
    {
        if (Blemish(value) is { } position)
        {
            failures.Add((field, $"{tenant}: {field} contains whitespace or a control character at position {position} " +
                "(often a trailing newline from a file or an environment variable). Trim the value."));
        }
    }

    /// <summary>Throws a <see cref="WhatsAppValidationException"/> naming the first wrong setting and describing all of them.</summary>
    public static void ThrowIfInvalid(WhatsAppOptions options)
    {
        var failures = Failures(name: null, options);
        if (failures.Count > 0)
        {
            throw new WhatsAppValidationException(failures[0].Field, string.Join(" ", failures.Select(static failure => failure.Message)));
        }
    }
}
