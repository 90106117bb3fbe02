using System.Security.Cryptography;
using System.Text;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.Campaigns;

/// <summary>
/// Makes the marker of each campaign message: <c>~c:</c>, 8 base32 characters derived from the campaign's name (40 bits
/// of its SHA-256), then the message's index in base32. Deterministic, so a creator that adds the same messages again
/// makes the same markers.
/// </summary>
internal static class CampaignMarkers
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>The marker prefix of a campaign: <c>~c:</c> and its 8-character id.</summary>
    public static string PrefixOf(string campaignName)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(campaignName), hash);
        var value = ((ulong)hash[0] << 32) | ((ulong)hash[1] << 24) | ((ulong)hash[2] << 16) | ((ulong)hash[3] << 8) | hash[4];
        Span<char> id = stackalloc char[8];
        for (var i = 7; i >= 0; i--)
        {
            id[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }

        return string.Concat(CallbackDataMarker.Prefix, id);
    }

    /// <summary>The marker of the message at <paramref name="index"/> of the campaign whose prefix is <paramref name="prefix"/>.</summary>
    public static string Of(string prefix, long index)
    {
        Span<char> digits = stackalloc char[13];
        var position = digits.Length;
        var value = (ulong)index;
        do
        {
            digits[--position] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }
        while (value != 0);

        return string.Concat(prefix, digits[position..]);
    }

    /// <summary>The <c>biz_opaque_callback_data</c> a campaign message is sent with.</summary>
    public static string CallbackDataOf(CampaignMessage message) => CallbackDataMarker.Join(message.CallbackData, message.Marker);

    /// <summary>The longest caller data a message with <paramref name="marker"/> may carry.</summary>
    public static int MaxCallerDataLength(string marker) => Messages.SendMessageOptions.MaxBizOpaqueCallbackDataLength - marker.Length - 1;
}
