using System.Text;
using System.Text.Json.Nodes;
using CloudApi.Sdk.AspNetCore.Tests.Infrastructure;
using CloudApi.Sdk.Webhooks;
using CsCheck;

namespace CloudApi.Sdk.AspNetCore.Tests.Parsing;

/// <summary>
/// Mutates valid bodies at random. Byte damage (truncation, flipped bytes) may make the JSON invalid: then only
/// <see cref="WebhookPayloadException"/> may escape. Structural damage (values of another type, dropped properties)
/// keeps the JSON valid: then nothing may escape at all, and no event may be lost.
/// </summary>
public class ParserMutationPropertyTests
{
    private static readonly string[] Seeds =
    [
        Payloads.Kitchen,
        Payloads.Text("wamid.A", "Olá 👋"),
        Payloads.Statuses(("wamid.S", "sent"), ("wamid.S", "read")),
    ];

    private static readonly Gen<(int Seed, int A, int B, byte Value)> Mutation =
        Gen.Select(Gen.Int[0, Seeds.Length - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Byte, (s, a, b, v) => (s, a, b, v));

    [Fact]
    public void Parse_TruncatedBody_ParsesOrThrowsOnlyPayloadException()
    {
        Mutation.Sample(m =>
        {
            var bytes = Encoding.UTF8.GetBytes(Seeds[m.Seed]);
            ParseOrPayloadException(bytes.AsSpan(0, m.A % bytes.Length).ToArray());
        }, iter: 3000);
    }

    [Fact]
    public void Parse_FlippedBytes_ParsesOrThrowsOnlyPayloadException()
    {
        Mutation.Sample(m =>
        {
            var bytes = Encoding.UTF8.GetBytes(Seeds[m.Seed]);
            bytes[m.A % bytes.Length] = m.Value;
            bytes[m.B % bytes.Length] ^= (byte)(1 << (m.Value % 8));
            ParseOrPayloadException(bytes);
        }, iter: 5000);
    }

    [Fact]
    public void Parse_ValueReplacedByAnotherType_NeverThrows()
    {
        Mutation.Sample(m =>
        {
            var root = JsonNode.Parse(Seeds[m.Seed])!;
            var slots = Slots(root);
            var (parent, key, index) = slots[m.A % slots.Count];
            JsonNode? replacement = (m.B % 7) switch
            {
                0 => JsonValue.Create(m.B),
                1 => JsonValue.Create("s" + m.B),
                2 => JsonValue.Create(m.B % 2 == 0),
                3 => null,
                4 => new JsonObject { ["x"] = m.B },
                5 => new JsonArray(1, "two", null),
                _ => JsonValue.Create(-1e300),
            };
            if (key is not null)
            {
                parent[key] = replacement;
            }
            else
            {
                parent.AsArray()[index] = replacement;
            }

            var notification = WhatsAppWebhookParser.Parse(Encoding.UTF8.GetBytes(root.ToJsonString()));
            Assert.NotNull(notification);
        }, iter: 5000);
    }

    [Fact]
    public void Parse_PropertyDropped_NeverThrowsAndKeepsOtherItems()
    {
        Mutation.Sample(m =>
        {
            var root = JsonNode.Parse(Seeds[m.Seed])!;
            var before = WhatsAppWebhookParser.Parse(Encoding.UTF8.GetBytes(Seeds[m.Seed])).Events.Count;
            var slots = Slots(root).Where(s => s.Key is not null && s.Parent is JsonObject).ToList();
            var (parent, key, _) = slots[m.A % slots.Count];
            // Dropping a list of items drops items; a change without "field" is kept whole as one unknown event.
            var droppedItemsWrapper = key is "entry" or "changes" or "messages" or "statuses" or "user_preferences" or "errors" or "value" or "field";
            parent.AsObject().Remove(key!);

            var after = WhatsAppWebhookParser.Parse(Encoding.UTF8.GetBytes(root.ToJsonString())).Events.Count;
            if (!droppedItemsWrapper)
            {
                // Dropping a property inside an item never loses the item: it is read partly, or kept raw.
                Assert.True(before == after, $"Dropping '{key}' changed the event count from {before} to {after}.");
            }
        }, iter: 5000);
    }

    private static void ParseOrPayloadException(byte[] body)
    {
        try
        {
            WhatsAppWebhookParser.Parse(body);
        }
        catch (WebhookPayloadException)
        {
        }
    }

    /// <summary>Every value in the tree below the root, with where it sits.</summary>
    private static List<(JsonNode Parent, string? Key, int Index)> Slots(JsonNode root)
    {
        var slots = new List<(JsonNode, string?, int)>();
        void Walk(JsonNode node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (name, child) in obj.ToList())
                    {
                        slots.Add((obj, name, -1));
                        if (child is not null)
                        {
                            Walk(child);
                        }
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        slots.Add((array, null, i));
                        if (array[i] is { } child)
                        {
                            Walk(child);
                        }
                    }

                    break;
            }
        }

        Walk(root);
        return slots;
    }

    [Fact]
    public void Parse_SeedsThemselves_ParseWithoutUnknownMessages()
    {
        foreach (var seed in Seeds)
        {
            var events = WhatsAppWebhookParser.Parse(Encoding.UTF8.GetBytes(seed)).Events;
            Assert.DoesNotContain(events, e => e is UnknownMessageReceived);
            Assert.NotEmpty(events);
        }
    }
}
