namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>Surveys sent and answered for a group of respondents ("all", "mentee" or "mentor").</summary>
public sealed record ResponseRate(string Group, int Assigned, int Completed, double? Rate)
{
    public static ResponseRate Of(string group, IEnumerable<SurveyCount> counts)
    {
        var list = counts.ToList();
        var assigned = list.Sum(c => c.Count);
        var completed = list.Where(c => c.Status == SurveyStatus.Completed).Sum(c => c.Count);
        return new ResponseRate(group, assigned, completed, assigned == 0 ? null : (double)completed / assigned);
    }
}
