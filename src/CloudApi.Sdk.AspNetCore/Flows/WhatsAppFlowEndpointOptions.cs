namespace CloudApi.Sdk.AspNetCore;

/// <summary>
/// Settings of a Flows data-exchange endpoint. From configuration (<c>AddWhatsAppFlowEndpoint(configuration.GetSection("WhatsApp"))</c>):
/// <c>WhatsApp:AppSecret</c>, <c>WhatsApp:Flows:PrivateKeyPath</c> or <c>WhatsApp:Flows:PrivateKeyPem</c>, and
/// <c>WhatsApp:Flows:PrivateKeyPassphrase</c>.
/// </summary>
public sealed class WhatsAppFlowEndpointOptions
{
    /// <summary>The default <see cref="MaxBodySize"/>: 1 MiB (a flow request is a few kilobytes).</summary>
    public const long DefaultMaxBodySize = 1024 * 1024;

    /// <summary><value>The Meta app secret that signs the requests (<c>X-Hub-Signature-256</c>). Required.</value></summary>
    public string? AppSecret { get; set; }

    /// <summary><value>The business private key as PEM text. Give this or <see cref="PrivateKeyPath"/>.</value></summary>
    public string? PrivateKeyPem { get; set; }

    /// <summary><value>The path of a PEM file holding the business private key. Give this or <see cref="PrivateKeyPem"/>.</value></summary>
    public string? PrivateKeyPath { get; set; }

    /// <summary><value>The passphrase of an encrypted private key (<c>ENCRYPTED PRIVATE KEY</c>), or <see langword="null"/>.</value></summary>
    public string? PrivateKeyPassphrase { get; set; }

    /// <summary><value>The largest body accepted, in bytes; larger ones get 413. Default <see cref="DefaultMaxBodySize"/>.</value></summary>
    public long MaxBodySize { get; set; } = DefaultMaxBodySize;

    /// <summary>Describes the options without their secrets.</summary>
    /// <returns>A description that is safe to log.</returns>
    public override string ToString() =>
        $"WhatsAppFlowEndpointOptions (AppSecret {(string.IsNullOrEmpty(AppSecret) ? "not set" : "set")}, private key " +
        $"{(PrivateKeyPem is { Length: > 0 } ? "from PEM text" : PrivateKeyPath is { Length: > 0 } ? "from " + PrivateKeyPath : "not set")}, " +
        $"passphrase {(string.IsNullOrEmpty(PrivateKeyPassphrase) ? "not set" : "set")}, MaxBodySize {MaxBodySize})";
}
