namespace CloudApi.Sdk.Emulator.State;

/// <summary>The flows of every WABA (ordered by creation) and the business public key of each phone number.</summary>
internal sealed class FlowStore
{
    private readonly Lock _lock = new();
    private readonly List<StoredFlow> _flows = [];
    private readonly Dictionary<string, string> _publicKeys = new(StringComparer.Ordinal);

    public void Add(StoredFlow flow)
    {
        lock (_lock)
        {
            _flows.Add(flow);
        }
    }

    public StoredFlow? Find(string id)
    {
        lock (_lock)
        {
            return _flows.Find(f => f.Id == id);
        }
    }

    public StoredFlow? FindByName(string businessAccountId, string name)
    {
        lock (_lock)
        {
            return _flows.FindLast(f => f.BusinessAccountId == businessAccountId && f.Name == name);
        }
    }

    public List<StoredFlow> ForAccount(string businessAccountId)
    {
        lock (_lock)
        {
            return _flows.FindAll(f => f.BusinessAccountId == businessAccountId);
        }
    }

    /// <summary>Removes <paramref name="flow"/> if it is a draft; returns whether it did.</summary>
    public bool RemoveDraft(StoredFlow flow)
    {
        lock (_lock)
        {
            return flow.Status == "DRAFT" && _flows.Remove(flow);
        }
    }

    /// <summary>Runs <paramref name="change"/> under the store's lock, so a status check and its change are one step.</summary>
    public T Update<T>(Func<T> change)
    {
        lock (_lock)
        {
            return change();
        }
    }

    public void SetPublicKey(string phoneNumberId, string pem)
    {
        lock (_lock)
        {
            _publicKeys[phoneNumberId] = pem;
        }
    }

    public string? PublicKey(string phoneNumberId)
    {
        lock (_lock)
        {
            return _publicKeys.GetValueOrDefault(phoneNumberId);
        }
    }
}
