namespace Mentorship.Enrollment.Apis.Models;

/// <summary>Dates in Brussels, both inclusive; an end left out is open. In a PATCH it replaces the whole window: {} removes it.</summary>
public sealed record ApplicationWindowInput(DateOnly? OpensOn, DateOnly? ClosesOn);
