using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// The cards of a carousel template: <c>{"type":"carousel","cards":[{"card_index":0,"components":[...]}, ...]}</c>.
/// Create it with <see cref="TemplateComponent.Carousel"/>; send as many cards as the template defines.
/// </summary>
public sealed partial class TemplateCarouselComponent : TemplateComponent
{
    /// <summary>The fewest cards of a carousel.</summary>
    public const int MinCards = 2;

    /// <summary>The most cards of a carousel.</summary>
    public const int MaxCards = 10;

    private readonly TemplateCarouselCard[] _cards;

    internal TemplateCarouselComponent(IEnumerable<TemplateCarouselCard> cards)
    {
        _cards = Validate.Copy(cards, "template.components.cards");
        Validate.Count(_cards.Length, MinCards, MaxCards, "template.components.cards");
        foreach (var card in _cards)
        {
            Validate.Range(card.CardIndex, 0, _cards.Length - 1, "template.components.cards.card_index");
        }

        Validate.Unique(_cards, static c => c.CardIndex.ToString(System.Globalization.CultureInfo.InvariantCulture), "template.components.cards.card_index");
        Cards = Validate.ReadOnly(_cards);
    }

    /// <inheritdoc />
    public override string Type => "carousel";

    /// <summary>The cards.</summary>
    public IReadOnlyList<TemplateCarouselCard> Cards { get; }
}
