using System.Text;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.AspNetCore.Tests.Infrastructure;

/// <summary>Webhook bodies in the reference's shapes (section 9).</summary>
internal static class Payloads
{
    public static string Text(string id, string body, string from = "16505551234") => $$$"""
        {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp",
          "metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
          "contacts":[{"profile":{"name":"Sheena"},"wa_id":"{{{from}}}"}],
          "messages":[{"from":"{{{from}}}","id":"{{{id}}}","timestamp":"1749416383","type":"text","text":{"body":"{{{body}}}"}}]},"field":"messages"}]}]}
        """;

    public static string Statuses(params (string Id, string Status)[] statuses) => $$$"""
        {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp",
          "metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
          "statuses":[{{{string.Join(",", statuses.Select(s => $$"""{"id":"{{s.Id}}","status":"{{s.Status}}","timestamp":"1739321024","recipient_id":"16505551234"}"""))}}}]},"field":"messages"}]}]}
        """;

    public static string TwoTexts(string firstId, string secondId) => $$$"""
        {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp",
          "metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
          "messages":[{"from":"1","id":"{{{firstId}}}","timestamp":"1","type":"text","text":{"body":"first"}},
                      {"from":"1","id":"{{{secondId}}}","timestamp":"2","type":"text","text":{"body":"second"}}]},"field":"messages"}]}]}
        """;

    /// <summary>A body with one of everything, for mutation tests and the benchmark's sanity.</summary>
    public const string Kitchen = """
        {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","time":1739321024,"changes":[
          {"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
            "contacts":[{"profile":{"name":"Sheena"},"wa_id":"16505551234"}],
            "messages":[
              {"from":"16505551234","id":"wamid.1","timestamp":"1749416383","type":"text","text":{"body":"hi"},"context":{"from":"15550783881","id":"wamid.0"}},
              {"from":"16505551234","id":"wamid.2","timestamp":"1749416383","type":"image","image":{"caption":"c","mime_type":"image/jpeg","sha256":"s","id":"m1"}},
              {"from":"16505551234","id":"wamid.3","timestamp":"1749416383","type":"interactive","interactive":{"type":"nfm_reply","nfm_reply":{"name":"flow","body":"Sent","response_json":"{\"flow_token\":\"t\"}"}}},
              {"from":"16505551234","id":"wamid.4","timestamp":"1749416383","type":"order","order":{"catalog_id":"c","product_items":[{"product_retailer_id":"p","quantity":1,"item_price":2.5,"currency":"EUR"}]}},
              {"from":"16505551234","id":"wamid.5","timestamp":"1749416383","type":"contacts","contacts":[{"name":{"formatted_name":"A"},"phones":[{"phone":"1","type":"CELL"}]}]},
              {"from":"16505551234","id":"wamid.6","timestamp":"1749416383","type":"unsupported","errors":[{"code":131051,"title":"t","error_data":{"details":"d"}}]},
              {"from":"16505551234","id":"wamid.7","timestamp":"1749416383","type":"location","location":{"latitude":1.5,"longitude":2.5}},
              {"from":"16505551234","id":"wamid.8","timestamp":"1749416383","type":"system","system":{"body":"b","type":"user_changed_number","wa_id":"2"}},
              {"from":"16505551234","id":"wamid.9","timestamp":"1749416383","type":"reaction","reaction":{"message_id":"wamid.1","emoji":"x"},"referral":{"source_type":"ad","ctwa_clid":"c"}}],
            "statuses":[{"id":"wamid.S","status":"failed","timestamp":"1","recipient_id":"1","errors":[{"code":131049,"title":"t"}],
              "conversation":{"id":"c","origin":{"type":"marketing"}},"pricing":{"billable":true,"pricing_model":"PMP","category":"marketing"}}],
            "errors":[{"code":131000,"title":"x"}]},"field":"messages"},
          {"value":{"event":"APPROVED","message_template_id":1,"message_template_name":"n","message_template_language":"en","reason":"NONE"},"field":"message_template_status_update"},
          {"value":{"event":"ACCOUNT_RESTRICTION","restriction_info":[{"restriction_type":"R","expiration":1}]},"field":"account_update"},
          {"value":{"entity_type":"BUSINESS","entity_id":"1","alert_info":{"alert_severity":"WARNING"}},"field":"account_alerts"},
          {"value":{"messaging_product":"whatsapp","user_preferences":[{"wa_id":"1","category":"marketing_messages","value":"stop","timestamp":1}]},"field":"user_preferences"},
          {"value":{"anything":[1,2,3]},"field":"brand_new_field"}]}]}
        """;

    public static byte[] Bytes(string json) => Encoding.UTF8.GetBytes(json);

    public static string Sign(byte[] body, string secret) => WebhookSignature.Compute(body, secret);
}
