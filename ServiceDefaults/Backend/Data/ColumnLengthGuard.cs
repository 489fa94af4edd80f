using System.Collections.Concurrent;
using System.Globalization;
using Mentorship.ServiceDefaults.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Mentorship.ServiceDefaults.Backend.Data;

/// <summary>
/// Refuses, before the database sees it, a string longer than its column (the model's HasMaxLength):
/// a 400 naming the field and the limit instead of PostgreSQL's truncation error. Request validators
/// check the same limits under the request's field names; this guard catches what one of them misses.
/// </summary>
/// <remarks>
/// It reads the limited columns of every tracked entity instead of asking the change tracker which
/// values changed: that question runs DetectChanges over everything tracked, and a consumer saving after
/// each of a batch's items spent a quarter of its CPU there. A value over its limit cannot have come from
/// the database, so it is one being written.
/// </remarks>
public sealed class ColumnLengthGuard : SaveChangesInterceptor
{
    private static readonly ConcurrentDictionary<IEntityType, (IProperty Property, int Limit)[]> LimitedColumns = new();

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

        Dictionary<string, string[]>? errors = null;
        foreach (var entry in context.ChangeTracker.EntriesWithoutDetectingChanges())
        {
            if (entry.State is EntityState.Deleted or EntityState.Detached)
                continue;
            foreach (var (property, limit) in LimitedColumns.GetOrAdd(entry.Metadata, Limited))
            {
                if (entry.CurrentValues[property] is string value && value.Length > limit)
                {
                    var field = FieldName(property.Name);
                    (errors ??= [])[field] = [$"{field} must be at most {limit} characters."];
                }
            }
        }

        if (errors is not null)
            throw new RequestValidationException(errors);
    }

    private static (IProperty, int)[] Limited(IEntityType type) =>
        [.. type.GetProperties()
            .Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is not null)
            .Select(p => (p, p.GetMaxLength()!.Value))];

    private static string FieldName(string property) =>
        char.ToLower(property[0], CultureInfo.InvariantCulture) + property[1..];
}
