using System.Text.Json.Nodes;

namespace CloudApi.Sdk.Emulator.State;

/// <summary>The message templates of every WABA, ordered by creation.</summary>
internal sealed class TemplateStore
{
    private readonly Lock _lock = new();
    private readonly List<StoredTemplate> _templates = [];

    public void Add(StoredTemplate template)
    {
        lock (_lock)
        {
            _templates.Add(template);
        }
    }

    public StoredTemplate? Find(string id)
    {
        lock (_lock)
        {
            return _templates.Find(t => t.Id == id);
        }
    }

    public bool Exists(string businessAccountId, string name, string language)
    {
        lock (_lock)
        {
            return _templates.Exists(t => t.BusinessAccountId == businessAccountId && t.Name == name && t.Language == language);
        }
    }

    public List<StoredTemplate> ForAccount(string businessAccountId)
    {
        lock (_lock)
        {
            return _templates.FindAll(t => t.BusinessAccountId == businessAccountId);
        }
    }

    public List<StoredTemplate> Named(string businessAccountId, string name)
    {
        lock (_lock)
        {
            return _templates.FindAll(t => t.BusinessAccountId == businessAccountId && t.Name == name);
        }
    }

    /// <summary>Removes the templates of <paramref name="name"/> (all languages, or only <paramref name="id"/>); returns how many.</summary>
    public int Remove(string businessAccountId, string name, string? id)
    {
        lock (_lock)
        {
            return _templates.RemoveAll(t => t.BusinessAccountId == businessAccountId && t.Name == name && (id is null || t.Id == id));
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _templates.Clear();
        }
    }

    public void Edit(StoredTemplate template, string? category, JsonArray? components)
    {
        lock (_lock)
        {
            if (category is not null)
            {
                template.Category = category;
            }

            if (components is not null)
            {
                template.Components = components;
            }
        }
    }

    public void SetStatus(StoredTemplate template, string status)
    {
        lock (_lock)
        {
            template.StoredStatus = status;
        }
    }
}
