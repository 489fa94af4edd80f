namespace Mentorship.Enrollment.Domain.Imports;

/// <summary>Why a row was refused: the column, the rule it broke (as the single-application validation names it) and a message.</summary>
public sealed record ImportError(string Column, string Rule, string Message);
