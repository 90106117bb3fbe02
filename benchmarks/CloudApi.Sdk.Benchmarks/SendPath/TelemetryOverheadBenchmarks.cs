using System.Diagnostics;
using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using CloudApi.Sdk.Diagnostics;
using CloudApi.Sdk.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace CloudApi.Sdk.Benchmarks.SendPath;

/// <summary>
/// The cost of the SDK's telemetry on the in-memory text send (as <see cref="SendPathBenchmarks"/>): without any listener
/// (the SDK only checks that nobody listens), and with an <see cref="ActivityListener"/> recording every span and a
/// <see cref="MeterListener"/> taking every measurement of the <c>CloudApi.Sdk</c> source and meter, as an OpenTelemetry
/// SDK with <c>AddSource</c>/<c>AddMeter</c> would (without its exporters' own cost).
/// </summary>
[MemoryDiagnoser]
public class TelemetryOverheadBenchmarks
{
    private ServiceProvider _provider = null!;
    private IMessagesClient _sdk = null!;
    private WhatsAppClientMetrics _metrics = null!;
    private ActivityListener? _activities;
    private MeterListener? _meters;

    /// <summary>Whether a tracing and a metrics listener are attached.</summary>
    [Params(false, true)]
    public bool Listening { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        if (Listening)
        {
            _activities = new ActivityListener
            {
                ShouldListenTo = static source => source.Name == WhatsAppDiagnostics.ActivitySourceName,
                Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            };
            ActivitySource.AddActivityListener(_activities);
            _meters = new MeterListener
            {
                InstrumentPublished = static (instrument, listener) =>
                {
                    if (instrument.Meter.Name == WhatsAppDiagnostics.MeterName)
                    {
                        listener.EnableMeasurementEvents(instrument);
                    }
                },
            };
            _meters.SetMeasurementEventCallback<long>(static (_, _, _, _) => { });
            _meters.SetMeasurementEventCallback<double>(static (_, _, _, _) => { });
            _meters.Start();
        }

        _provider = SdkClient.Build(new Uri("https://graph.facebook.com/"), () => new InMemoryGraphHandler());
        _sdk = _provider.GetRequiredService<IWhatsAppClient>().Messages;
        _metrics = _provider.GetRequiredService<WhatsAppClientMetrics>();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _provider.Dispose();
        _activities?.Dispose();
        _meters?.Dispose();
    }

    [Benchmark(Description = "CloudApi.Sdk SendTextAsync")]
    public async Task<string> Send() => (await _sdk.SendTextAsync(MetaAnswer.Recipient, MetaAnswer.Body)).MessageId;

    /// <summary>What a send pays for telemetry when nothing listens: the source's and the instruments' checks.</summary>
    [Benchmark(Description = "telemetry checks alone")]
    public bool Checks() => WhatsAppTelemetry.Source.HasListeners() || _metrics.Enabled;
}
