namespace Mentorship.Matching.Engine.Scoring;

/// <summary>The 8 objective criteria, in the order explanations list them.</summary>
public static class CriterionIds
{
    public const string Geography = "geography";
    public const string Sector = "sector";
    public const string JobFunction = "job-function";
    public const string Background = "background";
    public const string Age = "age";
    public const string Language = "language";
    public const string Expectations = "expectations";
    public const string Hobbies = "hobbies";

    public static IReadOnlyList<string> All { get; } = [Geography, Sector, JobFunction, Background, Age, Language, Expectations, Hobbies];
}
