using System.Net;
using CloudApi.Sdk.Emulator.Tests.Infrastructure;

namespace CloudApi.Sdk.Emulator.Tests;

public sealed class ValidationTests
{
    private static string Message(string typeAndObject) =>
        $$"""{"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234",{{typeAndObject}}}""";

    public static TheoryData<string> ValidMessages => new()
    {
        """ "type":"text","text":{"body":"Hi https://x.com","preview_url":true} """,
        """ "type":"image","image":{"id":"1479537139650973","caption":"c"} """,
        """ "type":"video","video":{"link":"https://host/v.mp4","caption":"c"} """,
        """ "type":"document","document":{"id":"1","caption":"c","filename":"invoice.pdf"} """,
        """ "type":"audio","audio":{"id":"1","voice":true} """,
        """ "type":"sticker","sticker":{"id":"1"} """,
        """ "type":"location","location":{"latitude":37.44,"longitude":-122.16,"name":"Philz","address":"101 Forest Ave"} """,
        """ "type":"contacts","contacts":[{"name":{"formatted_name":"Ana Ruiz","first_name":"Ana"},"phones":[{"phone":"+1 650 555 1234","type":"CELL","wa_id":"16505551234"}],"emails":[{"email":"a@x.com","type":"WORK"}],"org":{"company":"X"},"birthday":"1990-01-31"}] """,
        """ "type":"reaction","reaction":{"message_id":"wamid.X","emoji":""} """,
        """ "type":"interactive","interactive":{"type":"button","header":{"type":"image","image":{"id":"1"}},"body":{"text":"b"},"footer":{"text":"f"},"action":{"buttons":[{"type":"reply","reply":{"id":"change","title":"Change"}},{"type":"reply","reply":{"id":"keep","title":"Keep"}}]}} """,
        """ "type":"interactive","interactive":{"type":"list","header":{"type":"text","text":"h"},"body":{"text":"b"},"action":{"button":"Options","sections":[{"title":"Fast","rows":[{"id":"exp","title":"Express","description":"1-2 days"}]},{"title":"Slow","rows":[{"id":"std","title":"Standard"}]}]}} """,
        """ "type":"interactive","interactive":{"type":"cta_url","body":{"text":"b"},"action":{"name":"cta_url","parameters":{"display_text":"See dates","url":"https://x.com/?id=1"}}} """,
        """ "type":"interactive","interactive":{"type":"cta_url","header":{"type":"image","image":{"link":"https://x.com/h.png"}},"body":{"text":"b"},"action":{"name":"cta_url","parameters":{"display_text":"See dates","url":"https://x.com/?id=1"}}} """,
        """ "type":"template","template":{"name":"t","language":{"code":"en_US"},"components":[{"type":"button","sub_type":"quick_reply","index":0,"parameters":[{"type":"text","text":true}]},{"type":"button","sub_type":"url","index":1,"parameters":[{"type":"text","text":42}]}]} """,
        """ "type":"interactive","interactive":{"type":"flow","body":{"text":"b"},"action":{"name":"flow","parameters":{"flow_message_version":"3","flow_token":"t","flow_id":"123","flow_cta":"Open","flow_action":"navigate","flow_action_payload":{"screen":"WELCOME","data":{"k":"v"}}}}} """,
        """ "type":"interactive","interactive":{"type":"location_request_message","body":{"text":"b"},"action":{"name":"send_location"}} """,
        """ "type":"interactive","interactive":{"type":"call_permission_request","body":{"text":"May we call you about your order?"},"action":{"name":"call_permission_request"}} """,
        """ "type":"interactive","interactive":{"type":"product","body":{"text":"b"},"action":{"catalog_id":"367025965434465","product_retailer_id":"SKU1"}} """,
        """ "type":"interactive","interactive":{"type":"product_list","header":{"type":"text","text":"h"},"body":{"text":"b"},"action":{"catalog_id":"1","sections":[{"title":"A","product_items":[{"product_retailer_id":"SKU1"}]}]}} """,
        """ "type":"interactive","interactive":{"type":"catalog_message","body":{"text":"b"},"action":{"name":"catalog_message","parameters":{"thumbnail_product_retailer_id":"SKU1"}}} """,
        """ "type":"template","template":{"name":"order_update","language":{"code":"en_US"},"components":[{"type":"header","parameters":[{"type":"image","image":{"id":"1"}}]},{"type":"body","parameters":[{"type":"text","text":"4"},{"type":"currency","currency":{"fallback_value":"$100.99","code":"USD","amount_1000":100990}},{"type":"date_time","date_time":{"fallback_value":"Feb 25, 1977"}}]},{"type":"button","sub_type":"quick_reply","index":"0","parameters":[{"type":"payload","payload":"STOP"}]},{"type":"button","sub_type":"copy_code","index":0,"parameters":[{"type":"coupon_code","coupon_code":"25OFF"}]},{"type":"button","sub_type":"flow","index":"1","parameters":[{"type":"action","action":{"flow_token":"t"}}]}]} """,
        """ "type":"template","template":{"name":"carousel_t","language":{"code":"en_US"},"components":[{"type":"carousel","cards":[{"card_index":0,"components":[{"type":"header","parameters":[{"type":"image","image":{"id":"1"}}]},{"type":"button","sub_type":"quick_reply","index":0,"parameters":[{"type":"payload","payload":"x"}]}]}]}]} """,
    };

