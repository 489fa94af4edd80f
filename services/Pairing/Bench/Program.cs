using System.Diagnostics;
using System.Globalization;
using Mentorship.Pairing.Alerts;
using Mentorship.Pairing.Bench;
using Mentorship.Pairing.Data;
using Mentorship.Pairing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// bench [pairs ...]: for each size, a fresh database seeded with pairs in varied states, then three
// scheduler runs of the pair alerts, timed around the whole run (claim, evaluation, writes, commit):
// the first, a second at the same moment (must raise nothing) and one eight days later.
// The in-process host finds the service's content root through a manifest beside the binary.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [10_000];

Console.WriteLine("| pairs | run | raised | escalated | closed | events stored | unclosed alerts | elapsed |");
Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|");
foreach (var pairs in sizes)
{
    await using var factory = new BenchFactory();
    await factory.InitializeAsync();
    await SeedAsync(factory, pairs);

    await RunAsync(factory, pairs, "first");
    await RunAsync(factory, pairs, "again, same moment");
    factory.Clock.Advance(TimeSpan.FromDays(8));
    await RunAsync(factory, pairs, "eight days later");
}

static async Task RunAsync(BenchFactory factory, int pairs, string label)
{
    var clock = Stopwatch.StartNew();
    var run = await QueryAsync(factory, async (PairAlertScheduler scheduler) => (await scheduler.RunAsync(onlyIfDue: false, CancellationToken.None))!);
    clock.Stop();
    var unclosed = await QueryAsync(factory, (PairingDbContext db) => db.Alerts.CountAsync(a => a.State != AlertState.Closed));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {pairs:N0} | {label} | {run.Raised:N0} | {run.Escalated:N0} | {run.Closed:N0} | {run.Events:N0} | {unclosed:N0} | {clock.Elapsed.TotalSeconds:0.000} s |"));
}

static async Task<T> QueryAsync<TService, T>(BenchFactory factory, Func<TService, Task<T>> query)
    where TService : notnull
{
    await using var scope = factory.Services.CreateAsyncScope();
    return await query(scope.ServiceProvider.GetRequiredService<TService>());
}

static async Task SeedAsync(BenchFactory factory, int pairs)
{
    await using var scope = factory.Services.CreateAsyncScope();
    await BenchPairs.SeedAsync(scope.ServiceProvider.GetRequiredService<PairingDbContext>(), pairs, factory.Clock.GetUtcNow());
}
