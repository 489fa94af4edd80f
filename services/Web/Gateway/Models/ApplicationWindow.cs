using System.Text.Json.Serialization;

namespace Mentorship.Web.Gateway.Models;

/// <summary>The days participants apply themselves (Brussels dates, both included); an end left null is open.</summary>
public sealed record ApplicationWindow(DateOnly? OpensOn, DateOnly? ClosesOn)
{
    [JsonIgnore]
    public bool IsSet => OpensOn is not null || ClosesOn is not null;
}
