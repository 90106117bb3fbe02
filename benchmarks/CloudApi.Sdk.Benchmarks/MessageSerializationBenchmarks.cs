using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using CloudApi.Sdk.Http;
using CloudApi.Sdk.Messages;

namespace CloudApi.Sdk.Benchmarks;

/// <summary>
/// (c) Serialization of each outbound message type: the request body written by <see cref="MessageRequestWriter"/> into a
/// pooled buffer with a reused <see cref="Utf8JsonWriter"/> (what <c>PooledJsonContent</c> does for every send), next to the
/// baseline <see cref="JsonSerializer"/> with a source-generated DTO of the same text message into the same kind of buffer.
/// Run: dotnet run -c Release --project benchmarks/CloudApi.Sdk.Benchmarks -- --filter '*MessageSerialization*' --job short
/// </summary>
[MemoryDiagnoser]
public class MessageSerializationBenchmarks
{
    private const string To = "+16505551234";
    private static readonly WhatsAppRecipient Recipient = WhatsAppRecipient.Parse(To);

    private Utf8JsonWriter _writer = null!;
    private readonly TextRequestDto _textDto = new()
    {
        To = To,
        Text = new TextBodyDto { Body = "Your order #4521 has shipped: https://x.com/track/4521", PreviewUrl = true },
    };

    private JsonDocument _flowData = null!;
    private WhatsAppMessage _text = null!;
    private WhatsAppMessage _image = null!;
    private WhatsAppMessage _document = null!;
    private WhatsAppMessage _audio = null!;
    private WhatsAppMessage _sticker = null!;
    private WhatsAppMessage _location = null!;
    private WhatsAppMessage _contacts = null!;
    private WhatsAppMessage _reaction = null!;
    private WhatsAppMessage _buttons = null!;
    private WhatsAppMessage _list = null!;
    private WhatsAppMessage _ctaUrl = null!;
    private WhatsAppMessage _flow = null!;
    private WhatsAppMessage _locationRequest = null!;
    private WhatsAppMessage _product = null!;
    private WhatsAppMessage _productList = null!;
    private WhatsAppMessage _catalog = null!;
    private WhatsAppMessage _template = null!;
    private WhatsAppMessage _templateNamed = null!;
    private WhatsAppMessage _carousel = null!;
    private WhatsAppMessage _otp = null!;

