using Mentorship.Evaluation.Domain.Statistics;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>Computes the effects report from one programme's answers (a few hundred respondents at most).</summary>
public static class EffectsAnalysis
{
    /// <summary>"Quite a lot" or more on the 0..3 scale, for both dimensions.</summary>
    public const int AddressedThreshold = 2;

    public static EffectsReport Build(
        Guid programmeId,
        IReadOnlyList<string> dimensions,
        IReadOnlyList<EffectRespondent> respondents,
        IReadOnlyList<MoreMeetingsAnswer> moreMeetings)
    {
        var reported = respondents.Where(r => r.ProfessionalAddressed is not null && r.PersonalAddressed is not null).ToList();
        var logged = respondents.Where(r => r.Logged is { Meetings: > 0 }).ToList();

        return new EffectsReport(
            programmeId,
            respondents.Count,
            dimensions.Select(d => EffectStatistics.From(d, OneSampleTTest.Against0(Values(respondents, d)))).ToList(),
            new EffectSplit(
                "respondents' answers",
                $"professional-addressed >= {AddressedThreshold} and personal-addressed >= {AddressedThreshold}",
                "professional-addressed + personal-addressed (0..6)",
                dimensions.Select(d => Split(d, reported,
                    r => r.ProfessionalAddressed >= AddressedThreshold && r.PersonalAddressed >= AddressedThreshold,
                    r => r.ProfessionalAddressed!.Value + r.PersonalAddressed!.Value)).ToList()),
            new EffectSplit(
                "logged meetings (pairs without logged meetings are left out)",
                "at least one meeting addressed the professional dimension and at least one the personal dimension",
                "share of meetings addressing the professional dimension + share addressing the personal dimension (0..2)",
                dimensions.Select(d => Split(d, logged, r => r.Logged!.BothAddressed, r => r.Logged!.Extent)).ToList()),
            [
                ShareOfRespondents.Of("all", moreMeetings.Select(m => m.WantedMore).ToList()),
                .. Enum.GetValues<RespondentRole>().Select(role => ShareOfRespondents.Of(
                    QueryEnum.Name(role), moreMeetings.Where(m => m.Role == role).Select(m => m.WantedMore).ToList())),
            ]);
    }

    private static SplitEffect Split(
        string dimension,
        IReadOnlyList<EffectRespondent> respondents,
        Func<EffectRespondent, bool> addressed,
        Func<EffectRespondent, double> predictor)
    {
        var answered = respondents.Where(r => r.Effects.ContainsKey(dimension)).ToList();
        return new SplitEffect(
            dimension,
            OneSampleTTest.Against0(Values(answered.Where(addressed), dimension)),
            OneSampleTTest.Against0(Values(answered.Where(r => !addressed(r)), dimension)),
            PearsonCorrelation.Of(answered.Select(r => (predictor(r), (double)r.Effects[dimension])).ToList()));
    }

    private static List<double> Values(IEnumerable<EffectRespondent> respondents, string dimension) =>
        respondents.Where(r => r.Effects.ContainsKey(dimension)).Select(r => (double)r.Effects[dimension]).ToList();
}
