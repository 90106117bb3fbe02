using System.Text.Json.Nodes;

namespace CloudApi.Sdk.Emulator.State;

/// <summary>A few built-in templates of Meta's template library (utility and authentication), in <c>en_US</c>.</summary>
internal static class TemplateLibrary
{
    public static IReadOnlyList<LibraryEntry> All { get; } =
    [
        new("700000000000001", "delivery_update_1", "UTILITY", "ORDER_MANAGEMENT", "SHIPMENT_CONFIRMATION", "E_COMMERCE",
            "Your order is on its way", "Good news! Your order {{1}} has shipped and arrives on {{2}}.", ["#12345", "May 4"],
            [new LibraryButton("URL", "Track order", "https://www.example.com/track/{{1}}", null)]),
        new("700000000000002", "payment_reminder_1", "UTILITY", "PAYMENTS", "PAYMENT_REMINDER", "FINANCIAL_SERVICES",
            null, "Hi {{1}}, a payment of {{2}} is due on {{3}}.", ["Ana", "$25.00", "June 1"],
            [new LibraryButton("PHONE_NUMBER", "Call us", null, "+15550051310")]),
        new("700000000000003", "account_creation_confirmation_1", "UTILITY", "ACCOUNT_UPDATES", "ACCOUNT_CREATION_CONFIRMATION", "E_COMMERCE",
            "Welcome", "Hi {{1}}, your account was created. Thank you for joining us.", ["Ana"], []),
        new("700000000000004", "verify_code_1", "AUTHENTICATION", "ACCOUNT_UPDATES", "VERIFICATION", "E_COMMERCE",
            null, "{{1}} is your verification code.", ["123456"], [new LibraryButton("OTP", "Copy code", null, null)]),
    ];

    public static LibraryEntry? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}

/// <summary>One library template.</summary>
internal sealed record LibraryEntry(
    string Id, string Name, string Category, string Topic, string Usecase, string Industry, string? Header, string Body, string[] BodyParams, LibraryButton[] Buttons)
{
    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["name"] = Name,
            ["language"] = "en_US",
            ["category"] = Category,
            ["topic"] = Topic,
            ["usecase"] = Usecase,
            ["industry"] = Industry,
        };
        if (Header is not null)
        {
            json["header"] = Header;
        }

        json["body"] = Body;
        json["body_params"] = new JsonArray([.. BodyParams.Select(p => (JsonNode)p)]);
        if (Buttons.Length > 0)
        {
            json["buttons"] = new JsonArray([.. Buttons.Select(b => (JsonNode)b.ToJson())]);
        }

        json["id"] = Id;
        return json;
    }
}

/// <summary>A library template's button.</summary>
internal sealed record LibraryButton(string Type, string Text, string? Url, string? PhoneNumber)
{
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = Type, ["text"] = Text };
        if (Url is not null)
        {
            json["url"] = Url;
        }

        if (PhoneNumber is not null)
        {
            json["phone_number"] = PhoneNumber;
        }

        return json;
    }
}
