using CloudApi.Sdk.Flows.Encryption;

namespace CloudApi.Sdk.AspNetCore.Flows;

/// <summary>Loads the business private key the options name, once: from PEM text or a PEM file.</summary>
internal static class FlowEndpointKey
{
    public static FlowEndpointCipher Load(WhatsAppFlowEndpointOptions options)
    {
        if (options.PrivateKeyPem is { Length: > 0 } pem)
        {
            return FlowEndpointCipher.FromPem(pem, options.PrivateKeyPassphrase);
        }

        if (options.PrivateKeyPath is not { Length: > 0 } path)
        {
            throw new FlowKeyException("No business private key: set WhatsApp:Flows:PrivateKeyPath (a PEM file) or WhatsApp:Flows:PrivateKeyPem.");
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new FlowKeyException($"The business private key file '{path}' cannot be read: {exception.Message}", exception);
        }

        return FlowEndpointCipher.FromPem(text, options.PrivateKeyPassphrase);
    }
}
