using CloudApi.Sdk.Emulator.State.Chats;
using CloudApi.Sdk.Emulator.Webhooks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CloudApi.Sdk.Emulator.State;

/// <summary>Everything one emulator instance knows, shared by its endpoints and background workers.</summary>
internal sealed class EmulatorState : IDisposable
{
    private readonly Lock _randomLock = new();
    private readonly Random _random;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _tokens;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, EmulatedBusinessAccount> _businessAccounts;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PhoneNumberState> _phoneNumbers;

    public EmulatorState(EmulatorOptions options)
    {
        Options = options;
        Time = options.TimeProvider;
        _random = new Random(options.RandomSeed);
        _tokens = new(options.AccessTokens.Select(static t => KeyValuePair.Create(t, true)), StringComparer.Ordinal);
        _businessAccounts = new(options.BusinessAccounts.Select(static w => KeyValuePair.Create(w.Id, w)), StringComparer.Ordinal);
        var defaultWaba = options.BusinessAccounts[0].Id;
        _phoneNumbers = new(
            options.PhoneNumbers.Select(n => KeyValuePair.Create(n.Id, new PhoneNumberState(n, n.BusinessAccountId ?? defaultWaba, options))),
            StringComparer.Ordinal);
        Window = new ServiceWindow(options.CustomerServiceWindow);
        Webhooks = new WebhookQueue(options);
        Faults = new EmulatorFaults(NextRandom, Conversations.Changes.Publish);
        foreach (var fault in options.Faults)
        {
            Faults.Add(fault);
        }
    }

    public EmulatorOptions Options { get; }

    public TimeProvider Time { get; }

    public IReadOnlyDictionary<string, PhoneNumberState> PhoneNumbers => _phoneNumbers;

    public IReadOnlyDictionary<string, EmulatedBusinessAccount> BusinessAccounts => _businessAccounts;

    /// <summary>The tech-provider side: onboarded businesses, Embedded Signup codes and the tokens they became.</summary>
    public CloudApi.Sdk.Emulator.Partners.PartnerState Partners { get; } = new();

    public StatsRecorder Stats { get; } = new();

    public MessageLog Messages { get; } = new();

    public ServiceWindow Window { get; }

    public Ids Ids { get; } = new();

    public WebhookQueue Webhooks { get; }

    public TemplateStore Templates { get; } = new();

    public MediaStore Media { get; } = new();

    /// <summary>The chats the inbox page shows.</summary>
    public ConversationStore Conversations { get; } = new();

    /// <summary>Where the one-line message and webhook logs go (set once the host is built).</summary>
    public ILogger Logger { get; set; } = NullLogger.Instance;

    /// <summary>The flows of the WABAs, with their Flow JSON and lifecycle.</summary>
    public FlowStore Flows { get; } = new();

    /// <summary>The users known by phone number and business-scoped user id (kept across resets, like configuration).</summary>
    public UserDirectory Users { get; } = new();

    /// <summary>Block lists, QR codes and conversational automation of the numbers.</summary>
    public BusinessMessagingState Business { get; } = new();

    /// <summary>The numbers' calls and the users' call permissions.</summary>
    public Calling.CallingState Calls { get; } = new();

    /// <summary>Resumable upload sessions and the file handles they produced.</summary>
    public UploadStore Uploads { get; } = new();

    /// <summary>The WABAs the app is subscribed to, with their override callback URL ("" for none).</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> Subscriptions { get; } = new(StringComparer.Ordinal);

    public EmulatorFaults Faults { get; }

    /// <summary>The groups of the numbers, with participants, invite links and join requests.</summary>
    public CloudApi.Sdk.Emulator.Groups.GroupStore Groups { get; } = new();

    public DateTimeOffset Now => Time.GetUtcNow();

    public bool IsValidToken(string token) => _tokens.ContainsKey(token);

    /// <summary>Accepts a token issued at run time (an Embedded Signup code exchanged).</summary>
    public void AddToken(string token) => _tokens.TryAdd(token, true);

    /// <summary>Adds a WABA created at run time (Embedded Signup).</summary>
    public void AddBusinessAccount(EmulatedBusinessAccount account) => _businessAccounts.TryAdd(account.Id, account);

    /// <summary>Adds a number created at run time (Embedded Signup) to its WABA.</summary>
    public void AddPhoneNumber(EmulatedPhoneNumber number) =>
        _phoneNumbers.TryAdd(number.Id, new PhoneNumberState(number, number.BusinessAccountId ?? _businessAccounts.Keys.First(), Options));

    /// <summary>A draw from the seeded random source (thread-safe), in [0, 1).</summary>
    public double NextRandom()
    {
        lock (_randomLock)
        {
            return _random.NextDouble();
        }
    }

    public void Dispose() => Media.Dispose();

    /// <summary>Forgets messages, chats, groups, counters, windows and limit state, and optionally templates and media; configuration stays.</summary>
    public void Reset(bool templates = false, bool media = false)
    {
        Stats.Reset();
        Messages.Clear();
        Window.Clear();
        foreach (var number in PhoneNumbers.Values)
        {
            number.Limiter.Reset();
        }

        if (templates)
        {
            Templates.Clear();
        }

        if (media)
        {
            Media.Clear();
        }

        Conversations.Clear();
        Groups.Clear();
        Calls.Clear();
    }
}
