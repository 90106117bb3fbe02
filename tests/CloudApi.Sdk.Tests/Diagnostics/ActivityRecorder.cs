using System.Collections.Concurrent;
using System.Diagnostics;

namespace CloudApi.Sdk.Tests.Diagnostics;

/// <summary>
/// Records every stopped span of the SDK's source, as an OpenTelemetry exporter would see them. Tests run in parallel and
/// the listener is process-wide: a test starts its own root (<see cref="StartRoot"/>) and reads only the spans of its trace.
/// </summary>
public sealed class ActivityRecorder : IDisposable
{
    private static readonly ActivitySource TestSource = new("CloudApi.Sdk.Tests.Diagnostics");

    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener;

    public ActivityRecorder()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "CloudApi.Sdk" or "CloudApi.Sdk.Tests.Diagnostics",
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Starts the test's root span; the SDK's spans started under it share its trace id.</summary>
    public static Activity StartRoot() => TestSource.StartActivity("test")!;

    /// <summary>The SDK's stopped spans of <paramref name="root"/>'s trace.</summary>
    public IReadOnlyList<Activity> Of(Activity root) =>
        _stopped.Where(a => a.TraceId == root.TraceId && a.Source.Name == "CloudApi.Sdk").ToList();

    /// <summary>Every stopped SDK span, whatever its trace (webhook spans of a send have their own).</summary>
    public IReadOnlyList<Activity> All => _stopped.Where(a => a.Source.Name == "CloudApi.Sdk").ToList();

    /// <summary>Every string a span exports: names, tags, events and their tags, links' tags, status description.</summary>
    public static IEnumerable<string> ExportedValues(Activity activity)
    {
        yield return activity.DisplayName;
        yield return activity.OperationName;
        if (activity.StatusDescription is { } description)
        {
            yield return description;
        }

        foreach (var tag in activity.TagObjects)
        {
            yield return tag.Key;
            yield return Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        }

        foreach (var item in activity.Baggage)
        {
            yield return item.Key + "=" + item.Value;
        }

        foreach (var e in activity.Events)
        {
            yield return e.Name;
            foreach (var tag in e.Tags)
            {
                yield return tag.Key;
                yield return Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            }
        }

        foreach (var link in activity.Links)
        {
            foreach (var tag in link.Tags ?? [])
            {
                yield return tag.Key;
                yield return Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            }
        }
    }

    public void Dispose() => _listener.Dispose();
}
