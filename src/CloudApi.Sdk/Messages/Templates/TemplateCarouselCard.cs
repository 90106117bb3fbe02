using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// One card of a carousel template: <c>{"card_index":0,"components":[{"type":"header",...},{"type":"body",...},{"type":"button",...}]}</c>.
/// </summary>
public sealed partial class TemplateCarouselCard
{
    /// <summary>The most buttons on one card.</summary>
    public const int MaxButtons = 2;

    private readonly TemplateComponent[] _components;

    /// <summary>Creates a card.</summary>
    /// <param name="cardIndex">The card's 0-based position (0 to the number of cards - 1).</param>
    /// <param name="components">The card's header (usually an image or video), body and up to two buttons.</param>
    /// <exception cref="WhatsAppValidationException">The index is out of range, a carousel is nested, or a limit on the card's components is broken.</exception>
    public TemplateCarouselCard(int cardIndex, params IEnumerable<TemplateComponent> components)
    {
        Validate.Range(cardIndex, 0, int.MaxValue, "template.components.cards.card_index");
        _components = Validate.Copy(components, "template.components.cards.components");
        if (_components.Any(static c => c is TemplateCarouselComponent))
        {
            throw new WhatsAppValidationException("template.components.cards.components", "A carousel card cannot contain a carousel.");
        }

        TemplateMessage.ValidateComponents(_components, "template.components.cards.components");
        Validate.Count(_components.Count(static c => c is TemplateButtonComponent), 0, MaxButtons, "template.components.cards.components.buttons");
        foreach (var body in _components.OfType<TemplateBodyComponent>())
        {
            body.ValidateTextLength(TemplateBodyComponent.MaxTextLength);
        }

        CardIndex = cardIndex;
        Components = Validate.ReadOnly(_components);
    }

    /// <summary>The card's 0-based position.</summary>
    public int CardIndex { get; }

    /// <summary>The card's components.</summary>
    public IReadOnlyList<TemplateComponent> Components { get; }
}
