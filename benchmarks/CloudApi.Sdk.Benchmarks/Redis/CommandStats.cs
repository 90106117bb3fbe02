using System.Globalization;
using StackExchange.Redis;

namespace CloudApi.Sdk.Benchmarks.Redis;

/// <summary>Redis <c>INFO commandstats</c>: calls (and failed calls) per command, to count what a run sent.</summary>
internal sealed class CommandStats
{
    // Redis counts the commands a script runs too; the store never sends these itself, so they are not round trips.
    private static readonly HashSet<string> ScriptInternal = new(StringComparer.Ordinal) { "get", "set", "hmget", "hset", "info" };

    private readonly Dictionary<string, (long Calls, long Failed)> _commands;

    private CommandStats(Dictionary<string, (long Calls, long Failed)> commands) => _commands = commands;

    public static async Task<CommandStats> ReadAsync(IServer server)
    {
        var commands = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        foreach (var entry in (await server.InfoAsync("commandstats")).SelectMany(group => group))
        {
            if (!entry.Key.StartsWith("cmdstat_", StringComparison.Ordinal))
            {
                continue;
            }

            // calls=20000,usec=69376,usec_per_call=3.47,rejected_calls=0,failed_calls=0
            var fields = entry.Value.Split(',').Select(f => f.Split('=')).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
            commands[entry.Key["cmdstat_".Length..]] = (
                long.Parse(fields["calls"], CultureInfo.InvariantCulture),
                long.Parse(fields.GetValueOrDefault("failed_calls", "0"), CultureInfo.InvariantCulture) +
                long.Parse(fields.GetValueOrDefault("rejected_calls", "0"), CultureInfo.InvariantCulture));
        }

        return new(commands);
    }

    /// <summary>Script executions (EVALSHA + EVAL) since <paramref name="before"/>.</summary>
    public long ScriptsSince(CommandStats before) => CallsSince(before, "evalsha") + CallsSince(before, "eval");

    /// <summary>Commands clients sent since <paramref name="before"/> (each one a request/answer on the wire).</summary>
    public long ClientCommandsSince(CommandStats before) =>
        _commands.Keys.Where(name => !ScriptInternal.Contains(name)).Sum(name => CallsSince(before, name));

    /// <summary>Failed or rejected calls of any command since <paramref name="before"/> (a wrong script argument shows here).</summary>
    public long FailuresSince(CommandStats before) =>
        _commands.Sum(c => c.Value.Failed - before._commands.GetValueOrDefault(c.Key).Failed);

    private long CallsSince(CommandStats before, string name) =>
        _commands.GetValueOrDefault(name).Calls - before._commands.GetValueOrDefault(name).Calls;
}
