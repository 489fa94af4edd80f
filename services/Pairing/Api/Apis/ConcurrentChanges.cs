using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Apis;

/// <summary>
/// Both members often act on a pair at once (signing the contract, logging the same meeting). When another
/// request changed the pair between the read and the write, the operation runs again on a fresh read, so
/// it either applies to the new state, finds it already done, or is refused for the state it finds.
/// </summary>
public static class ConcurrentChanges
{
    private const int Attempts = 3;

    public static async Task<TResult> RetryAsync<TResult>(DbContext db, Func<Task<TResult>> operation)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await operation();
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
