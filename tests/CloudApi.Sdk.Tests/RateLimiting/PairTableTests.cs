using CloudApi.Sdk.RateLimiting;
using CsCheck;

namespace CloudApi.Sdk.Tests.RateLimiting;

/// <summary>
/// The pair table against a model (one TAT per key in a dictionary, never swept): whatever the table drops, grows,
/// shrinks or moves while it sweeps, every acquire answers what GCRA on the model answers, and every pair still inside
/// its window is still there.
/// </summary>
public sealed class PairTableTests
{
    private const long Interval = 6;
    private const long Tolerance = Interval * 44;

    [Fact]
    public void Acquire_RandomKeysAndClock_AnswersAsGcraOnAModelThatForgetsNothing()
    {
        // Few keys (collisions, returns inside and after the window) to many (growth, sweeps that drop most of the table).
        var operation = Gen.Select(Gen.Int[1, 400], Gen.Int[0, 20], Gen.Bool, Gen.Int[0, 9]);
        Gen.Select(Gen.Int[1, 6], operation.Array[1, 2_000]).Sample((keySpread, operations) =>
        {
            var table = new PairTable();
            var model = new Dictionary<long, long>();
            long now = 1_000;
            foreach (var (key, step, reserve, raise) in operations)
            {
                now += step;
                var pairKey = (long)key * keySpread * 1_000_003;
                if (raise == 0)
                {
                    // A 131056's push: the pair's TAT goes up to a time ahead.
                    var tat = now + (step * Interval);
                    table.Raise(pairKey, tat, now);
                    model[pairKey] = Math.Max(model.GetValueOrDefault(pairKey, long.MinValue), tat);
                    continue;
                }

                var expected = ModelAcquire(model, pairKey, now, reserve);
                Assert.Equal(expected, table.Acquire(pairKey, now, Interval, Tolerance, floor: long.MinValue, reserve));
            }

            foreach (var (pairKey, tat) in model.Where(p => p.Value > now))
            {
                Assert.Equal(tat, table.Peek(pairKey));
            }

            Assert.True(table.Count >= model.Count(p => p.Value > now));
        }, iter: 300);
    }

    private static long ModelAcquire(Dictionary<long, long> model, long key, long now, bool reserve)
    {
        var tat = Math.Max(model.GetValueOrDefault(key, long.MinValue), now);
        var allowedAt = tat - Tolerance;
        if (allowedAt > now && !reserve)
        {
            return -(allowedAt - now);
        }

        model[key] = tat + Interval;
        return Math.Max(0, allowedAt - now);
    }
}
