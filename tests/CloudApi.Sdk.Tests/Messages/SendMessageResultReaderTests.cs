using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CloudApi.Sdk.Messages;
using CsCheck;

namespace CloudApi.Sdk.Tests.Messages;

/// <summary>
/// The send answer is matched in Meta's compact form first and read with a tokenizer otherwise: both paths must give
/// the same result for every answer, and only valid answers may give one.
/// </summary>
public class SendMessageResultReaderTests
{
    private const string Canonical =
        """{"messaging_product":"whatsapp","contacts":[{"input":"+16505551234","wa_id":"16505551234"}],"messages":[{"id":"wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0","message_status":"accepted"}]}""";

    private static readonly SendAnswer Expected =
        new("wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0", "16505551234", "+16505551234", MessageStatus.Accepted);

    private static readonly GraphResponse Ok = WhatsAppModelFactory.GraphResponse(200, [new("x-fb-trace-id", "AbC123")]);

    [Fact]
    public void Read_CanonicalAnswer_TakesTheFastPathAndReadsEveryValue()
    {
        var body = Encoding.UTF8.GetBytes(Canonical);

        Assert.True(SendMessageResultReader.TryReadCanonical(body, out var fast));
        Assert.Equal(Expected, fast);
        Assert.Equal(Expected, SendMessageResultReader.ReadAnyForm(body));
        Assert.Equal(Expected, Values(SendMessageResultReader.Read(body, Ok)));
    }

    [Fact]
    public void Read_Answer_KeepsTheWholeAnswerAndTheResponse()
    {
        var body = Encoding.UTF8.GetBytes(Canonical.Replace("}]}", "}],\"unmodelled\":{\"a\":1}}", StringComparison.Ordinal));

        var result = SendMessageResultReader.Read(body, Ok);
        body.AsSpan().Clear(); // the result owns a copy: the pooled buffer may be reused

        Assert.Equal(Expected.Id, result.MessageId);
        Assert.Equal(1, result.RawJson.GetProperty("unmodelled").GetProperty("a").GetInt32());
        Assert.Equal("+16505551234", result.RawJson.GetProperty("contacts")[0].GetProperty("input").GetString());
        Assert.Equal((200, "AbC123"), (result.Response!.StatusCode, result.Response.TraceId));
    }

    [Fact]
    public void ModelFactory_SendMessageResult_CarriesEveryValue()
    {
        using var json = JsonDocument.Parse(Canonical);
        var result = WhatsAppModelFactory.SendMessageResult("wamid.X", waId: "16505551234", input: "+16505551234",
            messageStatus: MessageStatus.Accepted, rawJson: json.RootElement.Clone(), response: Ok);

        Assert.Equal(new SendAnswer("wamid.X", "16505551234", "+16505551234", MessageStatus.Accepted), Values(result));
        Assert.Equal("whatsapp", result.RawJson.GetProperty("messaging_product").GetString());
        Assert.Equal("AbC123", result.Response!.TraceId);
        Assert.Null(WhatsAppModelFactory.SendMessageResult("wamid.Y").MessageStatus);
    }

    [Theory]
    [InlineData("held_for_quality_assessment")]
    [InlineData("paused")]
    public void Read_CanonicalAnswerWithAnotherStatus_KeepsTheStatus(string status)
    {
        var body = Encoding.UTF8.GetBytes(Canonical.Replace("\"accepted\"", $"\"{status}\"", StringComparison.Ordinal));

        Assert.True(SendMessageResultReader.TryReadCanonical(body, out var result));
        Assert.Equal(new MessageStatus(status), result.Status);
    }

    [Fact]
    public void Read_CanonicalAnswerWithoutStatus_HasNoStatus()
    {
        var body = Encoding.UTF8.GetBytes(Canonical.Replace(",\"message_status\":\"accepted\"", "", StringComparison.Ordinal));

        Assert.True(SendMessageResultReader.TryReadCanonical(body, out var result));
        Assert.Equal(Expected with { Status = null }, result);
        Assert.Null(SendMessageResultReader.Read(body, Ok).MessageStatus);
    }

    [Fact]
    public void Read_CanonicalAnswerOfABsuidSend_TakesTheFastPathWithUserId()
    {
        var body = Encoding.UTF8.GetBytes(
            """{"messaging_product":"whatsapp","contacts":[{"input":"US.13491208655302741918","user_id":"US.13491208655302741918"}],"messages":[{"id":"wamid.B","message_status":"accepted"}]}""");
        var expected = new SendAnswer("wamid.B", null, "US.13491208655302741918", MessageStatus.Accepted, UserId: "US.13491208655302741918");

        Assert.True(SendMessageResultReader.TryReadCanonical(body, out var fast));
        Assert.Equal(expected, fast);
        Assert.Equal(expected, SendMessageResultReader.ReadAnyForm(body));
        Assert.Equal(expected, Values(SendMessageResultReader.Read(body, Ok)));
    }

    [Theory]
    [InlineData("""{"messaging_product":"whatsapp","contacts":[{"input":"G1","group_id":"G1"}],"messages":[{"id":"wamid.G"}]}""")]
    [InlineData("""{"messaging_product":"whatsapp","group_id":"G1","contacts":[{"input":"G1"}],"messages":[{"id":"wamid.G"}]}""")]
    public void Read_AnswerOfAGroupSend_ReadsGroupId(string answer)
    {
        var body = Encoding.UTF8.GetBytes(answer);

        Assert.False(SendMessageResultReader.TryReadCanonical(body, out _));
        Assert.Equal(new SendAnswer("wamid.G", null, "G1", null, GroupId: "G1"), Values(SendMessageResultReader.Read(body, Ok)));
    }

