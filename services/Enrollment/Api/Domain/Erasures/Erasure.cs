using System.Security.Cryptography;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Enrollment.Domain.Erasures;

/// <summary>
/// A person's erasure across the platform, one per person: Enrollment records the request, publishes
/// it, and collects each service's receipt. The record is what proves the erasure was done, so it stays;
/// it holds no id of the person, only a hash of it (<see cref="PersonKey"/>), and the programmes, which
/// decide who may follow it.
/// </summary>
public sealed class Erasure
{
    /// <summary>The services an erasure requested now must hear from: every one with a database, Identity included.</summary>
    public static readonly IReadOnlyList<string> ServicesNow = ResourceNames.Backends;

    public Guid Id { get; init; }

    /// <summary>
    /// SHA-256 of the person's id: a second request for the same id finds this one (unique index), while a
    /// search of the database for the id finds nothing. Who knows the id can recompute it; nobody can go back.
    /// </summary>
    public required byte[] PersonKey { get; init; }

    /// <summary>The programmes the person had applied to, whose admins may follow the erasure.</summary>
    public List<Guid> ProgrammeIds { get; init; } = [];

    public DateTimeOffset RequestedAt { get; init; }

    /// <summary>
    /// The services this erasure waits for, as they were when it was requested: one requested before
    /// Identity joined the bus never reached it, and is complete without it.
    /// </summary>
    public List<string> Services { get; init; } = [];

    public List<ErasureReceipt> Receipts { get; init; } = [];

    public bool IsCompleted => Services.All(service => Receipts.Any(r => r.Service == service));

    public DateTimeOffset? CompletedAt => IsCompleted ? Receipts.Max(r => r.ErasedAt) : null;

    public static byte[] KeyOf(Guid personId) => SHA256.HashData(personId.ToByteArray());

    public static Erasure Request(Guid personId, IEnumerable<Guid> programmeIds, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        PersonKey = KeyOf(personId),
        ProgrammeIds = programmeIds.Distinct().ToList(),
        Services = [.. ServicesNow],
        RequestedAt = now,
    };

    /// <summary>Records a service's confirmation; false when it was already recorded or the service is unknown.</summary>
    public bool Confirm(string service, DateTimeOffset erasedAt)
    {
        if (!Services.Contains(service) || Receipts.Any(r => r.Service == service))
            return false;
        Receipts.Add(new ErasureReceipt { ErasureId = Id, Service = service, ErasedAt = erasedAt });
        return true;
    }
}