    [GlobalSetup]
    public void Setup()
    {
        _writer = CreateWriter();
        _flowData = JsonDocument.Parse("""{"order_id":"4521","items":2}""");
        _text = new TextMessage(_textDto.Text.Body) { PreviewUrl = true };
        _image = new ImageMessage(MediaSource.FromId("1479537139650973")) { Caption = "Your order, packed and ready" };
        _document = new DocumentMessage(MediaSource.FromLink(new Uri("https://files.example.com/invoices/4521.pdf"))) { Caption = "Invoice #4521", Filename = "invoice-4521.pdf" };
        _audio = new AudioMessage(MediaSource.FromId("1037543291543636")) { Voice = true };
        _sticker = new StickerMessage(MediaSource.FromId("1037543291543637"));
        _location = new LocationMessage(37.44, -122.16) { Name = "Philz Coffee", Address = "101 Forest Ave, Palo Alto, CA 94301" };
        _contacts = new ContactsMessage(new Contact(new ContactName("Ana Ruiz") { FirstName = "Ana", LastName = "Ruiz" })
        {
            Phones = [new ContactPhone("+1 650 555 1234") { Type = ContactPhoneType.Cell, WaId = "16505551234" }],
            Emails = [new ContactEmail("ana@example.com") { Type = ContactInfoType.Work }],
            Urls = [new ContactUrl("https://example.com") { Type = ContactInfoType.Work }],
            Addresses =
            [
                new ContactAddress
                {
                    Street = "1 Hacker Way", City = "Menlo Park", State = "CA", Zip = "94025", Country = "United States", CountryCode = "US",
                    Type = ContactInfoType.Work,
                },
            ],
            Organization = new ContactOrganization { Company = "Lucky Shrub", Department = "Sales", Title = "Manager" },
            Birthday = new DateOnly(1990, 1, 31),
        });
        _reaction = new ReactionMessage("wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA", "\U0001F44D");
        _buttons = new InteractiveButtonsMessage("Your delivery is scheduled for tomorrow, 9-12. Does that work?",
            new ReplyButton("keep", "Keep it"), new ReplyButton("change", "Change time"), new ReplyButton("cancel", "Cancel"))
        {
            Header = InteractiveHeader.FromImage(MediaSource.FromId("1479537139650973")),
            Footer = "Lucky Shrub",
        };
        _list = new InteractiveListMessage("Choose a shipping option for order #4521.", "Options",
            new ListSection(Enumerable.Range(0, 5).Select(i => new ListRow($"fast-{i}", $"Express {i}") { Description = "1-2 business days" })) { Title = "Fast" },
            new ListSection(Enumerable.Range(0, 5).Select(i => new ListRow($"cheap-{i}", $"Standard {i}") { Description = "5-7 business days" })) { Title = "Cheap" })
        {
            Header = "Shipping",
            Footer = "Prices include tax",
        };
        _ctaUrl = new InteractiveCtaUrlMessage("Tap below to see available dates.", "See dates", new Uri("https://example.com/dates?id=4521")) { Footer = "Lucky Shrub" };
        _flow = new InteractiveFlowMessage("Book a table in two taps.", FlowReference.FromId("1234567890"), "Book now")
        {
            Action = FlowAction.Navigate("WELCOME", _flowData.RootElement),
            FlowToken = "session-4521",
            Header = InteractiveHeader.FromText("Bookings"),
        };
        _locationRequest = new LocationRequestMessage("Where should we deliver your order?");
        _product = new ProductMessage("367025965434465", "SKU-4521") { Body = "Back in stock!", Footer = "Limited quantities" };
        _productList = new ProductListMessage("Our picks for you", "Have a look at these.", "367025965434465",
            Enumerable.Range(0, 3).Select(s => new ProductSection(Enumerable.Range(0, 10).Select(i => $"SKU-{s}-{i}")) { Title = $"Section {s}" }));
        _catalog = new CatalogMessage("Browse our full catalog.") { ThumbnailProductRetailerId = "SKU-4521", Footer = "New arrivals weekly" };
        _template = new TemplateMessage("order_update", "en_US",
            TemplateComponent.Header(TemplateParameter.Text("Jane")),
            TemplateComponent.Body(TemplateParameter.Text("4521"), TemplateParameter.Currency("$100.99", "USD", 100990), TemplateParameter.DateTime("Feb 25, 2027")),
            TemplateComponent.QuickReplyButton(0, "STOP"),
            TemplateComponent.UrlButton(1, "track/4521"));
        _templateNamed = new TemplateMessage("reservation_confirmation", "en_US",
            TemplateComponent.Body(TemplateParameter.Text("Jane", "first_name"), TemplateParameter.Text("4", "guests"), TemplateParameter.Text("Aug 30", "date")));
        _carousel = new TemplateMessage("summer_carousel", "en_US",
            TemplateComponent.Body(TemplateParameter.Text("Jane")),
            TemplateComponent.Carousel(Enumerable.Range(0, 3).Select(i => new TemplateCarouselCard(i,
                TemplateComponent.Header(TemplateParameter.Image(MediaSource.FromId($"14795371396509{i}"))),
                TemplateComponent.Body(TemplateParameter.Text($"{(i + 1) * 10}%")),
                TemplateComponent.QuickReplyButton(0, $"card-{i}")))));
        _otp = TemplateMessage.Authentication("login_code", "en_US", "482913");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _flowData.Dispose();
        _writer.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Text: JsonSerializer + source-generated DTO")]
    public int TextSourceGeneratedDto()
    {
        using var buffer = new PooledBufferWriter();
        _writer.Reset(buffer);
        JsonSerializer.Serialize(_writer, _textDto, BenchmarkJsonContext.Default.TextRequestDto);
        _writer.Flush();
        return buffer.WrittenCount;
    }

    [Benchmark(Description = "Text")]
    public int Text() => Write(_text);

    [Benchmark(Description = "Text via PooledJsonContent (client path)")]
    public long TextPooledJsonContent()
    {
        using var content = PooledJsonContent.Create(_text, static (writer, message) => MessageRequestWriter.WriteSend(writer, Recipient, message, null));
        return content.Bytes.Length;
    }

    [Benchmark(Description = "Image (id, caption)")]
    public int Image() => Write(_image);

    [Benchmark(Description = "Document (link, caption, filename)")]
    public int Document() => Write(_document);

    [Benchmark(Description = "Audio (voice)")]
    public int Audio() => Write(_audio);

    [Benchmark(Description = "Sticker")]
    public int Sticker() => Write(_sticker);

    [Benchmark(Description = "Location")]
    public int Location() => Write(_location);

    [Benchmark(Description = "Contacts (full card)")]
    public int Contacts() => Write(_contacts);

    [Benchmark(Description = "Reaction")]
    public int Reaction() => Write(_reaction);

    [Benchmark(Description = "Reply buttons (3, image header)")]
    public int Buttons() => Write(_buttons);

    [Benchmark(Description = "List (2 sections, 10 rows)")]
    public int List() => Write(_list);

    [Benchmark(Description = "CTA URL")]
    public int CtaUrl() => Write(_ctaUrl);

    [Benchmark(Description = "Flow (navigate + data)")]
    public int Flow() => Write(_flow);

    [Benchmark(Description = "Location request")]
    public int LocationRequest() => Write(_locationRequest);

    [Benchmark(Description = "Product")]
    public int Product() => Write(_product);

    [Benchmark(Description = "Product list (3 x 10)")]
    public int ProductList() => Write(_productList);

    [Benchmark(Description = "Catalog")]
    public int Catalog() => Write(_catalog);

    [Benchmark(Description = "Template (header, 3 body params, 2 buttons)")]
    public int Template() => Write(_template);

    [Benchmark(Description = "Template (3 named params)")]
    public int TemplateNamed() => Write(_templateNamed);

    [Benchmark(Description = "Template carousel (3 cards)")]
    public int Carousel() => Write(_carousel);

    [Benchmark(Description = "Template authentication (OTP)")]
    public int Otp() => Write(_otp);

    /// <summary>A writer configured like the client's (<c>PooledJsonContent</c>): reused, validation skipped.</summary>
    private static Utf8JsonWriter CreateWriter() => new(Stream.Null, PooledJsonContent.WriterOptions);

    private int Write(WhatsAppMessage message)
    {
        using var buffer = new PooledBufferWriter();
        _writer.Reset(buffer);
        MessageRequestWriter.WriteSend(_writer, Recipient, message, null);
        _writer.Flush();
        return buffer.WrittenCount;
    }
}

/// <summary>The request body of a text send as a plain DTO: the naive way, for the baseline.</summary>
internal sealed class TextRequestDto
{
    public string MessagingProduct { get; init; } = "whatsapp";

    public string RecipientType { get; init; } = "individual";

    public required string To { get; init; }

    public string Type { get; init; } = "text";

    public required TextBodyDto Text { get; init; }
}

internal sealed class TextBodyDto
{
    public required string Body { get; init; }

    public bool PreviewUrl { get; init; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TextRequestDto))]
internal sealed partial class BenchmarkJsonContext : JsonSerializerContext
{
}
