using System.Globalization;
using Mentorship.ServiceDefaults.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mentorship.ServiceDefaults.Backend.Data;

/// <summary>
/// Refuses, before the database sees it, a string longer than its column (the model's HasMaxLength):
/// a 400 naming the field and the limit instead of PostgreSQL's truncation error. Request validators
/// check the same limits under the request's field names; this guard catches what one of them misses.
/// </summary>
public sealed class ColumnLengthGuard : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>Throws <see cref="RequestValidationException"/> when a written string exceeds its column.</summary>
    public static void Check(DbContext? context)
    {
        if (context is null)
            return;

        var errors = new Dictionary<string, string[]>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
                continue;
            foreach (var property in entry.Properties)
            {
                if (TooLong(entry, property) is { } limit)
                    errors[FieldName(property.Metadata.Name)] = [$"{FieldName(property.Metadata.Name)} must be at most {limit} characters."];
            }
        }

        if (errors.Count > 0)
            throw new RequestValidationException(errors);
    }

    private static int? TooLong(EntityEntry entry, PropertyEntry property) =>
        property.Metadata.GetMaxLength() is { } limit
        && (entry.State == EntityState.Added || property.IsModified)
        && property.CurrentValue is string value
        && value.Length > limit
            ? limit
            : null;

    private static string FieldName(string property) =>
        char.ToLower(property[0], CultureInfo.InvariantCulture) + property[1..];
}
