namespace CloudApi.Sdk.Emulator.Tool;

/// <summary><c>whatsapp-emulator [--urls http://127.0.0.1:5080] [--Emulator:Option=value ...]</c>; <c>--help</c> for the usage.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) => WhatsAppEmulator.RunStandaloneAsync(args);
}
