using Mentorship.Pairing.Domain;
using Mentorship.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.Pairing.Apis;

/// <summary>A refused transition: 400 naming the field when a value does not fit this pair, else 409 naming the pair's status.</summary>
public static class PairProblems
{
    public static ProblemHttpResult Refused(TransitionResult result, Pair pair)
    {
        if (result.InvalidField is { } field)
            return TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [result.Refusal!] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "One or more validation errors occurred.",
            });

        return ApiProblems.Conflict(
            result.Refusal!,
            extensions: new Dictionary<string, object?> { ["currentStatus"] = Kebab.Name(pair.Status) });
    }
}
