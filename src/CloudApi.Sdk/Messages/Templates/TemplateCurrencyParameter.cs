using System.Text.Json;

namespace CloudApi.Sdk.Messages;

/// <summary>
/// An amount of money for a body variable:
/// <c>{"type":"currency","currency":{"fallback_value":"$100.99","code":"USD","amount_1000":100990}}</c>.
/// </summary>
public sealed partial class TemplateCurrencyParameter : TemplateParameter
{
    /// <summary>Creates a currency parameter.</summary>
    /// <param name="fallbackValue">The text shown where the amount cannot be localized.</param>
    /// <param name="code">The ISO 4217 currency code (three letters).</param>
    /// <param name="amount1000">The amount multiplied by 1,000.</param>
    /// <exception cref="WhatsAppValidationException">The fallback is empty or the code is not three letters.</exception>
    public TemplateCurrencyParameter(string fallbackValue, string code, long amount1000)
    {
        Validate.NotEmpty(fallbackValue, "template.components.parameters.currency.fallback_value");
        if (code is not { Length: 3 } || !char.IsAsciiLetter(code[0]) || !char.IsAsciiLetter(code[1]) || !char.IsAsciiLetter(code[2]))
        {
            throw new WhatsAppValidationException("template.components.parameters.currency.code",
                $"template.components.parameters.currency.code '{code}' must be an ISO 4217 code of three letters, e.g. USD.", 3);
        }

        FallbackValue = fallbackValue;
        Code = code;
        Amount1000 = amount1000;
    }

    /// <inheritdoc />
    public override string Type => "currency";

    /// <summary>The text shown where the amount cannot be localized.</summary>
    public string FallbackValue { get; }

    /// <summary>The ISO 4217 currency code.</summary>
    public string Code { get; }

    /// <summary>The amount multiplied by 1,000.</summary>
    public long Amount1000 { get; }
}
