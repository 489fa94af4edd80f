using Mentorship.ServiceDefaults.Transitions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.ServiceDefaults.Http;

/// <summary>The one mapping of a refused transition to ProblemDetails, so every service answers a refusal alike.</summary>
public static class TransitionProblems
{
    public const string ReasonsExtension = "reasons";

    /// <summary>
    /// Invalid: 400 validation problem naming the field. Conflict: 409 titled with the refusal, its reasons
    /// (when it has any) under "reasons", plus what the caller adds (e.g. the entity's current status).
    /// </summary>
    public static ProblemHttpResult ToProblem(this TransitionResult result, IDictionary<string, object?>? extensions = null) =>
        result.Outcome switch
        {
            TransitionOutcome.Invalid => Invalid(result.InvalidField!, result.Refusal!),
            TransitionOutcome.Conflict => ApiProblems.Conflict(result.Refusal!, extensions: WithReasons(result.Reasons, extensions)),
            _ => throw new InvalidOperationException($"A {result.Outcome} transition was not refused; answer it with the resource."),
        };

    private static ProblemHttpResult Invalid(string field, string rule) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [rule] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more validation errors occurred.",
        });

    private static Dictionary<string, object?>? WithReasons(IReadOnlyList<string> reasons, IDictionary<string, object?>? extensions)
    {
        if (reasons.Count == 0)
            return extensions is null ? null : new Dictionary<string, object?>(extensions);
        return new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>()) { [ReasonsExtension] = reasons };
    }
}
