namespace CloudApi.Sdk.Flows.Json;

/// <summary>
/// The limits <see cref="FlowJson.Validate"/> checks, in one place. Taken from Meta's Flow JSON component reference as
/// collected in the project's notes; Meta changes them between Flow JSON versions, so each is a named constant here.
/// Texts holding a dynamic reference (<c>${…}</c>) are not length-checked: their length is only known on the device.
/// </summary>
internal static class FlowJsonLimits
{
    public const int TextHeading = 80;
    public const int TextSubheading = 80;
    public const int TextBody = 4096;
    public const int TextCaption = 409;

    /// <summary>The <c>label</c> of TextInput and TextArea.</summary>
    public const int InputLabel = 20;

    /// <summary>The <c>helper-text</c> of TextInput.</summary>
    public const int InputHelperText = 80;

    /// <summary>The largest <c>max-length</c> of a TextArea.</summary>
    public const int TextAreaMaxLength = 600;

    /// <summary>The <c>title</c> of a <c>data-source</c> item.</summary>
    public const int OptionTitle = 30;

    /// <summary>The items of a CheckboxGroup or RadioButtonsGroup <c>data-source</c>.</summary>
    public const int GroupOptionsMin = 1;
    public const int GroupOptionsMax = 20;

    public const int DropdownLabel = 20;
    public const int DropdownOptionsMin = 1;
    public const int DropdownOptionsMax = 200;

    public const int ChipsOptionsMin = 2;
    public const int ChipsOptionsMax = 20;

    public const int DatePickerLabel = 40;
    public const int OptInLabel = 120;
    public const int EmbeddedLinkText = 25;
    public const int FooterLabel = 35;

    public const int CarouselImagesMin = 1;
    public const int CarouselImagesMax = 3;

    public const int NavigationItemsMin = 1;
    public const int NavigationItemsMax = 20;

    /// <summary>Per screen (counting the branch of an If or Switch that has the most).</summary>
    public const int ImagesPerScreen = 3;
    public const int EmbeddedLinksPerScreen = 2;
    public const int FootersPerScreen = 1;

    /// <summary>Every component of a screen, nested ones and both branches of an If included.</summary>
    public const int ComponentsPerScreen = 50;

    /// <summary>The screens one screen of the routing model may lead to.</summary>
    public const int RoutingBranchesPerScreen = 10;
}
