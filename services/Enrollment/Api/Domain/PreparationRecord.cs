namespace Mentorship.Enrollment.Domain;

/// <summary>A preparation step recorded as done, by whom and when.</summary>
public sealed record PreparationRecord(string Step, DateTimeOffset CompletedAt, Guid RecordedBy);
