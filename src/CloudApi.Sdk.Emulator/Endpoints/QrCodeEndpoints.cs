using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.State;
using CloudApi.Sdk.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CloudApi.Sdk.Emulator.Endpoints;

/// <summary>
/// Message QR codes: <c>GET|POST /{phone-number-id}/message_qrdls</c> and <c>GET|DELETE .../message_qrdls/{code}</c>.
/// Codes are 14 characters of <c>A-Z2-7</c>; an image URL (<c>generate_qr_image</c>, or <c>qr_image_url.format(...)</c> in
/// <c>fields</c>) points at the emulator and is not served.
/// </summary>
internal static class QrCodeEndpoints
{
    private const int MaxPrefilledMessageLength = 140;
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static Task ListAsync(HttpContext context, PhoneNumberState number)
    {
        var codes = context.State().Business.For(number.Id).QrCodes();
        if (context.Request.Query["code"].ToString() is { Length: > 0 } filter)
        {
            codes = [.. codes.Where(c => c.Code == filter)];
        }

        return context.WriteJsonAsync(Paging.Page(context, codes, static c => c.Code, c => ToJson(context, c, ImageFormat(context))));
    }

    public static Task GetAsync(HttpContext context, PhoneNumberState number)
    {
        var code = Find(context, number);
        return context.WriteJsonAsync(new JsonObject { ["data"] = new JsonArray(ToJson(context, code, ImageFormat(context))) });
    }

    public static Task DeleteAsync(HttpContext context, PhoneNumberState number)
    {
        var code = Find(context, number);
        context.State().Business.For(number.Id).DeleteQrCode(code.Code);
        return context.WriteSuccessAsync();
    }

    /// <summary>Creates a code, or changes the message of the one named by <c>code</c>.</summary>
    public static async Task SaveAsync(HttpContext context, PhoneNumberState number)
    {
        var state = context.State();
        var body = await context.ReadJsonObjectAsync().ConfigureAwait(false);
        var message = JsonRules.RequireString(body, "prefilled_message", string.Empty, MaxPrefilledMessageLength);
        var features = state.Business.For(number.Id);
        StoredQrCode saved;
        string? format = null;
        if (JsonRules.OptionalString(body, "code", string.Empty) is { } existing)
        {
            var code = features.FindQrCode(existing) ?? throw GraphError.UnknownObject(existing);
            saved = code with { PrefilledMessage = message };
        }
        else
        {
            format = JsonRules.OptionalString(body, "generate_qr_image", string.Empty) is { } image ? JsonRules.OneOf(image, "generate_qr_image", "PNG", "SVG") : null;
            saved = new StoredQrCode(NewCode(state), message, state.Now);
        }

        features.Save(saved);
        await context.WriteJsonAsync(ToJson(context, saved, format)).ConfigureAwait(false);
    }

    private static StoredQrCode Find(HttpContext context, PhoneNumberState number)
    {
        var code = (string)context.Request.RouteValues["code"]!;
        return context.State().Business.For(number.Id).FindQrCode(code) ?? throw GraphError.UnknownObject(code);
    }

    private static string NewCode(EmulatorState state)
    {
        Span<char> code = stackalloc char[14];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = Alphabet[(int)(state.NextRandom() * Alphabet.Length)];
        }

        return new string(code);
    }

    /// <summary>The format asked in <c>fields=...,qr_image_url.format(SVG)</c>, if any.</summary>
    private static string? ImageFormat(HttpContext context)
    {
        var fields = context.Request.Query["fields"].ToString();
        var start = fields.IndexOf("qr_image_url.format(", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var end = fields.IndexOf(')', start);
        var format = end < 0 ? string.Empty : fields[(start + "qr_image_url.format(".Length)..end];
        return JsonRules.OneOf(format, "fields.qr_image_url.format", "PNG", "SVG");
    }

    private static JsonObject ToJson(HttpContext context, StoredQrCode code, string? imageFormat)
    {
        var json = new JsonObject
        {
            ["code"] = code.Code,
            ["prefilled_message"] = code.PrefilledMessage,
            ["deep_link_url"] = "https://wa.me/message/" + code.Code,
            ["creation_time"] = code.Created.ToUnixTimeSeconds(),
        };
        if (imageFormat is not null)
        {
            json["qr_image_url"] = $"{context.Request.Scheme}://{context.Request.Host}/_emulator/qr/{code.Code}.{imageFormat.ToLowerInvariant()}";
        }

        return json;
    }
}
