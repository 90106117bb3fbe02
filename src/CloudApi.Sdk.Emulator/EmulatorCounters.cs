namespace CloudApi.Sdk.Emulator;

/// <summary>What the emulator counted for one scope (everything, one business number, or one number-recipient pair).</summary>
public sealed class EmulatorCounters
{
    /// <summary>Initializes a new instance of the <see cref="EmulatorCounters"/> class.</summary>
    /// <param name="accepted">Messages accepted.</param>
    /// <param name="duplicates">Accepted messages whose body had already been accepted for the same recipient from the same number.</param>
    /// <param name="errors">How many times each Graph error code was returned.</param>
    public EmulatorCounters(long accepted, long duplicates, IReadOnlyDictionary<int, long> errors)
    {
        Accepted = accepted;
        Duplicates = duplicates;
        Errors = errors ?? throw new ArgumentNullException(nameof(errors));
    }

    /// <summary>Gets the number of messages accepted (read receipts are not messages and are not counted).</summary>
    public long Accepted { get; }

    /// <summary>Gets the number of accepted messages that repeated an earlier accepted body to the same recipient from the same number.</summary>
    public long Duplicates { get; }

    /// <summary>Gets how many times each Graph error code was returned (for example 130429, 131056, 100).</summary>
    public IReadOnlyDictionary<int, long> Errors { get; }

    /// <summary>Gets how many times <paramref name="code"/> was returned.</summary>
    /// <param name="code">A Graph error code.</param>
    /// <returns>The count, 0 if never.</returns>
    public long ErrorCount(int code) => Errors.TryGetValue(code, out var count) ? count : 0;
}
