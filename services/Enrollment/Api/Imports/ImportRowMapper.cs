using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mentorship.Enrollment.Apis.Models;
using Mentorship.Enrollment.Domain;
using Mentorship.Enrollment.Domain.Imports;

namespace Mentorship.Enrollment.Imports;

/// <summary>
/// Turns a row's cells into the request the single-application route takes, so both are validated by
/// the same validator. What cannot even be read (a date, a number, a role) is reported here, naming the
/// column; the field is then left out and the validator does not report it again.
/// </summary>
public sealed class ImportRowMapper
{
    private static readonly char[] ListSeparators = [';', '|'];
    private readonly Dictionary<string, int> _index;
    private readonly IReadOnlyList<(string Name, int Index)> _answers;

    public ImportRowMapper(IReadOnlyList<string> columns)
    {
        _index = columns.Select((column, i) => (Key: ImportColumns.Key(column), i)).ToDictionary(c => c.Key, c => c.i);
        _answers = columns.Select((column, i) => (Name: ImportColumns.AnswerName(column), i))
            .Where(c => c.Name is not null)
            .Select(c => (c.Name!, c.i))
            .ToList();
    }

    public SubmitApplicationRequest Map(ImportSheetRow row, List<ImportError> errors)
    {
        var role = Cell(row, ImportColumns.Role) switch
        {
            "" => (ParticipantRole?)null,
            var text when text.Equals("mentee", StringComparison.OrdinalIgnoreCase) => ParticipantRole.Mentee,
            var text when text.Equals("mentor", StringComparison.OrdinalIgnoreCase) => ParticipantRole.Mentor,
            var text => Refuse<ParticipantRole>(errors, ImportColumns.Role, "one-of", $"'{text}' is not a role: mentee or mentor."),
        };
        var person = new PersonInput(
            Text(row, ImportColumns.FirstName),
            Text(row, ImportColumns.LastName),
            Text(row, ImportColumns.Email),
            Text(row, ImportColumns.Phone),
            Date(row, ImportColumns.BirthDate, errors),
            Text(row, ImportColumns.Language)?.ToLowerInvariant());
        var profile = new ProfileInput(
            Text(row, ImportColumns.Region),
            List(row, ImportColumns.Sectors),
            Text(row, ImportColumns.JobFunction),
            List(row, ImportColumns.Background),
            List(row, ImportColumns.Languages),
            List(row, ImportColumns.Expectations),
            List(row, ImportColumns.Hobbies),
            Number(row, ImportColumns.Capacity, errors),
            Conflicts(row, errors),
            Number(row, ImportColumns.GlobalCapacity, errors));
        return new SubmitApplicationRequest(role, PersonIdOf(row, errors), person, profile, Answers(row));
    }

    private string Cell(ImportSheetRow row, string column) =>
        _index.TryGetValue(column, out var i) && i < row.Cells.Count ? row.Cells[i] : "";

    private string? Text(ImportSheetRow row, string column) => Cell(row, column) is { Length: > 0 } text ? text : null;

    private IReadOnlyList<string>? List(ImportSheetRow row, string column) =>
        Text(row, column)?.Split(ListSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private Guid? PersonIdOf(ImportSheetRow row, List<ImportError> errors) => Text(row, ImportColumns.PersonId) switch
    {
        null => null,
        var text when Guid.TryParse(text, out var id) => id,
        var text => Refuse<Guid>(errors, ImportColumns.PersonId, "guid", $"'{text}' is not a GUID."),
    };

    private DateOnly? Date(ImportSheetRow row, string column, List<ImportError> errors)
    {
        var text = Text(row, column);
        if (text is null)
            return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        // A date typed into a spreadsheet is stored as its serial number.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2_958_466)
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        return Refuse<DateOnly>(errors, column, "date", $"'{text}' is not a date (YYYY-MM-DD).");
    }

    private int? Number(ImportSheetRow row, string column, List<ImportError> errors) => Text(row, column) switch
    {
        null => null,
        var text when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
        var text => Refuse<int>(errors, column, "whole-number", $"'{text}' is not a whole number."),
    };

    /// <summary>"personId:relation" pairs separated by ";".</summary>
    private IReadOnlyList<ConflictInput>? Conflicts(ImportSheetRow row, List<ImportError> errors)
    {
        var entries = List(row, ImportColumns.Conflicts);
        if (entries is null)
            return null;
        var conflicts = new List<ConflictInput>();
        foreach (var entry in entries)
        {
            var parts = entry.Split(':', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !Guid.TryParse(parts[0], out var personId))
            {
                Refuse<int>(errors, ImportColumns.Conflicts, "format", $"'{entry}' is not personId:relation.");
                return null;
            }

            conflicts.Add(new ConflictInput(personId, parts[1]));
        }

        return conflicts;
    }

    /// <summary>true/false as booleans, whole numbers as numbers (a thesis year), anything else as text (a CEFR level).</summary>
    private JsonElement? Answers(ImportSheetRow row)
    {
        var answers = new JsonObject();
        foreach (var (name, i) in _answers)
        {
            var text = i < row.Cells.Count ? row.Cells[i] : "";
            if (text.Length == 0)
                continue;
            answers[name] = text.ToLowerInvariant() switch
            {
                "true" => JsonValue.Create(true),
                "false" => JsonValue.Create(false),
                _ when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
                _ => JsonValue.Create(text),
            };
        }

        return JsonSerializer.SerializeToElement(answers);
    }

    private static T? Refuse<T>(List<ImportError> errors, string column, string rule, string message)
        where T : struct
    {
        errors.Add(new ImportError(ImportColumns.Standard.FirstOrDefault(c => ImportColumns.Key(c) == column) ?? column, rule, message));
        return null;
    }
}
