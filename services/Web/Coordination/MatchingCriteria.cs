namespace Mentorship.Web.Coordination;

/// <summary>
/// The 8 matching criteria: the id explanations name them by ("job-function", also the key of their words,
/// Matching_Criterion_job-function) and the field the weights are read and saved by ("jobFunction").
/// </summary>
public static class MatchingCriteria
{
    public static IReadOnlyList<(string Id, string Field)> All { get; } =
    [
        ("geography", "geography"),
        ("sector", "sector"),
        ("job-function", "jobFunction"),
        ("background", "background"),
        ("age", "age"),
        ("language", "language"),
        ("expectations", "expectations"),
        ("hobbies", "hobbies"),
    ];
}
