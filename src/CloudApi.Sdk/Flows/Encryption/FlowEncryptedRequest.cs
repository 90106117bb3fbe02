using System.Text.Json;

namespace CloudApi.Sdk.Flows.Encryption;

/// <summary>
/// The body WhatsApp posts to a Flows data-exchange endpoint: the request encrypted with a fresh AES key, that key
/// encrypted with the business public key, and the IV (all base64).
/// </summary>
public sealed class FlowEncryptedRequest
{
    /// <summary>Creates the envelope from its three base64 values.</summary>
    /// <param name="encryptedFlowData"><c>encrypted_flow_data</c>: the AES-GCM ciphertext followed by its 16-byte tag.</param>
    /// <param name="encryptedAesKey"><c>encrypted_aes_key</c>: the AES key, RSA-OAEP (SHA-256) encrypted.</param>
    /// <param name="initialVector"><c>initial_vector</c>: the GCM IV (16 bytes).</param>
    public FlowEncryptedRequest(string encryptedFlowData, string encryptedAesKey, string initialVector)
    {
        EncryptedFlowData = encryptedFlowData ?? throw new ArgumentNullException(nameof(encryptedFlowData));
        EncryptedAesKey = encryptedAesKey ?? throw new ArgumentNullException(nameof(encryptedAesKey));
        InitialVector = initialVector ?? throw new ArgumentNullException(nameof(initialVector));
    }

    /// <summary><c>encrypted_flow_data</c> (base64).</summary>
    public string EncryptedFlowData { get; }

    /// <summary><c>encrypted_aes_key</c> (base64).</summary>
    public string EncryptedAesKey { get; }

    /// <summary><c>initial_vector</c> (base64).</summary>
    public string InitialVector { get; }

    /// <summary>Reads the envelope from the raw request body.</summary>
    /// <param name="body">The request body (JSON).</param>
    /// <returns>The envelope.</returns>
    /// <exception cref="FormatException">The body is not JSON, or one of the three values is missing or not a string.</exception>
    public static FlowEncryptedRequest Parse(ReadOnlySpan<byte> body)
    {
        string? data = null, key = null, iv = null;
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new FormatException("A Flows request body is a JSON object.");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.ValueTextEquals("encrypted_flow_data"u8) ? 1
                    : reader.ValueTextEquals("encrypted_aes_key"u8) ? 2
                    : reader.ValueTextEquals("initial_vector"u8) ? 3 : 0;
                reader.Read();
                if (name == 0)
                {
                    reader.Skip();
                    continue;
                }

                if (reader.TokenType != JsonTokenType.String)
                {
                    throw new FormatException("encrypted_flow_data, encrypted_aes_key and initial_vector are strings.");
                }

                var value = reader.GetString();
                if (name == 1)
                {
                    data = value;
                }
                else if (name == 2)
                {
                    key = value;
                }
                else
                {
                    iv = value;
                }
            }

            // Reads to the end, so trailing garbage is refused like any other malformed JSON.
            while (reader.Read())
            {
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a string that is not valid UTF-8.
            throw new FormatException("A Flows request body is not valid JSON.", exception);
        }

        if (data is null || key is null || iv is null)
        {
            throw new FormatException("A Flows request body has encrypted_flow_data, encrypted_aes_key and initial_vector.");
        }

        return new FlowEncryptedRequest(data, key, iv);
    }
}
