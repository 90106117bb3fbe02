using System.Globalization;

namespace CloudApi.Sdk.Emulator.State;

/// <summary>Creates ids shaped like Meta's: numeric Graph ids and <c>wamid.</c> message ids.</summary>
internal sealed class Ids
{
    private long _next = 900_000_000_000_000;

    public string NextGraphId() => Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);

    public string NextMessageId()
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, Interlocked.Increment(ref _next));
        System.Security.Cryptography.RandomNumberGenerator.Fill(bytes[8..]);
        return "wamid." + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static string Digits(string value)
    {
        Span<char> buffer = value.Length <= 64 ? stackalloc char[value.Length] : new char[value.Length];
        var length = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                buffer[length++] = c;
            }
        }

        return new string(buffer[..length]);
    }
}
