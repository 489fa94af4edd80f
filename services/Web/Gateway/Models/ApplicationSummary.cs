namespace Mentorship.Web.Gateway.Models;

/// <summary>A row of the coordinators' applications queue; PersonId names pair members in the console's tables.</summary>
public sealed record ApplicationSummary(
    Guid Id,
    Guid PersonId,
    string FirstName,
    string LastName,
    string Role,
    string Status,
    bool Eligible,
    int PreparationDone,
    DateTimeOffset SubmittedAt);
