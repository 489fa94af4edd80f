using Mentorship.Enrollment.Domain.Eligibility;
using Mentorship.Enrollment.Domain.Templates;

namespace Mentorship.Enrollment.Imports;

/// <summary>
/// The column layout of an import file: one row is one application, as the single-application route
/// takes it. Lists hold codes separated by ";" (or "|"); the eligibility evidence goes in one
/// "answers.&lt;name&gt;" column per answer the programme's rules read. Headers are case-insensitive.
/// </summary>
public static class ImportColumns
{
    public const string Role = "role";
    public const string PersonId = "personid";
    public const string FirstName = "firstname";
    public const string LastName = "lastname";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string BirthDate = "birthdate";
    public const string Language = "language";
    public const string Region = "region";
    public const string Sectors = "sectors";
    public const string JobFunction = "jobfunction";
    public const string Background = "background";
    public const string Languages = "languages";
    public const string Expectations = "expectations";
    public const string Hobbies = "hobbies";
    public const string Capacity = "capacity";
    public const string GlobalCapacity = "globalcapacity";
    public const string Conflicts = "conflicts";
    public const string AnswerPrefix = "answers.";

    /// <summary>The columns as the template spells them, in its order.</summary>
    public static readonly IReadOnlyList<string> Standard =
    [
        "role", "personId", "firstName", "lastName", "email", "phone", "birthDate", "language",
        "region", "sectors", "jobFunction", "background", "languages", "expectations", "hobbies",
        "capacity", "globalCapacity", "conflicts",
    ];

    public static readonly IReadOnlyList<string> Required = [Role, FirstName, LastName, Email, Language, Languages];

    private static readonly HashSet<string> Known = Standard.Select(Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>How a header cell is looked up: trimmed and lower-cased.</summary>
    public static string Key(string header) => header.Trim().ToLowerInvariant();

    /// <summary>The answer a column carries ("answers.workPermit" → "workPermit"), or null.</summary>
    public static string? AnswerName(string header)
    {
        var trimmed = header.Trim();
        return trimmed.StartsWith(AnswerPrefix, StringComparison.OrdinalIgnoreCase) && trimmed.Length > AnswerPrefix.Length
            ? trimmed[AnswerPrefix.Length..]
            : null;
    }

    /// <summary>Refuses a file without rows, without the required columns, with an unknown or a repeated column.</summary>
    public static void EnsureUsable(ImportSheet sheet)
    {
        if (sheet.Columns.Count == 0)
            throw new ImportFileException("The file is empty: the first row must be the header (see the template).");
        var keys = sheet.Columns.Select(Key).ToList();
        var missing = Standard.Where(column => Required.Contains(Key(column)) && !keys.Contains(Key(column))).ToList();
        if (missing.Count > 0)
            throw new ImportFileException($"The header lacks the column(s): {string.Join(", ", missing)}. The first row must be the header (see the template).");
        var unknown = sheet.Columns.Where(c => !Known.Contains(Key(c)) && AnswerName(c) is null).ToList();
        if (unknown.Count > 0)
            throw new ImportFileException(
                $"Unknown column(s): {string.Join(", ", unknown)}. Columns are {string.Join(", ", Standard)} and answers.<name>.");
        var repeated = keys.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
            throw new ImportFileException($"Repeated column(s): {string.Join(", ", repeated)}.");
        if (sheet.Rows.Count == 0)
            throw new ImportFileException("The file has a header but no rows.");
    }

    /// <summary>The answers a programme's eligibility rules read, for both roles, as template columns.</summary>
    public static IReadOnlyList<string> AnswerColumns(ProgrammeTemplate template) =>
        template.Mentee.Eligibility.Concat(template.Mentor.Eligibility)
            .SelectMany(rule => rule.SelfAndParts())
            .Select(rule => rule.Answer)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Select(answer => AnswerPrefix + answer)
            .ToList();
}
