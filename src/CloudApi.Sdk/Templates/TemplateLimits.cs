namespace CloudApi.Sdk.Templates;

/// <summary>Meta's limits on template creation, checked before a request is sent.</summary>
public static class TemplateLimits
{
    /// <summary>The longest template name.</summary>
    public const int MaxNameLength = 512;

    /// <summary>The longest header text.</summary>
    public const int MaxHeaderTextLength = 60;

    /// <summary>The longest body text.</summary>
    public const int MaxBodyTextLength = 1024;

    /// <summary>The longest footer text.</summary>
    public const int MaxFooterTextLength = 60;

    /// <summary>The most buttons in a template.</summary>
    public const int MaxButtons = 10;

    /// <summary>The most URL buttons.</summary>
    public const int MaxUrlButtons = 2;

    /// <summary>The most phone-number buttons.</summary>
    public const int MaxPhoneNumberButtons = 1;

    /// <summary>The most copy-code buttons.</summary>
    public const int MaxCopyCodeButtons = 1;

    /// <summary>The longest button label.</summary>
    public const int MaxButtonTextLength = 25;

    /// <summary>The longest button URL.</summary>
    public const int MaxButtonUrlLength = 2000;

    /// <summary>The longest button phone number.</summary>
    public const int MaxButtonPhoneNumberLength = 20;

    /// <summary>The longest copy-code example.</summary>
    public const int MaxCopyCodeExampleLength = 15;

    /// <summary>The longest code expiry of an authentication template, in minutes.</summary>
    public const int MaxCodeExpirationMinutes = 90;
}
