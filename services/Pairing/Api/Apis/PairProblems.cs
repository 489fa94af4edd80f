using Mentorship.Pairing.Domain;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Transitions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.Pairing.Apis;

/// <summary>A refused change of a pair: the shared mapping, a 409 also naming the pair's status.</summary>
public static class PairProblems
{
    public static ProblemHttpResult Refused(TransitionResult result, Pair pair) =>
        result.ToProblem(new Dictionary<string, object?> { ["currentStatus"] = Kebab.Name(pair.Status) });
}
