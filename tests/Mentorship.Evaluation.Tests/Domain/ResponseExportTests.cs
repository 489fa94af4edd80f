using Mentorship.Evaluation.Domain;
using Mentorship.Evaluation.Domain.Reports;

namespace Mentorship.Evaluation.Tests.Domain;

public sealed class ResponseExportTests
{
    private static readonly byte[] Salt = Enumerable.Repeat((byte)7, 32).ToArray();

    [Fact]
    public void One_row_per_completed_survey_with_a_pseudonym_and_every_non_text_answer()
    {
        var mentee = Guid.NewGuid();
        var mentor = Guid.NewGuid();
        var menteeSurvey = Guid.NewGuid();
        var mentorSurvey = Guid.NewGuid();
        ExportSurvey[] surveys =
        [
            new(menteeSurvey, mentee, RespondentRole.Mentee, SurveyKind.Closure, "pollem", "studies"),
            new(mentorSurvey, mentor, RespondentRole.Mentor, SurveyKind.Closure, "pollem", "studies"),
        ];
        ExportAnswer[] answers =
        [
            new(menteeSurvey, "well-being", "", 2),
            new(menteeSurvey, "benefits", "support", null),
            new(menteeSurvey, "more-meetings", "", 1),
            new(mentorSurvey, "satisfaction", "", 4),
        ];

        var table = ResponseExport.Build(Salt, surveys, answers);

        Assert.Equal(["respondent", "role", "kind", "outcome", "well-being", "academic-success", "perseverance", "benefits.support"], table.Columns.Take(8));
        Assert.DoesNotContain("comment", table.Columns);
        Assert.Contains("benefits.network-belonging", table.Columns);
        Assert.Equal(2, table.Rows.Count);

        var menteeRow = table.Rows.Single(r => (string?)r[1] == "mentee");
        Assert.Equal(Pseudonyms.Code(Salt, mentee), menteeRow[0]);
        Assert.Equal("studies", menteeRow[3]);
        Assert.Equal(2, Cell(table, menteeRow, "well-being"));
        Assert.Equal(1, Cell(table, menteeRow, "benefits.support"));
        Assert.Equal(0, Cell(table, menteeRow, "benefits.listening"));
        Assert.Equal(1, Cell(table, menteeRow, "more-meetings"));

        var mentorRow = table.Rows.Single(r => (string?)r[1] == "mentor");
        Assert.Null(Cell(table, mentorRow, "well-being"));
        Assert.Null(Cell(table, mentorRow, "benefits.support"));
        Assert.Equal(4, Cell(table, mentorRow, "satisfaction"));
    }

    [Fact]
    public void A_baseline_row_fills_the_same_state_columns_as_the_closure_row_of_its_respondent()
    {
        var mentee = Guid.NewGuid();
        var baseline = Guid.NewGuid();
        var closure = Guid.NewGuid();
        ExportSurvey[] surveys =
        [
            new(baseline, mentee, RespondentRole.Mentee, SurveyKind.Baseline, "pollem", null),
            new(closure, mentee, RespondentRole.Mentee, SurveyKind.Closure, "pollem", null),
        ];
        ExportAnswer[] answers = [new(baseline, "well-being-state", "", 3), new(closure, "well-being-state", "", 6), new(closure, "well-being", "", 2)];

        var table = ResponseExport.Build(Salt, surveys, answers);

        Assert.Single(table.Columns, c => c == "well-being-state");
        var before = table.Rows.Single(r => (string?)r[2] == "baseline");
        var after = table.Rows.Single(r => (string?)r[2] == "closure");
        Assert.Equal(before[0], after[0]);
        Assert.Equal(3, Cell(table, before, "well-being-state"));
        Assert.Equal(6, Cell(table, after, "well-being-state"));
        Assert.Null(Cell(table, before, "well-being"));
        Assert.Null(Cell(table, before, "benefits.support"));
    }

    [Fact]
    public void No_id_reaches_the_file()
    {
        var respondent = Guid.NewGuid();
        var survey = Guid.NewGuid();

        var table = ResponseExport.Build(Salt, [new(survey, respondent, RespondentRole.Mentor, SurveyKind.Closure, "default", "job")], []);

        var cells = table.Rows.SelectMany(r => r).Select(c => c?.ToString() ?? "").ToList();
        Assert.DoesNotContain(cells, c => c.Contains(respondent.ToString(), StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(cells, c => c.Contains(survey.ToString(), StringComparison.OrdinalIgnoreCase));
    }

    private static object? Cell(Mentorship.ServiceDefaults.Backend.Export.ExportTable table, IReadOnlyList<object?> row, string column) =>
        row[table.Columns.ToList().IndexOf(column)];
}
