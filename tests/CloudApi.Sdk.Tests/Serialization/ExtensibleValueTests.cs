using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using CloudApi.Sdk.Business;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.PhoneNumbers;
using CloudApi.Sdk.Serialization;
using CloudApi.Sdk.Templates;
using CloudApi.Sdk.Webhooks;

namespace CloudApi.Sdk.Tests.Serialization;

/// <summary>The members the generator adds to every [ExtensibleValue] struct, and their JSON.</summary>
public sealed class ExtensibleValueTests
{
    private static readonly Type[] ValueTypes = [.. typeof(WhatsAppClient).Assembly.GetTypes()
        .Where(type => type.IsValueType && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IExtensibleValue<>)))
        .OrderBy(type => type.FullName, StringComparer.Ordinal)];

    public static TheoryData<string> AllValueTypes() => [.. ValueTypes.Select(type => type.FullName!)];

    [Fact]
    public void Generator_EveryStringBackedStruct_IsAnExtensibleValue()
    {
        var expected = new[]
        {
            typeof(TemplateCategory), typeof(TemplateQuality), typeof(TemplateStatus), typeof(TemplateButtonType), typeof(TemplateParameterFormat),
            typeof(TemplateHeaderFormat), typeof(TemplateRejectionReason), typeof(OtpType), typeof(AnalyticsGranularity),
            typeof(PricingGranularity), typeof(ContactInfoType), typeof(ContactPhoneType), typeof(MessageStatus), typeof(DeliveryStatus),
            typeof(NameStatus), typeof(PhoneNumberStatus), typeof(PlatformType), typeof(CodeVerificationStatus), typeof(QualityRating),
            typeof(VerificationCodeMethod), typeof(MessagingLimitTier), typeof(ThroughputLevel), typeof(BusinessVertical), typeof(AccountMode),
        };

        Assert.Empty(expected.Except(ValueTypes));
    }

    [Theory]
    [MemberData(nameof(AllValueTypes))]
    public void Members_EveryValueType_BehaveAsAnExtensibleValue(string typeName) =>
        typeof(ExtensibleValueTests).GetMethod(nameof(CheckMembers), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(ValueTypes.Single(type => type.FullName == typeName))
            .Invoke(null, null);

    [Theory]
    [MemberData(nameof(AllValueTypes))]
    public void JsonConverter_EveryValueType_IsTheExtensibleValueConverter(string typeName)
    {
        var type = ValueTypes.Single(t => t.FullName == typeName);

        var attribute = type.GetCustomAttribute<JsonConverterAttribute>();

        Assert.Equal(typeof(ExtensibleValueConverter<>).MakeGenericType(type), attribute?.ConverterType);
    }

    [Theory]
    [MemberData(nameof(AllValueTypes))]
    public void Json_ThroughTheSourceGeneratedContext_KeepsTheValueAsSent(string typeName)
    {
        var type = ValueTypes.Single(t => t.FullName == typeName);
        var typeInfo = WhatsAppJsonContext.Default.GetTypeInfo(type);
        if (typeInfo is null)
        {
            // Not part of any model the context reads; its converter is checked by the theory above.
            Assert.DoesNotContain(type, ContextTypes);
            return;
        }

        var value = JsonSerializer.Deserialize("\"Some_New_Value\"", typeInfo);

        Assert.Equal("Some_New_Value", type.GetProperty("Value")!.GetValue(value));
        Assert.Equal("\"Some_New_Value\"", JsonSerializer.Serialize(value, typeInfo));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("42", typeInfo));
    }

    private static readonly Type[] ContextTypes =
        [typeof(TemplateStatus), typeof(TemplateCategory), typeof(TemplateRejectionReason), typeof(QualityRating), typeof(MessagingLimitTier), typeof(NameStatus)];

    [Fact]
    public void Json_ModelsReadThroughTheContext_UseTheConverter()
    {
        Assert.All(ContextTypes, type => Assert.NotNull(WhatsAppJsonContext.Default.GetTypeInfo(type)));

        var template = JsonSerializer.Deserialize(
            """{"id":"1","name":"order_update","language":"en_US","status":"approved","category":"MARKETING_LITE","rejected_reason":"NONE"}""",
            WhatsAppJsonContext.Default.MessageTemplateWire)!;
        var number = JsonSerializer.Deserialize(
            """{"id":"2","quality_rating":"GREEN","messaging_limit_tier":"TIER_1M","name_status":"Approved"}""",
            WhatsAppJsonContext.Default.PhoneNumber)!;

        Assert.Equal(TemplateStatus.Approved, template.Status);
        Assert.Equal("approved", template.Status?.Value);
        Assert.Equal("MARKETING_LITE", template.Category?.Value);
        Assert.Equal(TemplateRejectionReason.None, template.RejectedReason);
        Assert.Equal(QualityRating.Green, number.QualityRating);
        Assert.Equal("TIER_1M", number.MessagingLimitTier?.Value);
        Assert.Equal(NameStatus.Approved, number.NameStatus);
        Assert.Equal("Approved", number.NameStatus?.Value);
    }

    [Fact]
    public void Equality_DifferentCase_EqualWithTheSameHashCode()
    {
        TemplateStatus lower = "approved";

        Assert.True(lower == TemplateStatus.Approved);
        Assert.False(lower != TemplateStatus.Approved);
        Assert.Equal(TemplateStatus.Approved.GetHashCode(), lower.GetHashCode());
        Assert.Equal("approved", lower.Value);
        Assert.Contains(new DeliveryStatus("READ"), new HashSet<DeliveryStatus> { DeliveryStatus.Read });
        Assert.NotEqual(QualityRating.Green, QualityRating.Red);
    }

    [Fact]
    public void ImplicitConversion_FromString_KeepsUnknownValues()
    {
        MessagingLimitTier tier = "TIER_1M";
        TemplateCategory category = "utility";

        Assert.Equal("TIER_1M", tier.Value);
        Assert.Equal("TIER_1M", tier.ToString());
        Assert.Equal(TemplateCategory.Utility, category);
        Assert.Throws<ArgumentNullException>(() => (TemplateQuality)(string)null!);
    }

    [Fact]
    public void Default_HasEmptyValue()
    {
        var status = default(DeliveryStatus);

        Assert.Equal(string.Empty, status.Value);
        Assert.Equal(string.Empty, status.ToString());
        Assert.Equal(new DeliveryStatus(string.Empty), status);
        Assert.NotEqual(DeliveryStatus.Sent, status);
    }

    [Fact]
    public void Constructor_ValueSentToMeta_IsValidatedBeyondNull()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new ContactPhoneType(""));

        Assert.Contains("phones.type", error.Message, StringComparison.Ordinal);
        Assert.Equal("work", new ContactInfoType("work").Value);
    }

    private static void CheckMembers<T>()
        where T : struct, IExtensibleValue<T>, IEquatable<T>
    {
        var upper = T.FromString("SOME_NEW_VALUE");
        var lower = T.FromString("some_new_value");
        var other = T.FromString("OTHER");
        var fromString = (T)typeof(T).GetMethod("op_Implicit", [typeof(string)])!.Invoke(null, ["Some_New_Value"])!;
        var equal = typeof(T).GetMethod("op_Equality", [typeof(T), typeof(T)])!;
        var notEqual = typeof(T).GetMethod("op_Inequality", [typeof(T), typeof(T)])!;

        Assert.Equal("SOME_NEW_VALUE", upper.Value);
        Assert.Equal("Some_New_Value", fromString.Value);
        Assert.Equal("some_new_value", lower.ToString());
        Assert.True(upper.Equals(lower));
        Assert.True(upper.Equals((object)fromString));
        Assert.False(upper.Equals(other));
        Assert.False(upper.Equals((object)"SOME_NEW_VALUE"));
        Assert.Equal(upper.GetHashCode(), lower.GetHashCode());
        Assert.True((bool)equal.Invoke(null, [upper, lower])!);
        Assert.True((bool)notEqual.Invoke(null, [upper, other])!);
        Assert.Equal(string.Empty, default(T).Value);
        var thrown = Assert.Throws<TargetInvocationException>(() => typeof(T).GetConstructor([typeof(string)])!.Invoke([null]));
        Assert.IsType<ArgumentNullException>(thrown.InnerException);

        var named = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(T)).ToList();
        Assert.NotEmpty(named);
        Assert.All(named, property => Assert.NotEqual(string.Empty, ((T)property.GetValue(null)!).Value));
    }
}
