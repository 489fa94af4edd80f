namespace Mentorship.Enrollment.Contracts;

/// <summary>A person this participant must never be paired with, and why ("thesis-director", "thesis-committee", "line-manager", "other").</summary>
public sealed record DeclaredConflict(Guid PersonId, string Relation);
