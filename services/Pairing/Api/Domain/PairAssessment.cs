namespace Mentorship.Pairing.Domain;

/// <summary>A pair measured against its programme's cadence on a given day.</summary>
public sealed record PairAssessment(int? MeetingsExpected, DateOnly? TermOn, DateOnly? LastContactOn);
