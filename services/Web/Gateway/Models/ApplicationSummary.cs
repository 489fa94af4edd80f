namespace Mentorship.Web.Gateway.Models;

/// <summary>A row of the coordinators' applications queue.</summary>
public sealed record ApplicationSummary(
    Guid Id,
    Guid PersonId,
    string FirstName,
    string LastName,
    string Role,
    string Status,
    bool Eligible,
    int PreparationDone,
    DateTimeOffset SubmittedAt)
{
    /// <summary>The person who applied: the monitoring table names pair members by it.</summary>
    public Guid PersonId { get; init; }
}
