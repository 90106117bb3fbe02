using CloudApi.Sdk.Flows.Encryption;
using Microsoft.Extensions.Options;

namespace CloudApi.Sdk.AspNetCore.Flows;

/// <summary>Fails start-up when the app secret is missing or the private key cannot be loaded, instead of failing every request.</summary>
internal sealed class WhatsAppFlowEndpointOptionsValidator : IValidateOptions<WhatsAppFlowEndpointOptions>
{
    public ValidateOptionsResult Validate(string? name, WhatsAppFlowEndpointOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrEmpty(options.AppSecret))
        {
            failures.Add("WhatsApp:AppSecret is required: it verifies the X-Hub-Signature-256 of every Flows request.");
        }

        if (options.MaxBodySize is < 1024 or > 64L * 1024 * 1024)
        {
            failures.Add($"WhatsApp:Flows:MaxBodySize must be between 1 KiB and 64 MiB; it is {options.MaxBodySize}.");
        }

        try
        {
            FlowEndpointKey.Load(options).Dispose();
        }
        catch (FlowKeyException exception)
        {
            failures.Add(exception.Message);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
