using Mentorship.Matching.Domain;
using Mentorship.Matching.Engine.Scoring;

namespace Mentorship.Matching.Apis.Models;

public sealed record WeightsView(Guid ProgrammeId, CriterionWeights Weights, DateTimeOffset? ChangedAt, Guid? ChangedBy)
{
    public static WeightsView From(MatchingProgramme programme) =>
        new(programme.Id, programme.Weights, programme.WeightsChangedAt, programme.WeightsChangedBy);
}
