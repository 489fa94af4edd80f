namespace Mentorship.Enrollment.Apis.Models;

public sealed record ConflictInput(Guid? PersonId, string? Relation);
