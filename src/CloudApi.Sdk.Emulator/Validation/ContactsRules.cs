using System.Text.Json.Nodes;
using static CloudApi.Sdk.Emulator.Validation.JsonRules;

namespace CloudApi.Sdk.Emulator.Validation;

/// <summary>Rules for <c>"type":"contacts"</c>: an array of contact cards, each with <c>name.formatted_name</c>.</summary>
internal static class ContactsRules
{
    public static void Validate(JsonArray contacts, string path)
    {
        foreach (var (contact, contactPath) in Objects(contacts, path))
        {
            var name = RequireObject(contact, "name", contactPath);
            RequireString(name, "formatted_name", $"{contactPath}.name");
            foreach (var list in new[] { "phones", "emails", "urls", "addresses" })
            {
                if (OptionalArray(contact, list, contactPath, 0, int.MaxValue) is { } items)
                {
                    foreach (var _ in Objects(items, $"{contactPath}.{list}"))
                    {
                    }
                }
            }

            OptionalObject(contact, "org", contactPath);
            OptionalString(contact, "birthday", contactPath);
        }
    }
}
