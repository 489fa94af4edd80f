using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Mentorship.ServiceDefaults.Backend.Data;

public static class ChangeTrackerExtensions
{
    /// <summary>
    /// The tracked entries as they stand, without the DetectChanges pass that <see cref="ChangeTracker.Entries()"/>
    /// runs first. For SaveChanges interceptors: SaveChanges detects changes itself right after them, and
    /// each extra pass reads every property of everything tracked. Added and Deleted states are exact;
    /// a property changed since the last detection still shows as Unchanged.
    /// </summary>
    public static IEnumerable<EntityEntry> EntriesWithoutDetectingChanges(this ChangeTracker tracker) =>
        WithoutDetecting(tracker, t => t.Entries());

    /// <inheritdoc cref="EntriesWithoutDetectingChanges"/>
    public static IEnumerable<EntityEntry<TEntity>> EntriesWithoutDetectingChanges<TEntity>(this ChangeTracker tracker)
        where TEntity : class =>
        WithoutDetecting(tracker, t => t.Entries<TEntity>());

    /// <summary>
    /// What <c>DbSet.Local</c> holds (every tracked entity of the type but the deleted ones), without its
    /// DetectChanges pass over everything tracked: for a batch consumer checking what it already added.
    /// </summary>
    public static IEnumerable<TEntity> TrackedWithoutDetectingChanges<TEntity>(this ChangeTracker tracker)
        where TEntity : class =>
        tracker.EntriesWithoutDetectingChanges<TEntity>().Where(e => e.State != EntityState.Deleted).Select(e => e.Entity);

    // Entries() detects when it is called, not while it is enumerated: turning detection off around the
    // call is enough.
    private static T WithoutDetecting<T>(ChangeTracker tracker, Func<ChangeTracker, T> read)
    {
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return read(tracker);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }
}
