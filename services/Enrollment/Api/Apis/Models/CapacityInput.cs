namespace Mentorship.Enrollment.Apis.Models;

/// <summary>The most approved participants per role; a role left out has no limit. In a PATCH it replaces both: {} removes them.</summary>
public sealed record CapacityInput(int? Mentees, int? Mentors);
