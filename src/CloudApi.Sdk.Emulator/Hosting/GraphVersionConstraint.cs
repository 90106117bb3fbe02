using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CloudApi.Sdk.Emulator.Hosting;

/// <summary>Matches a Graph version segment such as <c>v26.0</c> (any <c>v{major}.0</c>).</summary>
internal sealed class GraphVersionConstraint : IRouteConstraint
{
    public const string Name = "graphversion";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string text && IsVersion(text);

    public static bool IsVersion(string text) =>
        text.Length >= 4 && text[0] == 'v' && text.EndsWith(".0", StringComparison.Ordinal) && text[1..^2].All(char.IsAsciiDigit) && text.Length - 3 >= 1;
}
