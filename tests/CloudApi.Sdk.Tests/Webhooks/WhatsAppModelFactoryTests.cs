using System.Collections;
using System.Reflection;
using CloudApi.Sdk.Templates;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.Tests.Webhooks;

public sealed class WhatsAppModelFactoryTests
{
    private static readonly MethodInfo[] FactoryMethods = typeof(WhatsAppModelFactory).GetMethods(BindingFlags.Public | BindingFlags.Static);

    private static readonly Type[] WebhookModels = [.. typeof(WebhookEvent).Assembly.GetExportedTypes()
        .Where(type => type.Namespace == typeof(WebhookEvent).Namespace && type.IsClass && !type.IsAbstract && !typeof(Exception).IsAssignableFrom(type))
        .Where(type => !(type.IsAbstract && type.IsSealed)) // static classes: the parser, signatures, field names
        .OrderBy(type => type.Name, StringComparer.Ordinal)];

    public static TheoryData<string> WebhookModelNames() => [.. WebhookModels.Select(type => type.Name)];

    [Fact]
    public void WebhookModels_HaveNoPublicConstructorsNorSetters()
    {
        Assert.All(WebhookModels.Append(typeof(WebhookEvent)).Append(typeof(InboundMessage)).Append(typeof(MediaMessageReceived))
            .Append(typeof(CallEvent)).Append(typeof(GroupEvent)), type =>
        {
            Assert.Empty(type.GetConstructors());
            Assert.All(type.GetProperties(), property => Assert.False(property.SetMethod?.IsPublic ?? false, $"{type.Name}.{property.Name} has a public setter"));
        });
    }

    [Theory]
    [MemberData(nameof(WebhookModelNames))]
    public void Factory_EveryWebhookModel_BuildsItWithEveryValueGiven(string typeName)
    {
        var type = WebhookModels.Single(t => t.Name == typeName);
        var method = Assert.Single(FactoryMethods, m => m.ReturnType == type);
        var parameters = method.GetParameters();
        Assert.All(parameters, parameter => Assert.True(parameter.IsOptional, $"{parameter.Name} is not optional"));
        var settable = type.GetProperties().Where(property => property.SetMethod is not null || IsAutoProperty(type, property)).Select(property => property.Name.ToUpperInvariant());
        Assert.Equal(settable.Order(), parameters.Select(parameter => parameter.Name!.ToUpperInvariant()).Order());

        var arguments = parameters.Select(parameter => SampleFor(parameter.ParameterType, parameter.Name!)).ToArray();
        var model = method.Invoke(null, arguments)!;

        foreach (var (parameter, argument) in parameters.Zip(arguments))
        {
            var actual = type.GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)!.GetValue(model);
            if (argument is IEnumerable items and not string)
            {
                Assert.Equal(items.Cast<object>(), ((IEnumerable)actual!).Cast<object>());
            }
            else
            {
                Assert.Equal(argument, actual);
            }
        }
    }

    [Fact]
    public void Factory_NoArguments_DefaultsAsTheParserWould()
    {
        var text = WhatsAppModelFactory.TextMessageReceived();
        var status = WhatsAppModelFactory.MessageStatusUpdate();
        var template = WhatsAppModelFactory.TemplateStatusUpdate();
        var unknown = WhatsAppModelFactory.UnknownWebhookEvent();

        Assert.Equal((string.Empty, string.Empty, "text", WebhookFields.Messages), (text.Id, text.Body, text.Type, text.Field));
        Assert.Empty(text.Contacts);
        Assert.Empty(text.Errors);
        Assert.Null(text.Sender);
        Assert.Equal(WebhookFields.Messages, status.Field);
        Assert.Equal(WebhookFields.TemplateStatusUpdate, template.Field);
        Assert.Null(template.Event);
        Assert.Equal("null", unknown.ValueJson);
        Assert.Equal("whatsapp_business_account", WhatsAppModelFactory.WebhookNotification().ObjectType);
    }

    [Fact]
    public void Factory_MessageWithContacts_FindsTheSenderAndPhoneNumberId()
    {
        var sender = WhatsAppModelFactory.WebhookContact(waId: "16505551234", name: "Ana");
        var image = WhatsAppModelFactory.ImageMessageReceived(
            id: "wamid.2", from: "16505551234", mediaId: "media-1", caption: "look",
            metadata: WhatsAppModelFactory.WebhookMetadata("15550783881", "1065"),
            contacts: [WhatsAppModelFactory.WebhookContact(waId: "other"), sender]);
        var update = WhatsAppModelFactory.TemplateStatusUpdate(@event: "approved", templateName: "order_update");

        Assert.Same(sender, image.Sender);
        Assert.Equal("1065", image.PhoneNumberId);
        Assert.Equal("image", image.Type);
        Assert.Equal(TemplateStatus.Approved, update.Event);
    }

    private static bool IsAutoProperty(Type type, PropertyInfo property) =>
        type.GetField($"<{property.Name}>k__BackingField", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

    private static object? SampleFor(Type type, string name)
    {
        var nullable = Nullable.GetUnderlyingType(type);
        if (nullable is not null)
        {
            return SampleFor(nullable, name);
        }

        if (type == typeof(string))
        {
            return "sample-" + name;
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal))
        {
            return Convert.ChangeType(7, type, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type == typeof(DateTimeOffset))
        {
            return DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            var element = type.GetGenericArguments()[0];
            var array = Array.CreateInstance(element, 1);
            array.SetValue(SampleFor(element, name), 0);
            return array;
        }

        if (type.GetMethod("op_Implicit", [typeof(string)]) is { } fromString)
        {
            return fromString.Invoke(null, ["SAMPLE_" + name.ToUpperInvariant()]);
        }

        if (type == typeof(TimeSpan))
        {
            return TimeSpan.FromSeconds(7);
        }

        if (type == typeof(WebhookEvent) || type == typeof(InboundMessage))
        {
            return WhatsAppModelFactory.TextMessageReceived(id: "wamid.sample");
        }

        var factory = Assert.Single(FactoryMethods, m => m.ReturnType == type);
        return factory.Invoke(null, [.. factory.GetParameters().Select(_ => Type.Missing)]);
    }
}
