using System.Text;
using FluentValidation;
using FluentValidation.Results;
using Mentorship.Enrollment.Apis.Models;
using Mentorship.Enrollment.Data;
using Mentorship.Enrollment.Domain;
using Mentorship.Enrollment.Domain.Imports;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Enrollment.Imports;

/// <summary>
/// Checks the rows of a file with the single-application validator, then for duplicates: within the
/// file (the first row of an e-mail and role wins) and against the programme (an earlier import of the
/// same key, or an active application of the same person or e-mail in the same role).
/// </summary>
public sealed class ImportChecker(IValidator<SubmitApplicationRequest> validator)
{
    public IReadOnlyList<CheckedRow> Check(ImportSheet sheet)
    {
        var mapper = new ImportRowMapper(sheet.Columns);
        var firstRowOfKey = new Dictionary<(ParticipantRole, string), int>();
        var firstRowOfPerson = new Dictionary<(ParticipantRole, Guid), int>();
        var rows = new List<CheckedRow>(sheet.Rows.Count);
        foreach (var sheetRow in sheet.Rows)
        {
            var errors = new List<ImportError>();
            var request = mapper.Map(sheetRow, errors);
            var unreadable = errors.Select(e => e.Column).ToHashSet(StringComparer.Ordinal);
            errors.AddRange(ToImportErrors(validator.Validate(request)).Where(e => !unreadable.Contains(e.Column)));
            if (errors.Count > 0)
            {
                rows.Add(new CheckedRow(sheetRow.Number, ImportRowStatus.Invalid, errors));
                continue;
            }

            var email = ImportedApplicationKey.Normalise(request.Person!.Email!);
            var valid = new CheckedRow(
                sheetRow.Number, ImportRowStatus.Valid, [], request, request.PersonId ?? PersonIds.FromEmail(email), request.Role!.Value, email);
            if (!firstRowOfKey.TryAdd((valid.Role, email), valid.Row))
                valid = valid.AsDuplicate($"Row {firstRowOfKey[(valid.Role, email)]} has the same e-mail and role.");
            else if (!firstRowOfPerson.TryAdd((valid.Role, valid.PersonId), valid.Row))
                valid = valid.AsDuplicate($"Row {firstRowOfPerson[(valid.Role, valid.PersonId)]} is the same person in the same role.");
            rows.Add(valid);
        }

        return rows;
    }

    /// <summary>Marks as duplicates the valid rows this programme already has an application for.</summary>
    public static async Task<IReadOnlyList<CheckedRow>> MarkExistingAsync(
        EnrollmentDbContext db, Guid programmeId, IReadOnlyList<CheckedRow> rows, CancellationToken cancellationToken)
    {
        var candidates = rows.Where(r => r.Status == ImportRowStatus.Valid).ToList();
        if (candidates.Count == 0)
            return rows;

        var emails = candidates.Select(r => r.Email).Distinct().ToList();
        var personIds = candidates.Select(r => r.PersonId).Distinct().ToList();
        var imported = await db.Set<ImportedApplicationKey>().AsNoTracking()
            .Where(k => k.ProgrammeId == programmeId && emails.Contains(k.Email))
            .Select(k => new { k.Role, k.Email })
            .ToListAsync(cancellationToken);
        var active = await db.Applications.AsNoTracking()
            .Where(a => a.ProgrammeId == programmeId
                        && (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Approved)
                        && (personIds.Contains(a.PersonId) || emails.Contains(a.Person.Email.ToLower())))
            .Select(a => new { a.Role, a.PersonId, a.Person.Email })
            .ToListAsync(cancellationToken);

        var takenKeys = imported.Select(k => (k.Role, k.Email))
            .Concat(active.Select(a => (a.Role, ImportedApplicationKey.Normalise(a.Email))))
            .ToHashSet();
        var takenPeople = active.Select(a => (a.Role, a.PersonId)).ToHashSet();
        return rows
            .Select(r => r.Status == ImportRowStatus.Valid && (takenKeys.Contains((r.Role, r.Email)) || takenPeople.Contains((r.Role, r.PersonId)))
                ? r.AsDuplicate("This programme already has an application for this person in this role.")
                : r)
            .ToList();
    }

    /// <summary>"Person.Email" → email, "Profile.Languages[0]" → languages; the rule as the validator names it ("not-empty").</summary>
    private static IEnumerable<ImportError> ToImportErrors(ValidationResult result) =>
        result.Errors.Select(error => new ImportError(ColumnOf(error.PropertyName), RuleOf(error.ErrorCode), error.ErrorMessage))
            .DistinctBy(e => (e.Column, e.Rule));

    private static string ColumnOf(string propertyName)
    {
        var segments = propertyName.Split('.');
        var segment = segments.Length > 1 && segments[0] is "Person" or "Profile" ? segments[1] : segments[0];
        var bracket = segment.IndexOf('[', StringComparison.Ordinal);
        var name = bracket >= 0 ? segment[..bracket] : segment;
        return name.Length == 0 ? "row" : char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static string RuleOf(string errorCode)
    {
        var name = errorCode.EndsWith("Validator", StringComparison.Ordinal) ? errorCode[..^"Validator".Length] : errorCode;
        var rule = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && rule.Length > 0)
                rule.Append('-');
            rule.Append(char.ToLowerInvariant(c));
        }

        return rule.ToString() switch
        {
            "predicate" => "allowed-value",
            "regular-expression" => "format",
            var other => other,
        };
    }
}