    [Theory]
    [MemberData(nameof(ValidMessages))]
    public async Task Send_EveryDocumentedShape_IsAccepted(string typeAndObject)
    {
        await using var harness = await EmulatorHarness.StartAsync();

        using var response = await harness.SendAsync(Message(typeAndObject.Trim()));

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(""" "type":"text","text":{} """, 131008, "text.body")]
    [InlineData(""" "type":"text","text":{"body":42} """, 100, "text.body")]
    [InlineData(""" "type":"fax","fax":{} """, 100, "type")]
    [InlineData(""" "type":"image","image":{"id":"1","link":"https://x/y.png"} """, 100, "image")]
    [InlineData(""" "type":"audio","audio":{"id":"1","caption":"no"} """, 100, "audio.caption")]
    [InlineData(""" "type":"location","location":{"latitude":91,"longitude":0} """, 100, "location.latitude")]
    [InlineData(""" "type":"contacts","contacts":[{"name":{}}] """, 131008, "contacts[0].name.formatted_name")]
    [InlineData(""" "type":"interactive","interactive":{"type":"button","body":{"text":"b"},"action":{"buttons":[{"type":"reply","reply":{"id":"1","title":"a"}},{"type":"reply","reply":{"id":"2","title":"b"}},{"type":"reply","reply":{"id":"3","title":"c"}},{"type":"reply","reply":{"id":"4","title":"d"}}]}} """, 100, "interactive.action.buttons")]
    [InlineData(""" "type":"interactive","interactive":{"type":"button","body":{"text":"b"},"action":{"buttons":[{"type":"reply","reply":{"id":"1","title":"This title is far too long"}}]}} """, 100, "interactive.action.buttons[0].reply.title")]
    [InlineData(""" "type":"interactive","interactive":{"type":"list","body":{"text":"b"},"action":{"button":"B","sections":[{"rows":[{"id":"1","title":"a"},{"id":"2","title":"b"},{"id":"3","title":"c"},{"id":"4","title":"d"},{"id":"5","title":"e"},{"id":"6","title":"f"}]},{"title":"S","rows":[{"id":"7","title":"a"},{"id":"8","title":"b"},{"id":"9","title":"c"},{"id":"10","title":"d"},{"id":"11","title":"e"}]}]}} """, 131008, "interactive.action.sections[0].title")]
    [InlineData(""" "type":"interactive","interactive":{"type":"cta_url","body":{"text":"b"},"action":{"name":"cta_url","parameters":{"display_text":"Go"}}} """, 131008, "interactive.action.parameters.url")]
    [InlineData(""" "type":"interactive","interactive":{"type":"product_list","body":{"text":"b"},"action":{"catalog_id":"1","sections":[]}} """, 131008, "interactive.header")]
    [InlineData(""" "type":"template","template":{"name":"t"} """, 131008, "template.language")]
    [InlineData(""" "type":"template","template":{"name":"t","language":{"code":"en"},"components":[{"type":"body","parameters":[{"type":"text"}]}]} """, 131008, "template.components[0].parameters[0].text")]
    [InlineData(""" "type":"reaction","reaction":{"message_id":"wamid.X","emoji":"x"},"context":{"message_id":"wamid.Y"} """, 100, "context")]
    [InlineData(""" "type":"interactive","interactive":{"type":"flow","body":{"text":"b"},"action":{"name":"flow","parameters":{"flow_message_version":"2","flow_id":"1","flow_cta":"Open"}}} """, 100, "interactive.action.parameters.flow_message_version")]
    [InlineData(""" "type":"interactive","interactive":{"type":"flow","body":{"text":"b"},"action":{"name":"flow","parameters":{"flow_message_version":"3","flow_id":"1","flow_name":"f","flow_cta":"Open"}}} """, 100, "interactive.action.parameters")]
    [InlineData(""" "type":"interactive","interactive":{"type":"flow","body":{"text":"b"},"action":{"name":"flow","parameters":{"flow_message_version":"3","flow_cta":"Open"}}} """, 131008, "interactive.action.parameters")]
    [InlineData(""" "type":"interactive","interactive":{"type":"call_permission_request","body":{"text":"b"},"action":{"name":"call"}} """, 100, "interactive.action.name")]
    [InlineData(""" "type":"interactive","interactive":{"type":"call_permission_request","action":{"name":"call_permission_request"}} """, 131008, "interactive.body")]
    [InlineData(""" "image":{"id":"1"},"video":{"id":"2"} """, 131008, "type")]
    [InlineData(""" "context":{"message_id":"wamid.Y"} """, 131008, "text")]
    [InlineData(""" "interactive":{"type":"button","body":{"text":"b"},"action":{"buttons":[]}} """, 100, "interactive.action.buttons")]
    [InlineData(""" "context":{},"text":{"body":"x"} """, 131008, "context.message_id")]
    [InlineData(""" "type":"template","template":{"name":"t","language":{"code":"en"},"components":[{"type":"button","sub_type":"url","index":"0","parameters":[{"type":"text","text":{"x":1}}]}]} """, 100, "template.components[0].parameters[0].text")]
    [InlineData(""" "type":"template","template":{"name":"t","language":{"code":"en"},"components":[{"type":"button","sub_type":"url","index":"0","parameters":[{"type":"text"}]}]} """, 131008, "template.components[0].parameters[0].text")]
    [InlineData(""" "type":"template","template":{"name":"t","language":{"code":"en"},"components":[{"type":"body","parameters":[{"type":"text","text":true}]}]} """, 100, "template.components[0].parameters[0].text")]
    public async Task Send_BadShape_ReturnsErrorNamingTheField(string typeAndObject, int code, string field)
    {
        await using var harness = await EmulatorHarness.StartAsync();

        using var response = await harness.SendAsync(Message(typeAndObject.Trim()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await EmulatorHarness.JsonAsync(response))["error"]!;
        Assert.Equal(code, error["code"]!.GetValue<int>());
        Assert.Equal($"(#{code}) ", error["message"]!.GetValue<string>()[..($"(#{code}) ".Length)]);
        Assert.Equal("whatsapp", error["error_data"]!["messaging_product"]!.GetValue<string>());
        Assert.Contains($"Param {field} ", error["error_data"]!["details"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(harness.Emulator.Messages);
        Assert.Equal(1, harness.Emulator.Stats.Total.ErrorCount(code));
    }

    [Theory]
    [InlineData("""{"to":"+16505551234","type":"text","text":{"body":"x"}}""", "messaging_product")]
    [InlineData("""{"messaging_product":"whatsapp","type":"text","text":{"body":"x"}}""", "to")]
    [InlineData("""not json""", "JSON")]
    public async Task Send_MissingEnvelopeFieldOrBadJson_Returns100(string body, string mentioned)
    {
        await using var harness = await EmulatorHarness.StartAsync();

        using var response = await harness.SendAsync(body);

        var error = (await EmulatorHarness.JsonAsync(response))["error"]!;
        Assert.Equal(100, error["code"]!.GetValue<int>());
        Assert.Contains(mentioned, error["error_data"]!["details"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_TextAt4096Accepted_4097Refused()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        Assert.Equal(0, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234", new string('a', 4096))));
        Assert.Equal(100, await harness.SendCodeAsync(EmulatorHarness.Text("+16505551234", new string('a', 4097))));
    }

    [Fact]
    public async Task Send_FlowCtaAt30Accepted_31Refused()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        static string Flow(string cta) => Message(
            """ "type":"interactive","interactive":{"type":"flow","body":{"text":"b"},"action":{"name":"flow","parameters":{"flow_message_version":"3","flow_name":"booking","flow_cta":"CTA"}}} """
                .Trim().Replace("CTA", cta, StringComparison.Ordinal));

        Assert.Equal(0, await harness.SendCodeAsync(Flow(new string('a', 30))));
        Assert.Equal(100, await harness.SendCodeAsync(Flow(new string('a', 31))));
    }

    [Fact]
    public async Task Send_WithoutType_TakesTheOneMessageObjectItHolds()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        Assert.Equal(0, await harness.SendCodeAsync(Message(""" "context":{"message_id":"wamid.Y"},"interactive":{"type":"button","body":{"text":"b"},"action":{"buttons":[{"type":"reply","reply":{"id":"1","title":"a"}}]}} """.Trim())));
        Assert.Equal(0, await harness.SendCodeAsync(Message(""" "text":{"body":"x"} """.Trim())));

        Assert.Equal(["interactive", "text"], harness.Emulator.Messages.Select(m => m.Type));
    }
}
