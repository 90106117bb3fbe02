namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>A SIP server of a settings change (an item of <c>calling.sip.servers</c>): where Meta sends the number's calls over SIP.</summary>
public sealed class SipServerUpdate
{
    /// <summary>Creates the server.</summary>
    /// <param name="hostname">The host name (<c>hostname</c>), e.g. <c>sip.example.com</c>.</param>
    /// <exception cref="WhatsAppValidationException">The host name is empty or longer than 253 characters.</exception>
    public SipServerUpdate(string hostname)
    {
        Validate.Text(hostname, 253, "calling.sip.servers.hostname");
        Hostname = hostname;
    }

    /// <summary>The host name (<c>hostname</c>).</summary>
    public string Hostname { get; }

    /// <summary><value>The port (<c>port</c>), 1 to 65535. Default <see langword="null"/>: Meta's default (5061 for TLS).</value></summary>
    /// <exception cref="WhatsAppValidationException">The port is out of range.</exception>
    public int? Port
    {
        get;
        init => field = Validate.OptionalRange(value, 1, 65535, "calling.sip.servers.port");
    }

    /// <summary><value>Parameters Meta adds to the user part of the SIP request URI (<c>request_uri_user_params</c>). Default <see langword="null"/>: none.</value></summary>
    public IReadOnlyDictionary<string, string>? RequestUriUserParameters { get; init; }

    /// <summary>Describes the server.</summary>
    /// <returns>The host and port.</returns>
    public override string ToString() => Port is { } port ? $"{Hostname}:{port}" : Hostname;
}
