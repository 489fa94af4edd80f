namespace Mentorship.Matching.Contracts;

/// <summary>
/// A programme's coordinators set its 8 criterion weights (each in [0, 10]). Matching owns the weights;
/// Enrollment keeps a copy so the programme's settings show the weights the next round will use.
/// Consumers keep the newest <see cref="ChangedAt"/>.
/// </summary>
public sealed record MatchingWeightsChanged(
    Guid ProgrammeId,
    double Geography,
    double Sector,
    double JobFunction,
    double Background,
    double Age,
    double Language,
    double Expectations,
    double Hobbies,
    DateTimeOffset ChangedAt);
