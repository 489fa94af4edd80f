using System.Text;
using Mentorship.Ops.Errors;

namespace Mentorship.Ops.Tests.Errors;

public sealed class ErrorsCommandsTests : IAsyncLifetime
{
    private const string Unreachable = "System.InvalidOperationException";
    private TestQueues _queues = null!;

    public async Task InitializeAsync() => _queues = await TestQueues.CreateAsync();

    public async Task DisposeAsync() => await _queues.DisposeAsync();

    [Fact]
    public async Task Listing_shows_each_error_queue_with_its_count_and_most_common_reason_and_leaves_the_messages()
    {
        await _queues.FaultAsync(Unreachable, "Pair not found");
        await _queues.FaultAsync(Unreachable, "Pair not found");
        await _queues.FaultAsync("Npgsql.PostgresException", "deadlock detected");

        var run = (await OpsRun.Of("errors", "list", "--queue", _queues.ErrorQueue, "--eventbus", _queues.EventBus)).Succeeded();

        var lines = run.Output.Split('\n', StringSplitOptions.TrimEntries);
        var header = Array.FindIndex(lines, line => line.StartsWith(_queues.ErrorQueue, StringComparison.Ordinal));
        Assert.True(header >= 0, run.Output);
        Assert.EndsWith(" 3", lines[header]);
        Assert.Equal($"2 × {Unreachable}: Pair not found", lines[header + 1]);
        Assert.Equal("1 × Npgsql.PostgresException: deadlock detected", lines[header + 2]);
        Assert.Equal(3u, await _queues.CountAsync(_queues.ErrorQueue));
    }

    [Fact]
    public async Task Showing_prints_id_type_reason_and_time_but_never_the_contents()
    {
        var first = await _queues.FaultAsync(Unreachable, "Pair not found");
        var second = await _queues.FaultAsync(Unreachable, "Thread closed");

        var run = (await OpsRun.Of("errors", "show", _queues.ErrorQueue, "--count", "1", "--eventbus", _queues.EventBus)).Succeeded();

        Assert.Equal(
            $"{first}  2026-11-30 10:15:00Z  urn:message:Mentorship.Pairing.Contracts:PairClosed  {Unreachable}: Pair not found",
            run.Output.Trim());
        Assert.DoesNotContain(second, run.Output);
        Assert.DoesNotContain("Jeanne", run.Output);
        Assert.Equal(2u, await _queues.CountAsync(_queues.ErrorQueue));
    }

    [Fact]
    public async Task Replaying_a_message_moves_it_to_its_queue_with_the_same_id_body_and_headers_but_no_fault()
    {
        var kept = await _queues.FaultAsync(Unreachable, "Pair not found");
        var replayed = await _queues.FaultAsync(Unreachable, "Thread closed");

        var run = (await OpsRun.Of("errors", "replay", _queues.ErrorQueue, "--message-id", replayed, "--eventbus", _queues.EventBus)).Succeeded();

        Assert.Contains($"1 message(s) sent back to {_queues.Queue}.", run.Output);
        var moved = await _queues.TakeAsync(_queues.Queue);
        Assert.NotNull(moved);
        Assert.Equal(replayed, moved.BasicProperties.MessageId);
        Assert.Equal("application/vnd.masstransit+json", moved.BasicProperties.ContentType);
        Assert.Contains(replayed, Encoding.UTF8.GetString(moved.Body.Span));
        var headers = moved.BasicProperties.Headers!;
        Assert.Equal("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", FaultHeaders.Text(headers, "traceparent"));
        Assert.DoesNotContain(headers.Keys, FaultHeaders.IsFailureBookkeeping);
        Assert.Null(await _queues.TakeAsync(_queues.Queue));
        var left = await _queues.TakeAsync(_queues.ErrorQueue);
        Assert.Equal(kept, left?.BasicProperties.MessageId);
        Assert.Null(await _queues.TakeAsync(_queues.ErrorQueue));
    }

    [Fact]
    public async Task Replaying_all_moves_every_message_in_order()
    {
        string[] ids = [await _queues.FaultAsync(Unreachable, "a"), await _queues.FaultAsync(Unreachable, "b"), await _queues.FaultAsync(Unreachable, "c")];

        (await OpsRun.Of("errors", "replay", _queues.ErrorQueue, "--all", "--eventbus", _queues.EventBus)).Succeeded();

        Assert.Equal(0u, await _queues.CountAsync(_queues.ErrorQueue));
        var moved = new List<string?>();
        while (await _queues.TakeAsync(_queues.Queue) is { } message)
            moved.Add(message.BasicProperties.MessageId);
        Assert.Equal(ids, moved);
    }

    [Fact]
    public async Task Discarding_removes_that_message_only()
    {
        var discarded = await _queues.FaultAsync(Unreachable, "Pair not found");
        var kept = await _queues.FaultAsync(Unreachable, "Thread closed");

        var run = (await OpsRun.Of("errors", "discard", _queues.ErrorQueue, "--message-id", discarded, "--eventbus", _queues.EventBus)).Succeeded();
        var again = await OpsRun.Of("errors", "discard", _queues.ErrorQueue, "--message-id", discarded, "--eventbus", _queues.EventBus);

        Assert.Contains($"Message {discarded} discarded", run.Output);
        Assert.Equal(OpsCommandLine.Failed, again.ExitCode);
        Assert.Contains($"No message {discarded} in {_queues.ErrorQueue}", again.Error);
        Assert.Equal(kept, (await _queues.TakeAsync(_queues.ErrorQueue))?.BasicProperties.MessageId);
        Assert.Null(await _queues.TakeAsync(_queues.ErrorQueue));
        Assert.Equal(0u, await _queues.CountAsync(_queues.Queue));
    }

    [Fact]
    public async Task Replay_refuses_a_queue_whose_name_does_not_end_in_error_and_leaves_it_alone()
    {
        var run = await OpsRun.Of("errors", "replay", _queues.Queue, "--all", "--eventbus", _queues.EventBus);

        Assert.Equal(OpsCommandLine.Failed, run.ExitCode);
        Assert.Contains("is not an error queue", run.Error);
    }
}
