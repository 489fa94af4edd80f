using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.ServiceDefaults.Http;

/// <summary>The {personId} of the /api/people routes, read by hand so that a malformed one is a 400 naming it, not a 404.</summary>
public static class PersonIds
{
    public const string Field = "personId";

    public static bool TryParse(string? value, out Guid personId) =>
        Guid.TryParse(value, out personId) && personId != Guid.Empty;

    public static ValidationProblem Malformed() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]>
        {
            [Field] = ["personId must be a person's id: a non-empty UUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301."],
        });
}
