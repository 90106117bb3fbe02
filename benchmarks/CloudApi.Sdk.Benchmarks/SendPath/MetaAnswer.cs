using System.Text;

namespace CloudApi.Sdk.Benchmarks.SendPath;

/// <summary>The request and answer bytes every send-path benchmark uses, so all rows do the same work.</summary>
internal static class MetaAnswer
{
    public const string PhoneNumberId = "106540352242922";
    public const string Recipient = "+16505551234";
    public const string Body = "Your order #1234 has shipped and will arrive on Friday. Track it at https://example.com/t/1234";

    public static readonly byte[] SendAnswer = Encoding.UTF8.GetBytes(
        """{"messaging_product":"whatsapp","contacts":[{"input":"+16505551234","wa_id":"16505551234"}],"messages":[{"id":"wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA","message_status":"accepted"}]}""");

    public static readonly byte[] RequestBody = Encoding.UTF8.GetBytes(
        $$$"""{"messaging_product":"whatsapp","recipient_type":"individual","to":"{{{Recipient}}}","type":"text","text":{"body":"{{{Body}}}"}}""");
}
