using System.Text.Json.Nodes;

namespace CloudApi.Sdk.Emulator.Tests.Infrastructure;

/// <summary>Compares JSON as JSON (property order and white space do not matter), with a readable failure.</summary>
public static class JsonAssert
{
    public static void Equal(string expectedJson, JsonNode? actual)
    {
        var expected = JsonNode.Parse(expectedJson);
        if (!JsonNode.DeepEquals(expected, actual))
        {
            Assert.Fail($"JSON differs.\nExpected: {expected?.ToJsonString()}\nActual:   {actual?.ToJsonString()}");
        }
    }
}
