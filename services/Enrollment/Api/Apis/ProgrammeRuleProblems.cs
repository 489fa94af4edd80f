using Mentorship.Enrollment.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.Enrollment.Apis;

/// <summary>
/// 409s for a programme rule the request runs into: type and "rule" name the rule, so a front end
/// can say it in its own words, and the extensions carry what it needs to (the dates, the count).
/// </summary>
public static class ProgrammeRuleProblems
{
    public static ProblemHttpResult OutsideApplicationWindow(ApplicationWindow window) => Problem(
        "application-window",
        "Applications to this programme are not open today (application-window).",
        $"Participants apply {Describe(window)} (dates in Brussels, both included).",
        new Dictionary<string, object?> { ["opensOn"] = window.OpensOn, ["closesOn"] = window.ClosesOn });

    public static ProblemHttpResult CapacityReached(ParticipantRole role, int capacity, int approved) => Problem(
        "capacity",
        $"The programme's capacity for {Plural(role)} is reached (capacity).",
        $"{approved} {Plural(role)} are approved for a capacity of {capacity}: raise the capacity or withdraw an approved participant first.",
        new Dictionary<string, object?> { ["role"] = role == ParticipantRole.Mentee ? "mentee" : "mentor", ["capacity"] = capacity, ["approved"] = approved });

    private static ProblemHttpResult Problem(string rule, string title, string detail, Dictionary<string, object?> extensions)
    {
        extensions["rule"] = rule;
        return TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict, title: title, detail: detail, type: $"urn:mentorship:problem:{rule}", extensions: extensions);
    }

    private static string Describe(ApplicationWindow window) => (window.OpensOn, window.ClosesOn) switch
    {
        ({ } opens, { } closes) => $"from {opens:yyyy-MM-dd} to {closes:yyyy-MM-dd}",
        ({ } opens, null) => $"from {opens:yyyy-MM-dd}",
        (null, { } closes) => $"until {closes:yyyy-MM-dd}",
        _ => "at any time",
    };

    private static string Plural(ParticipantRole role) => role == ParticipantRole.Mentee ? "mentees" : "mentors";
}
