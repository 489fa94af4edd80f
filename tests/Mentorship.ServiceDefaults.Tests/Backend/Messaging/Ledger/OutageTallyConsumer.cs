using System.Collections.Concurrent;
using System.Net.Sockets;
using MassTransit;
using Npgsql;

namespace Mentorship.ServiceDefaults.Tests.Backend.Messaging.Ledger;

/// <summary>
/// Meets a database it cannot reach (Npgsql's refused connection) for the first <see cref="FailuresBeforeSuccess"/>
/// attempts at each message, then tallies it; with <see cref="Forever"/>, never reaches it.
/// </summary>
public sealed class OutageTallyConsumer(LedgerDbContext db) : IConsumer<EntryAdded>
{
    /// <summary>More than the test ledger's retries and redeliveries together (1 + 1 per delivery, 3 deliveries).</summary>
    public const int FailuresBeforeSuccess = 8;

    public const int Forever = int.MaxValue;

    private static readonly ConcurrentDictionary<Guid, int> Attempts = new();
    private static readonly ConcurrentDictionary<Guid, int> Failures = new();

    public static int AttemptsAt(Guid entryId) => Attempts.GetValueOrDefault(entryId);

    /// <summary>How many attempts at the entry's message find the database away.</summary>
    public static void FailFor(Guid entryId, int attempts) => Failures[entryId] = attempts;

    public Task Consume(ConsumeContext<EntryAdded> context)
    {
        var attempt = Attempts.AddOrUpdate(context.Message.EntryId, 1, (_, n) => n + 1);
        if (attempt <= Failures.GetValueOrDefault(context.Message.EntryId, FailuresBeforeSuccess))
            throw new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));
        return new TallyConsumer(db).Consume(context);
    }
}
