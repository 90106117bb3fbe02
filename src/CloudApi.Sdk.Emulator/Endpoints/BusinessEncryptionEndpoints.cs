using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>
/// <c>GET/POST /{phone-number-id}/whatsapp_business_encryption</c>: the business public key WhatsApp encrypts flow
/// endpoint requests with, stored per number. An uploaded key must be an RSA public key in PEM.
/// </summary>
internal static class BusinessEncryptionEndpoints
{
    public static Task GetAsync(HttpContext context, PhoneNumberState number)
    {
        var data = new JsonArray();
        if (context.State().Flows.PublicKey(number.Id) is { } pem)
        {
            data.Add(new JsonObject { ["business_public_key"] = pem, ["business_public_key_signature_status"] = "VALID" });
        }

        return context.WriteJsonAsync(new JsonObject { ["data"] = data });
    }

    public static async Task SetAsync(HttpContext context, PhoneNumberState number)
    {
        var body = await context.ReadOptionalJsonObjectAsync().ConfigureAwait(false);
        var pem = body["business_public_key"] is JsonValue value && value.TryGetValue<string>(out var text) && text.Trim().Length > 0
            ? text
            : throw GraphError.MissingParameter("Param business_public_key is required.");
        if (!IsRsaPublicKey(pem))
        {
            throw GraphError.InvalidParameter("Business public key is invalid");
        }

        context.State().Flows.SetPublicKey(number.Id, pem);
        await context.WriteSuccessAsync().ConfigureAwait(false);
    }

    private static bool IsRsaPublicKey(string pem)
    {
        if (pem.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            return false;
        }

        using var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            return false;
        }
    }
}
