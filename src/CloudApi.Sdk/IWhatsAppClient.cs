using CloudApi.Sdk.BlockedUsers;
using CloudApi.Sdk.Calling;
using CloudApi.Sdk.Business;
using CloudApi.Sdk.ConversationalAutomation;
using CloudApi.Sdk.Flows;
using CloudApi.Sdk.Groups;
using CloudApi.Sdk.MarketingMessages;
using CloudApi.Sdk.Media;
using CloudApi.Sdk.MessageHistory;
using CloudApi.Sdk.Messages;
using CloudApi.Sdk.Partners;
using CloudApi.Sdk.PhoneNumbers;
using CloudApi.Sdk.QrCodes;
using CloudApi.Sdk.Templates;
using CloudApi.Sdk.Uploads;

namespace CloudApi.Sdk;

/// <summary>
/// A client of the WhatsApp Cloud API for one tenant (one access token), with one sub-client per resource.
/// Every call takes the ids it needs, defaulting to the configured ones, so one client serves many numbers.
/// Get it from DI (<c>services.AddWhatsAppCloudApi(...)</c>), from <see cref="IWhatsAppClientFactory"/>, or without DI from
/// <see cref="WhatsAppClient.Create"/>.
/// </summary>
public interface IWhatsAppClient
{
    /// <summary>The name of the registration this client belongs to (empty for the default one).</summary>
    string Name { get; }

    /// <summary>Sends messages and read receipts.</summary>
    IMessagesClient Messages { get; }

    /// <summary>Sends marketing template messages through Meta's Marketing Messages API and reads the account's onboarding to it.</summary>
    IMarketingMessagesClient MarketingMessages { get; }

    /// <summary>Manages message templates: list, get, create, edit, delete.</summary>
    ITemplatesClient Templates { get; }

    /// <summary>Uploads, downloads and deletes media files.</summary>
    IMediaClient Media { get; }

    /// <summary>Resumable uploads: files that become handles for template media headers and profile pictures.</summary>
    IUploadsClient Uploads { get; }

    /// <summary>Reads and manages business phone numbers and their business profiles.</summary>
    IPhoneNumbersClient PhoneNumbers { get; }

    /// <summary>Reads WhatsApp Business Accounts, their webhook subscriptions and analytics.</summary>
    IBusinessAccountsClient BusinessAccounts { get; }

    /// <summary>Manages WhatsApp Flows (create, upload Flow JSON, publish, deprecate, metrics) and the business encryption key.</summary>
    IFlowsClient Flows { get; }

    /// <summary>Blocks and unblocks users on a business number, and lists the blocked ones.</summary>
    IBlockedUsersClient BlockedUsers { get; }

    /// <summary>Creates and manages message QR codes and their short links.</summary>
    IQrCodesClient QrCodes { get; }

    /// <summary>Creates and manages groups: participants, invite links and join requests.</summary>
    IGroupsClient Groups { get; }
    /// <summary>
    /// WhatsApp voice calls: answers users' calls (pre-accept, accept with an SDP answer, reject, terminate), places calls
    /// to users who granted permission, and checks that permission. The SDK never touches media.
    /// </summary>
    ICallsClient Calls { get; }

    /// <summary>Sets a number's welcome message, ice breakers and commands.</summary>
    IConversationalAutomationClient ConversationalAutomation { get; }

    /// <summary>Reads the delivery history of sent messages.</summary>
    IMessageHistoryClient MessageHistory { get; }

    /// <summary>
    /// The operations of tech providers and solution partners: Embedded Signup code exchange and token inspection, shared
    /// accounts, multi-partner solutions, pre-verified numbers, migration and OBO intents, credit lines.
    /// </summary>
    IPartnersClient Partners { get; }

    /// <summary>
    /// Calls any Graph path the SDK does not model (GET, POST with a JSON or form body, DELETE), with this tenant's token,
    /// API version, retry and error mapping; answers are <see cref="RawGraphResult"/>.
    /// </summary>
    IGraphRequests Graph { get; }
}
