using System.Collections;
using System.Runtime.CompilerServices;

namespace CloudApi.Sdk.Flows.Json;

/// <summary>
/// A list property of a Flow JSON component (a <c>data-source</c>, <c>list-items</c>, <c>init-value</c>…) that is either
/// literal items or a dynamic reference to an array in the screen's data (<c>"${data.departments}"</c>). Build it with
/// a collection expression (<c>[new FlowOption("a", "A")]</c>) or from a reference string.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
[CollectionBuilder(typeof(FlowItems), nameof(FlowItems.Create))]
public sealed class FlowItems<T> : IReadOnlyList<T>
    where T : notnull
{
    private readonly T[] _items;

    internal FlowItems(T[] items, string? reference)
    {
        _items = items;
        Reference = reference;
    }

    /// <summary>The dynamic reference (e.g. <c>${data.departments}</c>), or <see langword="null"/> for literal items.</summary>
    public string? Reference { get; }

    /// <summary>Whether the items come from a dynamic reference (then the list itself is empty).</summary>
    public bool IsReference => Reference is not null;

    /// <summary>The number of literal items (0 for a reference).</summary>
    public int Count => _items.Length;

    /// <summary>A literal item.</summary>
    /// <param name="index">The position.</param>
    public T this[int index] => _items[index];

    /// <summary>Converts a dynamic reference such as <c>${data.departments}</c>.</summary>
    /// <param name="reference">The reference, <c>${…}</c>.</param>
    /// <exception cref="WhatsAppValidationException"><paramref name="reference"/> is not of the form <c>${…}</c>.</exception>
    public static implicit operator FlowItems<T>(string reference) => new([], FlowReference.Check(reference, "reference"));

    /// <summary>Enumerates the literal items.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Creates <see cref="FlowItems{T}"/> (the builder of its collection expressions).</summary>
public static class FlowItems
{
    /// <summary>Literal items, copied.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>The list.</returns>
    /// <exception cref="WhatsAppValidationException">An item is <see langword="null"/>.</exception>
    public static FlowItems<T> Create<T>(ReadOnlySpan<T> items)
        where T : notnull => new(NoNullItems(items.ToArray()), null);

    /// <summary>Literal items, copied.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>The list.</returns>
    /// <exception cref="WhatsAppValidationException"><paramref name="items"/> or an item is <see langword="null"/>.</exception>
    public static FlowItems<T> From<T>(IEnumerable<T> items)
        where T : notnull => new(NoNullItems(Validate.NotNull(items, "items").ToArray()), null);

    private static T[] NoNullItems<T>(T[] items)
    {
        if (Array.Exists(items, item => item is null))
        {
            throw new WhatsAppValidationException("items", "items must not contain null items.");
        }

        return items;
    }
}
