using CloudApi.Sdk.Messages;
using CloudApi.Sdk.RateLimiting;

namespace CloudApi.Sdk.Tests.Messages;

public sealed class WhatsAppRecipientTests
{
    private const string UserId = "US.13491208655302741918";
    private const string ParentUserId = "US.ENT.11815799212886844830";
    private const string GroupId = "Y2FwaV9ncm91cDoxODA1NTU1MDE3MjoxMjAzNjMyMjI3NzE5NjMwNjcZD";

    [Theory]
    [InlineData("+16505551234", WhatsAppRecipientKind.PhoneNumber)]
    [InlineData("16505551234", WhatsAppRecipientKind.PhoneNumber)]
    [InlineData("+1 (650) 555-1234", WhatsAppRecipientKind.PhoneNumber)]
    [InlineData(UserId, WhatsAppRecipientKind.UserId)]
    [InlineData("BR.a1B2c3", WhatsAppRecipientKind.UserId)]
    [InlineData(ParentUserId, WhatsAppRecipientKind.ParentUserId)]
    public void Parse_PhoneNumberOrUserId_DetectsTheKindAndKeepsTheValue(string value, WhatsAppRecipientKind kind)
    {
        var recipient = WhatsAppRecipient.Parse(value);

        Assert.Equal(kind, recipient.Kind);
        Assert.Equal(value, recipient.Value);
        Assert.Equal(value, recipient.ToString());
        Assert.True(recipient.IsIndividual);
    }

    [Fact]
    public void ImplicitConversion_FromString_IsParse()
    {
        WhatsAppRecipient phone = "+16505551234";
        WhatsAppRecipient user = UserId;

        Assert.Equal(WhatsAppRecipientKind.PhoneNumber, phone.Kind);
        Assert.Equal(WhatsAppRecipientKind.UserId, user.Kind);
    }

