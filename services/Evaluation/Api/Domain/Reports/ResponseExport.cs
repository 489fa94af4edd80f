using Mentorship.Evaluation.Domain.Templates;
using Mentorship.ServiceDefaults.Backend.Export;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>
/// The researchers' file: one row per completed survey (baseline and closure alike, so a respondent's two
/// state ratings share the "{dimension}-state" columns) with a pseudonymous respondent code, role, kind,
/// the pair's outcome and every answer. Scales are numbers, yes/no is 1/0, each option of a multi-select
/// is its own 1/0 column ("benefits.support"); a cell is empty when the respondent's survey did not ask
/// it. Free text and every id stay out.
/// </summary>
public static class ResponseExport
{
    private static readonly IReadOnlyList<string> LeadingColumns = ["respondent", "role", "kind", "outcome"];

    public static ExportTable Build(byte[] programmeSalt, IReadOnlyList<ExportSurvey> surveys, IReadOnlyList<ExportAnswer> answers)
    {
        var columns = Columns(surveys);
        var answersBySurvey = answers.ToLookup(a => a.SurveyId);
        var rows = surveys
            .Select(s => (Code: Pseudonyms.Code(programmeSalt, s.RespondentId), Survey: s))
            .OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Survey.Role).ThenBy(r => r.Survey.Kind)
            .Select(r => Row(r.Code, r.Survey, columns, answersBySurvey[r.Survey.SurveyId].ToList()))
            .ToList();
        return new ExportTable("responses", [.. LeadingColumns, .. columns.Select(c => c.Name)], rows);
    }

    private static List<ExportColumn> Columns(IReadOnlyList<ExportSurvey> surveys)
    {
        var columns = new List<ExportColumn>();
        var asked = surveys.Select(s => (s.TemplateId, s.Role, s.Kind)).Distinct()
            .OrderBy(t => SurveyTemplates.All.ToList().IndexOf(SurveyTemplates.For(t.TemplateId))).ThenBy(t => t.Role).ThenBy(t => t.Kind);
        foreach (var (templateId, role, kind) in asked)
        {
            foreach (var item in SurveyTemplates.For(templateId).ItemsFor(kind, role).Where(i => i.Type != ItemType.Text))
            {
                var options = item.Type == ItemType.MultiChoice ? (item.Options ?? []).Select(o => o.Id) : [SurveyAnswer.NoOption];
                foreach (var option in options)
                {
                    var column = new ExportColumn(item.Id, option);
                    if (!columns.Contains(column))
                        columns.Add(column);
                }
            }
        }

        return columns;
    }

    private static List<object?> Row(string code, ExportSurvey survey, List<ExportColumn> columns, List<ExportAnswer> answers)
    {
        var items = SurveyTemplates.For(survey.TemplateId).ItemsFor(survey.Kind, survey.Role);
        var row = new List<object?> { code, QueryEnum.Name(survey.Role), QueryEnum.Name(survey.Kind), survey.Outcome };
        foreach (var column in columns)
        {
            var item = items.FirstOrDefault(i => i.Id == column.ItemId && i.Type != ItemType.Text);
            var answer = answers.FirstOrDefault(a => a.ItemId == column.ItemId && a.Option == column.Option);
            row.Add(item switch
            {
                null => null,
                { Type: ItemType.MultiChoice } => answer is null ? 0 : 1,
                _ => answer?.Value,
            });
        }

        return row;
    }

    private sealed record ExportColumn(string ItemId, string Option)
    {
        public string Name => Option.Length == 0 ? ItemId : $"{ItemId}.{Option}";
    }
}
