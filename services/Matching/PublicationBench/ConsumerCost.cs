using System.Diagnostics;
using System.Globalization;
using Mentorship.Matching.Contracts;
using Mentorship.Messaging.Data;
using Microsoft.Extensions.DependencyInjection;
using MessagingConsumer = Mentorship.Messaging.Consumers.MatchProposedConsumer;

namespace Mentorship.Matching.PublicationBench;

/// <summary>
/// Messaging's MatchProposed consumer alone: batches of proposals applied in a transaction each, as the
/// inbox applies them, with nothing else running in the process. Its CPU per proposal is the consumer's
/// own cost, which a whole publication's figures hide in the machine's noise.
/// </summary>
public static class ConsumerCost
{
    private const int BatchSize = 100;

    public static async Task<string> MeasureAsync(BenchServices services, int proposals, int runs)
    {
        await ApplyAsync(services, 1_000);
        var lines = new List<string> { "| run | proposals | elapsed | CPU per proposal (bench process) |", "|---:|---:|---:|---:|" };
        for (var run = 1; run <= runs; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            await ApplyAsync(services, proposals);
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {run} | {proposals:N0} | {clock.Elapsed.TotalSeconds:0.00} s | {cpu.TotalMilliseconds / proposals:0.000} ms |"));
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static async Task ApplyAsync(BenchServices services, int proposals)
    {
        var roundId = Guid.NewGuid();
        var programmeId = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        for (var applied = 0; applied < proposals; applied += BatchSize)
        {
            var batch = Enumerable.Range(0, Math.Min(BatchSize, proposals - applied))
                .Select(_ => new MatchProposed(Guid.CreateVersion7(now), roundId, programmeId, Guid.NewGuid(), Guid.NewGuid(), 0.5, now))
                .ToList();
            await using var scope = services.Messaging.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MessagingDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<MessagingConsumer>().ApplyAsync(batch, CancellationToken.None);
            await transaction.CommitAsync();
        }
    }
}
