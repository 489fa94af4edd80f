namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>How many of a group's respondents said yes: group is "all", "mentee" or "mentor".</summary>
public sealed record ShareOfRespondents(string Group, int N, int Count, double? Share)
{
    public static ShareOfRespondents Of(string group, IReadOnlyCollection<bool> answers)
    {
        var yes = answers.Count(a => a);
        return new ShareOfRespondents(group, answers.Count, yes, answers.Count == 0 ? null : (double)yes / answers.Count);
    }
}
