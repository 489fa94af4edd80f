namespace Mentorship.Enrollment.Contracts;

/// <summary>
/// A programme was created from a template; carries the settings other services act on. <see cref="Name"/>
/// (the programme's public name, shown in its mails) comes last and optional so that older messages still read;
/// <see cref="Institution"/> (the university running a T'M programme, for roll-up reports) likewise.
/// </summary>
public sealed record ProgrammeCreated(
    Guid ProgrammeId,
    string TemplateId,
    CriterionWeights Weights,
    int DefaultMentorCapacity,
    int MeetingsPerMonth,
    int DurationMonths,
    int AlertAfterWeeksWithoutMeeting,
    DateTimeOffset CreatedAt,
    string? Name = null,
    string? Institution = null);
