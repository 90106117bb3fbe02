using Microsoft.Playwright;

namespace CloudApi.Sdk.Emulator.Browser.Tests.Infrastructure;

/// <summary>
/// A fresh browser context and page per test, on the collection's shared browser. When a test fails, its page is
/// saved as a screenshot under the test output's TestResults/screenshots folder.
/// </summary>
public abstract class BrowserTest(BrowserFixture browser) : IAsyncLifetime
{
    private IBrowserContext? _context;

    protected IPage Page { get; private set; } = null!;

    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public virtual async ValueTask InitializeAsync()
    {
        _context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        Page = await _context.NewPageAsync();
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result == TestResult.Failed && Page is not null)
        {
            Directory.CreateDirectory(ScreenshotDirectory);
            var name = string.Concat((TestContext.Current.Test?.TestDisplayName ?? "test").Select(c => char.IsLetterOrDigit(c) || c is '_' or '-' ? c : '_'));
            var path = Path.Combine(ScreenshotDirectory, name + ".png");
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            TestContext.Current.AddAttachment("screenshot", path);
        }

        if (_context is not null)
        {
            await _context.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Opens the inbox on a chat and waits until the live connection is up (so no change is missed).</summary>
    protected async Task OpenChatAsync(Uri emulator, string user, string? number = null)
    {
        var query = "?chat=" + Uri.EscapeDataString(user) + (number is null ? string.Empty : "&number=" + Uri.EscapeDataString(number));
        await Page.GotoAsync(new Uri(emulator, "/" + query).ToString());
        await Assertions.Expect(Page.Locator("#live")).ToHaveTextAsync("Live");
    }

    protected ILocator Bubble(string messageId) => Page.Locator($"li.msg[data-id=\"{messageId}\"]");
}
