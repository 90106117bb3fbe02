using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Tests.Infrastructure;

namespace CloudApi.Sdk.Tests.Messages;

public sealed class LocationContactsReactionTests
{
    [Fact]
    public Task SendAsync_Location_PostsCoordinatesNameAndAddress() =>
        SentMessage.AssertBodyAsync(new LocationMessage(37.44, -122.16) { Name = "Philz", Address = "101 Forest Ave" }, "location",
            """{"location":{"latitude":37.44,"longitude":-122.16,"name":"Philz","address":"101 Forest Ave"}}""");

    [Fact]
    public Task SendAsync_LocationAtPoles_OmitsOptionalTexts() =>
        SentMessage.AssertBodyAsync(new LocationMessage(-90, 180), "location",
            """{"location":{"latitude":-90,"longitude":180}}""");

    [Theory]
    [InlineData(90.0001, 0, "location.latitude")]
    [InlineData(-90.5, 0, "location.latitude")]
    [InlineData(0, 180.01, "location.longitude")]
    [InlineData(0, -181, "location.longitude")]
    [InlineData(double.NaN, 0, "location.latitude")]
    [InlineData(0, double.PositiveInfinity, "location.longitude")]
    public async Task LocationMessage_CoordinateOutOfRange_RefusedAndNothingSent(double latitude, double longitude, string field)
    {
        using var graph = new GraphServer().AcceptMessages();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Messages.SendAsync(SentMessage.To, new LocationMessage(latitude, longitude), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(field, error.Field);
        Assert.Empty(graph.Requests);
    }

    [Fact]
    public Task SendAsync_FullContactCard_PostsEveryField()
    {
        var contact = new Contact(new ContactName("Ana Ruiz") { FirstName = "Ana", LastName = "Ruiz", MiddleName = "M", Prefix = "Dr.", Suffix = "Jr." })
        {
            Phones = [new ContactPhone("+1 650 555 1234") { Type = ContactPhoneType.Cell, WaId = "16505551234" }, new ContactPhone("+1 650 555 0000")],
            Emails = [new ContactEmail("a@x.com") { Type = ContactInfoType.Work }],
            Urls = [new ContactUrl("https://x.com") { Type = ContactInfoType.Work }],
            Addresses =
            [
                new ContactAddress
                {
                    Street = "1 Main St", City = "Menlo Park", State = "CA", Zip = "94025", Country = "United States", CountryCode = "US",
                    Type = ContactInfoType.Home,
                },
            ],
            Organization = new ContactOrganization { Company = "Lucky Shrub", Department = "Sales", Title = "Manager" },
            Birthday = new DateOnly(1990, 1, 31),
        };

        return SentMessage.AssertBodyAsync(new ContactsMessage(contact), "contacts",
            """
            {"contacts":[{
              "name":{"formatted_name":"Ana Ruiz","first_name":"Ana","last_name":"Ruiz","middle_name":"M","prefix":"Dr.","suffix":"Jr."},
              "phones":[{"phone":"+1 650 555 1234","type":"CELL","wa_id":"16505551234"},{"phone":"+1 650 555 0000"}],
              "emails":[{"email":"a@x.com","type":"WORK"}],
              "urls":[{"url":"https://x.com","type":"WORK"}],
              "addresses":[{"street":"1 Main St","city":"Menlo Park","state":"CA","zip":"94025","country":"United States","country_code":"US","type":"HOME"}],
              "org":{"company":"Lucky Shrub","department":"Sales","title":"Manager"},
              "birthday":"1990-01-31"}]}
            """);
    }

    [Fact]
    public Task SendAsync_TwoMinimalContacts_PostsNamesOnly() =>
        SentMessage.AssertBodyAsync(new ContactsMessage(new Contact(new ContactName("Ana")), new Contact(new ContactName("Bo"))), "contacts",
            """{"contacts":[{"name":{"formatted_name":"Ana"}},{"name":{"formatted_name":"Bo"}}]}""");

    [Fact]
    public void ContactName_WithoutFormattedName_RefusedNamingField()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new ContactName(" "));
        Assert.Equal("contacts.name.formatted_name", error.Field);
    }

    [Fact]
    public void ContactsMessage_NoContact_Refused()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new ContactsMessage());
        Assert.Equal("contacts", error.Field);
        Assert.Equal(1, error.Limit);
    }

    [Fact]
    public void Contact_CallerListChangedAfterCreation_MessageUnchanged()
    {
        var phones = new List<ContactPhone> { new("+1 650 555 1234") };
        var contact = new Contact(new ContactName("Ana")) { Phones = phones };

        phones.Add(new ContactPhone("+1 650 555 9999"));

        Assert.Single(contact.Phones);
        Assert.IsNotType<List<ContactPhone>>(contact.Phones);
    }

    [Fact]
    public Task SendAsync_Reaction_PostsMessageIdAndEmoji() =>
        SentMessage.AssertBodyAsync(new ReactionMessage("wamid.X", "\U0001F600"), "reaction",
            """{"reaction":{"message_id":"wamid.X","emoji":"\uD83D\uDE00"}}""");

    [Fact]
    public async Task SendAsync_ReactionRemoval_PostsEmptyEmoji()
    {
        var removal = ReactionMessage.Remove("wamid.X");

        Assert.True(removal.IsRemoval);
        await SentMessage.AssertBodyAsync(removal, "reaction", """{"reaction":{"message_id":"wamid.X","emoji":""}}""");
    }

    [Fact]
    public void ReactionMessage_EmptyEmoji_RefusedPointingToRemove()
    {
        var error = Assert.Throws<WhatsAppValidationException>(() => new ReactionMessage("wamid.X", ""));
        Assert.Equal("reaction.emoji", error.Field);
        Assert.Contains(nameof(ReactionMessage.Remove), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ReactionAsReply_RefusedAndNothingSent()
    {
        using var graph = new GraphServer().AcceptMessages();

        var error = await Assert.ThrowsAsync<WhatsAppValidationException>(() =>
            graph.Messages.SendAsync(SentMessage.To, new ReactionMessage("wamid.X", "\U0001F44D"),
                new SendMessageOptions { ReplyToMessageId = "wamid.Y" }, TestContext.Current.CancellationToken));

        Assert.Equal("context.message_id", error.Field);
        Assert.Empty(graph.Requests);
    }
}
