namespace CloudApi.Sdk.Emulator.Tool;

/// <summary><c>whatsapp-emulator [--urls http://127.0.0.1:5080] [--Emulator:Option=value ...]</c></summary>
internal static class Program
{
    public static Task Main(string[] args) => WhatsAppEmulator.RunStandaloneAsync(args);
}
