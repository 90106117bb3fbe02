using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.PhoneNumbers;

/// <summary>A number just added (<c>POST /{waba-id}/phone_numbers</c> or <c>POST /{business-id}/add_phone_numbers</c>): its new id.</summary>
public sealed class CreatedPhoneNumber : GraphResult
{
    internal CreatedPhoneNumber(string id, GraphSource source)
        : base(source)
    {
        Id = id;
    }

    /// <summary>The new id (<c>id</c>).</summary>
    public string Id { get; }
}
