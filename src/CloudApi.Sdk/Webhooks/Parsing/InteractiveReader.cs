using System.Text;
using System.Text.Json;

namespace CloudApi.Sdk.Webhooks.Parsing;

/// <summary>Reads an inbound <c>interactive</c> object: a button, list or flow reply; <see langword="null"/> for another kind.</summary>
internal static class InteractiveReader
{
    private const int ButtonReply = 1, ListReply = 2, FlowReply = 3;

    public static InboundMessage? Read(ref Utf8JsonReader reader)
    {
        if (!JsonRead.StartObject(ref reader))
        {
            return null;
        }

        var declared = 0;
        var found = 0;
        string? id = null, title = null, description = null, name = null, body = null, responseJson = null;
        while (JsonRead.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                declared = reader.TokenType != JsonTokenType.String ? -1
                    : reader.ValueTextEquals("button_reply"u8) ? ButtonReply
                    : reader.ValueTextEquals("list_reply"u8) ? ListReply
                    : reader.ValueTextEquals("nfm_reply"u8) ? FlowReply
                    : -1;
                reader.Skip();
            }
            else if (reader.ValueTextEquals("button_reply"u8) || reader.ValueTextEquals("list_reply"u8) || reader.ValueTextEquals("nfm_reply"u8))
            {
                var kind = reader.ValueTextEquals("button_reply"u8) ? ButtonReply : reader.ValueTextEquals("list_reply"u8) ? ListReply : FlowReply;
                if (!JsonRead.StartObject(ref reader))
                {
                    continue;
                }

                found = kind;
                while (JsonRead.NextProperty(ref reader))
                {
                    if (reader.ValueTextEquals("id"u8))
                    {
                        id = JsonRead.String(ref reader);
                    }
                    else if (reader.ValueTextEquals("title"u8))
                    {
                        title = JsonRead.String(ref reader);
                    }
                    else if (reader.ValueTextEquals("description"u8))
                    {
                        description = JsonRead.String(ref reader);
                    }
                    else if (reader.ValueTextEquals("name"u8))
                    {
                        name = JsonRead.String(ref reader);
                    }
                    else if (reader.ValueTextEquals("body"u8))
                    {
                        body = JsonRead.String(ref reader);
                    }
                    else if (reader.ValueTextEquals("response_json"u8))
                    {
                        responseJson = JsonRead.String(ref reader);
                    }
                    else
                    {
                        JsonRead.SkipValue(ref reader);
                    }
                }
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        if (declared != found)
        {
            return null;
        }

        return found switch
        {
            ButtonReply when id is not null => new ButtonReplyReceived { ReplyId = id, Title = title },
            ListReply when id is not null => new ListReplyReceived { ReplyId = id, Title = title, Description = description },
            FlowReply when responseJson is not null => new FlowReplyReceived { Name = name, Body = body, ResponseJson = responseJson, FlowToken = FlowToken(responseJson) },
            _ => null,
        };
    }

    /// <summary>The top-level <c>flow_token</c> of a flow response, if it is a JSON object holding one.</summary>
    private static string? FlowToken(string responseJson)
    {
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(responseJson));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (JsonRead.NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("flow_token"u8))
                {
                    return JsonRead.String(ref reader);
                }

                JsonRead.SkipValue(ref reader);
            }

            return null;
        }
        catch (JsonException)
        {
            return null; // The response is the flow's business; a malformed one still reaches the handler whole.
        }
    }
}
