using System.Globalization;
using Mentorship.Web.Gateway.Models;
using Mentorship.Web.Resources;

namespace Mentorship.Web.Portal;

/// <summary>
/// What the applicant types and ticks, and the request Enrollment takes from it: lists of codes from
/// ticked choices and comma-separated text, and each eligibility answer typed as its rule reads it (a
/// boolean, a year, a code).
/// </summary>
public sealed class ApplicationForm
{
    public string Role { get; set; } = "mentee";
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string Email { get; set; } = "";
    public string? Phone { get; set; }
    public DateOnly? BirthDate { get; set; }
    public string Language { get; set; } = "fr";
    public string Region { get; set; } = "BE-BRU";

    /// <summary>The known sectors ticked.</summary>
    public HashSet<string> ChosenSectors { get; } = [];

    /// <summary>Other sectors, typed.</summary>
    public string Sectors { get; set; } = "";
    public string JobFunction { get; set; } = "";
    public string Expectations { get; set; } = "";
    public string Hobbies { get; set; } = "";
    public HashSet<string> Languages { get; } = ["fr"];
    public int? Capacity { get; set; }
    public Dictionary<string, string?> Answers { get; } = [];

    /// <summary>Both unticked until the person chooses: consent is never presumed.</summary>
    public bool ContactSharing { get; set; }
    public bool Research { get; set; }

    /// <summary>The questions a set of rules asks, one per answer they read, nested rules included.</summary>
    public static IReadOnlyList<EligibilityRule> Questions(IEnumerable<EligibilityRule> rules) =>
        [.. rules.SelectMany(Flatten).Where(rule => rule.Answer is not null).DistinctBy(rule => rule.Answer)];

    /// <summary>Whether a rule reads the birth date rather than an answer (maximum-age).</summary>
    public static bool ReadsBirthDate(IEnumerable<EligibilityRule> rules) => rules.SelectMany(Flatten).Any(rule => rule.Kind == "maximum-age");

    /// <param name="noticeVersion">The privacy notice shown with the form, which the consent refers to.</param>
    public object ToRequest(IEnumerable<EligibilityRule> rules, string? noticeVersion) => new
    {
        role = Role,
        person = new
        {
            firstName = FirstName.Trim(),
            lastName = LastName.Trim(),
            email = Email.Trim(),
            phone = string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim(),
            birthDate = BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            language = Language,
        },
        profile = new
        {
            region = string.IsNullOrWhiteSpace(Region) ? null : Region,
            sectors = ChosenSectors.Order(StringComparer.Ordinal).Concat(Codes(Sectors, CodeLabels.Sector)).Distinct().ToArray(),
            jobFunction = Codes(JobFunction, CodeLabels.JobFunction).FirstOrDefault(),
            languages = Languages.Order().ToArray(),
            expectations = Codes(Expectations, CodeLabels.Expectation),
            hobbies = Codes(Hobbies, CodeLabels.Hobby),
            capacity = Role == "mentor" ? Capacity : null,
        },
        answers = Questions(rules)
            .Where(rule => Answers.TryGetValue(rule.Answer!, out var given) && !string.IsNullOrWhiteSpace(given))
            .ToDictionary(rule => rule.Answer!, rule => Typed(rule, Answers[rule.Answer!]!)),
        consent = noticeVersion is null ? null : new { noticeVersion, contactSharing = ContactSharing, research = Research },
    };

    /// <summary>"Health care, Informatique" → ["health-care", "it"]: the services take kebab-case codes; a known code may be typed by its name.</summary>
    public static string[] Codes(string text, string list) =>
        [.. text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(entry => CodeLabels.CodeOf(list, entry))
            .Where(code => code.Length > 0)
            .Distinct()];

    private static object Typed(EligibilityRule rule, string given) => rule.Kind switch
    {
        "answer-is-true" => given == "true",
        "maximum-years-since" when int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var year) => year,
        _ => given,
    };

    private static IEnumerable<EligibilityRule> Flatten(EligibilityRule rule) =>
        rule.AnyOf is { } parts ? parts.SelectMany(Flatten) : [rule];
}
