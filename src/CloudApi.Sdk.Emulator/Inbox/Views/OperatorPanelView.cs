using System.Globalization;
using System.Text;
using static CloudApi.Sdk.Emulator.Inbox.Views.Html;

namespace CloudApi.Sdk.Emulator.Inbox.Views;

/// <summary>
/// Per business number: the configured and the measured rate, the rate-limit errors, and the active faults (with the
/// form to add one and a button to clear them).
/// </summary>
internal static class OperatorPanelView
{
    /// <summary>The window over which the measured rate is averaged.</summary>
    public static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(10);

    private static readonly (string Value, string Label)[] FaultKinds =
    [
        ("throughput_limit", "Throughput limit (130429)"),
        ("pair_rate_limit", "Pair rate limit (131056)"),
        ("server_error", "Server error (131000, HTTP 500)"),
        ("failed_delivery", "Accepted, then failed status"),
        ("slow_response", "Slow response"),
        ("connection_reset", "Connection reset"),
        ("accept_then_drop", "Accepted, connection dropped"),
    ];

    public static void Numbers(StringBuilder b, InboxContext context)
    {
        var state = context.State;
        var stats = state.Stats.Snapshot();
        var now = state.Now;
        foreach (var number in state.PhoneNumbers.Values)
        {
            var counters = stats.PhoneNumbers.GetValueOrDefault(number.Id);
            var recent = state.Messages.AcceptedSince(number.Id, now - RateWindow);
            var peak = recent.Count == 0 ? 0 : recent.GroupBy(t => t.ToUnixTimeSeconds()).Max(g => g.Count());
            var measured = recent.Count / RateWindow.TotalSeconds;
            b.Append(CultureInfo.InvariantCulture, $"<section class=\"number\" data-number=\"{Encode(number.Id)}\" aria-label=\"Number {Encode(number.Config.DisplayPhoneNumber)}\">")
                .Append("<h3>").Append(Encode(number.Config.DisplayPhoneNumber)).Append(" <span class=\"id\">").Append(Encode(number.Id)).Append("</span></h3><dl>")
                .Append(CultureInfo.InvariantCulture, $"<dt>Configured rate</dt><dd class=\"configured-rate\">{number.Config.MessagesPerSecond} msg/s</dd>")
                .Append(CultureInfo.InvariantCulture, $"<dt>Measured rate</dt><dd class=\"measured-rate\">{measured:0.#} msg/s over 10 s, peak {peak} in one second</dd>")
                .Append(CultureInfo.InvariantCulture, $"<dt>Accepted</dt><dd class=\"accepted\">{counters?.Accepted ?? 0}</dd>")
                .Append(CultureInfo.InvariantCulture, $"<dt>Throughput errors (130429)</dt><dd class=\"errors-130429\">{Errors(counters, 130429)}</dd>")
                .Append(CultureInfo.InvariantCulture, $"<dt>Pair-limit errors (131056)</dt><dd class=\"errors-131056\">{Errors(counters, 131056)}</dd>")
                .Append(CultureInfo.InvariantCulture, $"<dt>Other errors</dt><dd class=\"errors-other\">{OtherErrors(counters)}</dd>")
                .Append("</dl></section>");
        }
    }

    public static void Faults(StringBuilder b, InboxContext context)
    {
        var faults = context.State.Faults.Active;
        if (faults.Count == 0)
        {
            b.Append("<p class=\"hint\">No active faults.</p>");
            return;
        }

        b.Append("<ul class=\"faults\">");
        foreach (var fault in faults)
        {
            b.Append("<li class=\"fault\">").Append(Encode(Label(fault.Kind)))
                .Append(" · ").Append(Encode(fault.PhoneNumberId ?? "every number"))
                .Append(CultureInfo.InvariantCulture, $" · p={fault.Probability:0.##}")
                .Append(fault.Count is { } count ? string.Create(CultureInfo.InvariantCulture, $" · {count}×") : string.Empty)
                .Append("</li>");
        }

        b.Append("</ul><form method=\"post\" action=\"/_emulator/inbox/faults/clear\"><button type=\"submit\">Clear all faults</button></form>");
    }

    public static void AddFault(StringBuilder b, InboxContext context)
    {
        b.Append("<details class=\"add-fault\"><summary>Add a fault</summary><form method=\"post\" action=\"/_emulator/inbox/faults\">")
            .Append("<label for=\"fault-kind\">Kind</label><select id=\"fault-kind\" name=\"kind\">");
        foreach (var (value, label) in FaultKinds)
        {
            b.Append(CultureInfo.InvariantCulture, $"<option value=\"{value}\">{Encode(label)}</option>");
        }

        b.Append("</select><label for=\"fault-number\">Number</label><select id=\"fault-number\" name=\"phone_number_id\"><option value=\"\">Every number</option>");
        foreach (var number in context.State.PhoneNumbers.Values)
        {
            b.Append(CultureInfo.InvariantCulture, $"<option value=\"{Encode(number.Id)}\">{Encode(number.Config.DisplayPhoneNumber)}</option>");
        }

        b.Append("</select>")
            .Append("<label for=\"fault-probability\">Probability (0 to 1)</label><input id=\"fault-probability\" name=\"probability\" value=\"1\" inputmode=\"decimal\">")
            .Append("<label for=\"fault-count\">Times (empty: until cleared)</label><input id=\"fault-count\" name=\"count\" inputmode=\"numeric\">")
            .Append("<label for=\"fault-error\">Error code (failed delivery)</label><input id=\"fault-error\" name=\"error_code\" value=\"131026\" inputmode=\"numeric\">")
            .Append("<label for=\"fault-delay\">Delay in ms (slow response)</label><input id=\"fault-delay\" name=\"delay_ms\" value=\"5000\" inputmode=\"numeric\">")
            .Append("<button type=\"submit\" class=\"primary\">Add fault</button></form></details>");
    }

    private static long Errors(EmulatorCounters? counters, int code) => counters?.Errors.GetValueOrDefault(code) ?? 0;

    private static long OtherErrors(EmulatorCounters? counters) =>
        counters?.Errors.Where(e => e.Key is not 130429 and not 131056).Sum(e => e.Value) ?? 0;

    private static string Label(EmulatorFaultKind kind) => kind switch
    {
        EmulatorFaultKind.ThroughputLimit => "Throughput limit",
        EmulatorFaultKind.PairRateLimit => "Pair rate limit",
        EmulatorFaultKind.ServerError => "Server error",
        EmulatorFaultKind.FailedDelivery => "Failed delivery",
        EmulatorFaultKind.SlowResponse => "Slow response",
        EmulatorFaultKind.ConnectionReset => "Connection reset",
        EmulatorFaultKind.AcceptThenDrop => "Accept then drop",
        EmulatorFaultKind.AcceptThenServerError => "Accept then server error",
        _ => kind.ToString(),
    };
}