    [Fact]
    public void Read_ContactWithObjectValuedField_SkipsItAndReadsTheRest()
    {
        var body = Encoding.UTF8.GetBytes(
            """{"messaging_product":"whatsapp","contacts":[{"future":{"a":[1]},"input":"+16505551234","wa_id":"16505551234"}],"messages":[{"id":"wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0","message_status":"accepted"}]}""");

        Assert.Equal(Expected, SendMessageResultReader.ReadAnyForm(body));
    }

    [Fact]
    public void ModelFactory_SendMessageResult_CarriesUserAndGroupIds()
    {
        var result = WhatsAppModelFactory.SendMessageResult("wamid.X", userId: "US.1", groupId: "G1");

        Assert.Equal(("US.1", "G1"), (result.UserId, result.GroupId));
    }

    public static TheoryData<string> OtherForms =>
    [
        // Whitespace (pretty-printed).
        """
        {
          "messaging_product": "whatsapp",
          "contacts": [ { "input": "+16505551234", "wa_id": "16505551234" } ],
          "messages": [ { "id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0", "message_status": "accepted" } ]
        }
        """,
        // Another order of properties.
        """{"messages":[{"message_status":"accepted","id":"wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0"}],"contacts":[{"wa_id":"16505551234","input":"+16505551234"}],"messaging_product":"whatsapp"}""",
        // Escapes in values.
        """{"messaging_product":"whatsapp","contacts":[{"input":"\u002B16505551234","wa_id":"16505551234"}],"messages":[{"id":"wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0","message_status":"\u0061ccepted"}]}""",
        // A field Meta may add.
        """{"messaging_product":"whatsapp","contacts":[{"input":"+16505551234","wa_id":"16505551234"}],"messages":[{"id":"wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0","message_status":"accepted"}],"extra":{"a":[1,2]}}""",
        // A second message entry (only the first counts).
        """{"messaging_product":"whatsapp","contacts":[{"input":"+16505551234","wa_id":"16505551234"}],"messages":[{"id":"wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0","message_status":"accepted"},{"id":"wamid.OTHER"}]}""",
    ];

    [Theory]
    [MemberData(nameof(OtherForms))]
    public void Read_AnswerInAnotherForm_FallsBackToTheTokenizerWithTheSameResult(string answer)
    {
        var body = Encoding.UTF8.GetBytes(answer);

        Assert.False(SendMessageResultReader.TryReadCanonical(body, out _));
        Assert.Equal(Expected, Values(SendMessageResultReader.Read(body, Ok)));
    }

    [Fact]
    public void Read_AnyStringsWrittenAsJson_ReadBackTheSameOnEitherPath()
    {
        // Values of any characters, written in Meta's layout by a JSON writer that escapes (or not) as it likes.
        var value = Gen.String[Gen.Char, 1, 40];
        Gen.Select(value, value, value, value, Gen.Bool).Sample((input, waId, id, status, relaxed) =>
        {
            var body = Answer(input, waId, id, status, relaxed);
            var result = Values(SendMessageResultReader.Read(body, Ok));
            Assert.Equal(new SendAnswer(id, waId, input, new MessageStatus(status)), result);
            Assert.Equal(SendMessageResultReader.ReadAnyForm(body), result);
        }, iter: 2000);
    }

    [Fact]
    public void Read_PrintableAsciiValues_TakeTheFastPath()
    {
        var value = Gen.String[Gen.Char['a', 'z'], 1, 40];
        Gen.Select(value, value, value).Sample((input, waId, id) =>
        {
            Assert.True(SendMessageResultReader.TryReadCanonical(Answer(input, waId, id, "accepted", relaxed: true), out var result));
            Assert.Equal(new SendAnswer(id, waId, input, MessageStatus.Accepted), result);
        }, iter: 500);
    }

    [Fact]
    public void Read_EveryTruncationOfTheAnswer_ThrowsJsonException()
    {
        var body = Encoding.UTF8.GetBytes(Canonical);
        for (var length = 0; length < body.Length; length++)
        {
            var prefix = body.AsSpan(0, length).ToArray();
            Assert.ThrowsAny<JsonException>(() => SendMessageResultReader.Read(prefix, Ok));
        }
    }

    [Theory]
    [InlineData("""{"messaging_product":"whatsapp","contacts":[{"input":"+16505551234","wa_id":"16505551234"}],"messages":[{"id":"wamid.A"}]}x""")]
    [InlineData("""{"messaging_product":"whatsapp","contacts":[{"input":"+16505551234","wa_id":"16505551234"}],"messages":[]}""")]
    [InlineData("""{"messaging_product":"whatsapp","contacts":[{"input":"+16505551234","wa_id":"16505551234"}],"messages":[{"id":"wamid.	A"}]}""")]
    public void Read_InvalidAnswer_ThrowsJsonException(string answer)
    {
        var body = Encoding.UTF8.GetBytes(answer);

        Assert.ThrowsAny<JsonException>(() => SendMessageResultReader.Read(body, Ok));
    }

    private static SendAnswer Values(SendMessageResult result) =>
        new(result.MessageId, result.WaId, result.Input, result.MessageStatus, result.UserId, result.GroupId);

    private static byte[] Answer(string input, string waId, string id, string status, bool relaxed)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = relaxed ? JavaScriptEncoder.UnsafeRelaxedJsonEscaping : null }))
        {
            writer.WriteStartObject();
            writer.WriteString("messaging_product", "whatsapp");
            writer.WriteStartArray("contacts");
            writer.WriteStartObject();
            writer.WriteString("input", input);
            writer.WriteString("wa_id", waId);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteStartArray("messages");
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("message_status", status);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }
}
