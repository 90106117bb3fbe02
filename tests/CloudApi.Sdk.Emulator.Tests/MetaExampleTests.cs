using System.Net;
using System.Text.Json.Nodes;
using CloudApi.Sdk.Emulator.Tests.Infrastructure;

namespace CloudApi.Sdk.Emulator.Tests;

/// <summary>Every example body of <c>POST /{Phone-Number-ID}/messages</c> in Meta's OpenAPI spec is accepted.</summary>
public sealed class MetaExampleTests
{
    public static TheoryData<string> Examples => new(MetaExamples.Files());

    [Fact]
    public void Folder_HoldsMetasFiftyExamples()
    {
        Assert.Equal(50, MetaExamples.Files().Count());
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Send_MetaDocumentedExample_IsAccepted(string file)
    {
        await using var harness = await EmulatorHarness.StartAsync(o => o.RequireKnownTemplates = true);
        var json = await MetaExamples.PrepareAsync(harness, file);
        var sent = JsonNode.Parse(json)!;

        using var response = await harness.SendAsync(json);

        var answer = await EmulatorHarness.JsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file} -> {(int)response.StatusCode} {answer.ToJsonString()}");
        if (sent["status"] is not null)
        {
            JsonAssert.Equal("""{"success":true}""", answer);
            Assert.Empty(harness.Emulator.Messages);
            return;
        }

        var message = Assert.Single(harness.Emulator.Messages);
        Assert.StartsWith("wamid.", message.Id, StringComparison.Ordinal);
        var to = sent["to"]!.GetValue<string>();
        var status = sent["type"]?.GetValue<string>() == "template" ? ""","message_status":"accepted" """ : string.Empty;
        JsonAssert.Equal(
            $$"""{"messaging_product":"whatsapp","contacts":[{"input":"{{to}}","wa_id":"{{new string(to.Where(char.IsAsciiDigit).ToArray())}}"}],"messages":[{"id":"{{message.Id}}"{{status}}}]}""",
            answer);
    }
}
