using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Business;

/// <summary>A schedule just created (<c>POST /{waba-id}/schedules</c>): its id.</summary>
public sealed class CreateScheduleResult : GraphResult
{
    internal CreateScheduleResult(string id, GraphSource source)
        : base(source)
    {
        Id = id;
    }

    /// <summary>The new schedule's id (<c>id</c>).</summary>
    public string Id { get; }
}
