namespace Mentorship.Enrollment.Apis.Models;

/// <summary>Contact details; language is the one notifications are sent in (fr, nl or en).</summary>
public sealed record PersonInput(
    string? FirstName,
    string? LastName,
    string? Email,
    string? Phone,
    DateOnly? BirthDate,
    string? Language);