    [Theory]
    [InlineData("US.", "recipient")]
    [InlineData("us.13491208655302741918", "recipient")]
    [InlineData("U1.13491208655302741918", "to")]
    [InlineData("US.1349-1208", "recipient")]
    [InlineData("US.ENT.", "recipient")]
    [InlineData("US.ENT.1181.5799", "recipient")]
    [InlineData("US.13491208655302741918 ", "recipient")]
    [InlineData("+1650555abcd", "to")]
    [InlineData("USA.1349", "to")]
    [InlineData("", "to")]
    [InlineData("123456", "to")]
    public void Parse_Malformed_ThrowsValidationExceptionNamingTheField(string value, string field)
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => WhatsAppRecipient.Parse(value));

        Assert.Equal(field, error.Field);
        Assert.Equal(field, error.ParamName);
    }

    [Fact]
    public void Parse_PhoneNumberWithLetters_SaysWhatABsuidLooksLike()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => WhatsAppRecipient.Parse("+1650555abcd"));

        Assert.Contains("contains 'a'", error.Message, StringComparison.Ordinal);
        Assert.Contains("US.13491208655302741918", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UserIdOver128Characters_ThrowsWithTheLimit()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => WhatsAppRecipient.Parse("US." + new string('1', 129)));

        Assert.Equal(128, error.Limit);
        Assert.Equal(WhatsAppRecipientKind.UserId, WhatsAppRecipient.Parse("US." + new string('1', 128)).Kind);
    }

    [Fact]
    public void Parse_Null_ThrowsRequired()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => WhatsAppRecipient.Parse(null!));

        Assert.Equal("to", error.Field);
    }

    [Fact]
    public void UserIdAndParentUserId_TheOtherKind_AreRefused()
    {
        Assert.Equal(WhatsAppRecipientKind.UserId, WhatsAppRecipient.UserId(UserId).Kind);
        Assert.Equal(WhatsAppRecipientKind.ParentUserId, WhatsAppRecipient.ParentUserId(ParentUserId).Kind);
        Assert.Equal("recipient", Assert.Throws<WhatsAppValidationException>(() => WhatsAppRecipient.UserId(ParentUserId)).Field);
        Assert.Equal("recipient", Assert.Throws<WhatsAppValidationException>(() => WhatsAppRecipient.ParentUserId(UserId)).Field);
        Assert.Equal("recipient", Assert.Throws<WhatsAppValidationException>(() => WhatsAppRecipient.UserId("+16505551234")).Field);
    }

    [Fact]
    public void Group_OpaqueId_IsKeptAsGiven()
    {
        var group = WhatsAppRecipient.Group(GroupId);

        Assert.Equal(WhatsAppRecipientKind.Group, group.Kind);
        Assert.Equal(GroupId, group.Value);
        Assert.False(group.IsIndividual);
        Assert.Equal(0, group.LimiterKey);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("abc def")]
    [InlineData("abc\u0001")]
    public void Group_Malformed_ThrowsValidationException(string groupId)
    {
        Assert.Equal("to", Assert.Throws<WhatsAppValidationException>(() => WhatsAppRecipient.Group(groupId)).Field);
    }

    [Fact]
    public void Group_Over512Characters_ThrowsWithTheLimit()
    {
        Assert.Equal(512, Assert.Throws<WhatsAppValidationException>(() => WhatsAppRecipient.Group(new string('a', 513))).Limit);
    }

    [Fact]
    public void Equality_PhoneSpellingsAreEqual_BsuidsCompareExactly_KindsNeverMeet()
    {
        Assert.Equal(WhatsAppRecipient.Parse("+1 650-555-1234"), WhatsAppRecipient.Parse("16505551234"));
        Assert.Equal(WhatsAppRecipient.Parse("+1 650-555-1234").GetHashCode(), WhatsAppRecipient.Parse("16505551234").GetHashCode());
        Assert.True(WhatsAppRecipient.Parse(UserId) == WhatsAppRecipient.UserId(UserId));
        Assert.True(WhatsAppRecipient.Parse(UserId) != WhatsAppRecipient.Parse("US.13491208655302741919"));
        Assert.NotEqual(WhatsAppRecipient.Parse("US.abc"), WhatsAppRecipient.Parse("US.ABC"));
        Assert.NotEqual(WhatsAppRecipient.Group("16505551234"), WhatsAppRecipient.Parse("16505551234"));
        Assert.Equal(WhatsAppRecipientKind.None, default(WhatsAppRecipient).Kind);
        Assert.Equal(string.Empty, default(WhatsAppRecipient).Value);
    }

    [Fact]
    public void LimiterKey_PhoneIsItsDigits_BsuidIsTaggedAboveEveryPhoneKey()
    {
        Assert.Equal(16505551234, WhatsAppRecipient.Parse("+1 650 555 1234").LimiterKey);
        Assert.Equal(999_999_999_999_999, WhatsAppRecipient.Parse("+999999999999999").LimiterKey);

        var user = WhatsAppRecipient.Parse(UserId).LimiterKey;
        var parent = WhatsAppRecipient.Parse(ParentUserId).LimiterKey;
        Assert.Equal(BusinessScopedUserId.KeyTag, user & (3L << 62));
        Assert.Equal(BusinessScopedUserId.KeyTag, parent & (3L << 62));
        Assert.NotEqual(user, parent);
        Assert.Equal(user, WhatsAppRecipient.UserId(UserId).LimiterKey);
    }

    [Fact]
    public void LimiterKey_IsStableAcrossProcesses()
    {
        // The Redis store shares these keys between app instances and versions: the hash must never change.
        Assert.Equal(BusinessScopedUserId.LimiterKey(UserId), BusinessScopedUserId.LimiterKey(new string(UserId.AsSpan())));
        Assert.Equal(7209865516595303586, BusinessScopedUserId.LimiterKey(UserId));
    }

    [Fact]
    public void LimiterKey_MillionSequentialBsuids_NoCollision()
    {
        var keys = new HashSet<long>();
        for (var i = 0; i < 1_000_000; i++)
        {
            Assert.True(keys.Add(BusinessScopedUserId.LimiterKey("US." + (13491208655302741918UL + (ulong)i).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }
    }

    [Fact]
    public void SendKey_PhoneAndBsuidOfTheSameNumber_AreDifferentPairs_GroupIsTheNumberOnly()
    {
        const string number = "106540352242922";

        Assert.Equal(new WhatsAppSendKey(number, "+1 650-555-1234"), new WhatsAppSendKey(number, "16505551234"));
        Assert.NotEqual(new WhatsAppSendKey(number, "+16505551234"), new WhatsAppSendKey(number, UserId));
        Assert.Equal(new WhatsAppSendKey(number, UserId), new WhatsAppSendKey(number, WhatsAppRecipient.UserId(UserId)));
        Assert.Equal(WhatsAppSendKey.ForNumber(number), new WhatsAppSendKey(number, WhatsAppRecipient.Group(GroupId)));
        Assert.Equal("recipient", Assert.Throws<WhatsAppValidationException>(() => new WhatsAppSendKey(number, "US.bad-id")).Field);
        Assert.Equal("to", Assert.Throws<WhatsAppValidationException>(() => new WhatsAppSendKey(number, default(WhatsAppRecipient))).Field);
    }
}
