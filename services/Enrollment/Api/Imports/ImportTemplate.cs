using Mentorship.Enrollment.Domain;
using Mentorship.Enrollment.Domain.Eligibility;
using Mentorship.Enrollment.Domain.Templates;
using Mentorship.ServiceDefaults.Backend.Export;

namespace Mentorship.Enrollment.Imports;

/// <summary>The header of a programme's import file and one example row per role, with answers that pass its rules.</summary>
public static class ImportTemplate
{
    public static ExportTable For(Programme programme, DateOnly today)
    {
        var answers = ImportColumns.AnswerColumns(programme.Template);
        var columns = ImportColumns.Standard.Concat(answers).ToList();
        return new ExportTable("applications", columns,
        [
            Example(ParticipantRole.Mentee, programme.Template, answers, today,
                ["mentee", "", "Amina", "Benali", "amina.benali@example.org", "0470 12 34 56", "2006-03-02", "fr",
                 "BE-WHT", "education", "", "engineering", "fr;ar", "studies;method", "football", "", "", ""]),
            Example(ParticipantRole.Mentor, programme.Template, answers, today,
                ["mentor", "", "Luc", "Martin", "luc.martin@example.org", "", "1975-11-20", "fr",
                 "BE-WHT", "education", "teaching", "sciences", "fr;en", "studies;method", "cycling",
                 programme.DefaultMentorCapacity.ToString(System.Globalization.CultureInfo.InvariantCulture), "", ""]),
        ]);
    }

    private static List<object?> Example(
        ParticipantRole role, ProgrammeTemplate template, IReadOnlyList<string> answerColumns, DateOnly today, IReadOnlyList<string> standard)
    {
        var examples = template.For(role).Eligibility.SelectMany(rule => rule.SelfAndParts())
            .Where(rule => rule.Answer is not null)
            .GroupBy(rule => ImportColumns.AnswerPrefix + rule.Answer)
            .ToDictionary(group => group.Key, group => PassingAnswer(group.First(), today));
        return [.. standard, .. answerColumns.Select(column => examples.GetValueOrDefault(column))];
    }

    private static object? PassingAnswer(EligibilityRule rule, DateOnly today) => rule.Kind switch
    {
        EligibilityRuleKind.AnswerIsTrue => true,
        EligibilityRuleKind.AnswerIn => rule.AllowedValues![0],
        EligibilityRuleKind.MinimumLanguageLevel => rule.MinimumLevel,
        EligibilityRuleKind.MaximumYearsSince => today.Year - 1,
        _ => null,
    };
}
