using Mentorship.Pairing.Contracts;
using Mentorship.Pairing.Data;
using Mentorship.Pairing.Domain;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Tests.Integration;

/// <summary>What the alert tests read back: the alert events of one pair, and its alerts as stored.</summary>
public static class AlertHarness
{
    public static async Task<IReadOnlyList<PairAlertRaised>> RaisedAsync(this PairingFactory factory, Guid pairId) =>
        (await factory.PublishedAsync<PairAlertRaised>()).Where(e => e.PairId == pairId).ToList();

    public static async Task<IReadOnlyList<PairAlertClosed>> ClosedAsync(this PairingFactory factory, Guid pairId) =>
        (await factory.PublishedAsync<PairAlertClosed>()).Where(e => e.PairId == pairId).ToList();

    public static Task<List<PairAlert>> AlertsAsync(this PairingFactory factory, Guid pairId) =>
        factory.QueryAsync<PairingDbContext, List<PairAlert>>(db => db.Alerts.AsNoTracking().Where(a => a.PairId == pairId).ToListAsync());

    /// <summary>Waits until a fact published to the service has been consumed.</summary>
    public static Task WaitUntilAsync(this PairingFactory factory, Func<PairingDbContext, Task<bool>> consumed) =>
        ServiceFactory<Program>.EventuallyAsync(() => factory.QueryAsync<PairingDbContext, object?>(async db => await consumed(db) ? true : null));

    public static AlertRecipient Mentee(this PairHarness pair) => new("mentee", pair.MenteeId);

    public static AlertRecipient Mentor(this PairHarness pair) => new("mentor", pair.MentorId);

    public static readonly AlertRecipient Coordinators = new("coordinators", null);
}
