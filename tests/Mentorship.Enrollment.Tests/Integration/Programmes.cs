using Mentorship.Enrollment.Domain;
using Mentorship.Enrollment.Domain.Templates;

namespace Mentorship.Enrollment.Tests.Integration;

/// <summary>Programme rows written straight to the database, to test what the database itself refuses.</summary>
public static class Programmes
{
    public static Programme New(string templateId, string name, string cohort)
    {
        var template = ProgrammeTemplates.Find(templateId)!;
        return new Programme
        {
            Id = Guid.CreateVersion7(),
            TemplateId = template.Id,
            Name = name,
            Cohort = cohort,
            Weights = template.DefaultWeights,
            DefaultMentorCapacity = template.DefaultMentorCapacity,
            MeetingsPerMonth = template.MeetingsPerMonth,
            DurationMonths = template.DurationMonths,
            AlertAfterWeeksWithoutMeeting = template.AlertAfterWeeksWithoutMeeting,
            CreatedAt = DateTimeOffset.UtcNow,
            CreatedBy = Guid.NewGuid(),
        };
    }
}
