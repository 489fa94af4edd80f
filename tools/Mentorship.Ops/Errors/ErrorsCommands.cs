using System.CommandLine;
using System.Globalization;

namespace Mentorship.Ops.Errors;

/// <summary>"errors list|show|replay|discard": the messages consumers gave up on.</summary>
public static class ErrorsCommands
{
    private static readonly Option<string> EventBus = new("--eventbus")
    {
        Description = "amqp://user:password@host:port (default: ConnectionStrings__eventbus).",
        Recursive = true,
    };

    public static Command Create()
    {
        var errors = new Command("errors", "Error queues (<queue>_error): what failed, why, and sending it back.") { EventBus };
        errors.Subcommands.Add(List());
        errors.Subcommands.Add(Show());
        errors.Subcommands.Add(Replay());
        errors.Subcommands.Add(Discard());
        return errors;
    }

    private static Command List()
    {
        var queues = new Option<string[]>("--queue") { Description = "Also look at this error queue (repeatable).", AllowMultipleArgumentsPerToken = true };
        var sample = new Option<int>("--sample") { Description = "Messages read per queue to rank the reasons.", DefaultValueFactory = _ => 200 };
        var command = new Command("list", "Every error queue of the topology with its message count and most common fault reasons.") { queues, sample };
        command.SetAction((parsed, cancellationToken) => OpsCommandLine.RunAsync(parsed, async output =>
        {
            await using var broker = await ConnectAsync(parsed, cancellationToken);
            var names = KnownQueues.ErrorQueueNames.Concat(parsed.GetValue(queues) ?? []);
            var summaries = await broker.SummarizeAsync(names, parsed.GetValue(sample), cancellationToken);
            if (summaries.Count == 0)
                await output.WriteLineAsync("No error queue exists yet: no consumer has given up on a message.");
            foreach (var summary in summaries)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{summary.Queue,-45} {summary.MessageCount,8}"));
                foreach (var reason in summary.TopReasons)
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"    {reason.Count,6} × {reason.Reason}"));
            }

            return 0;
        }));
        return command;
    }

    private static Command Show()
    {
        var queue = QueueArgument();
        var count = new Option<int>("--count") { Description = "How many messages, from the head of the queue.", DefaultValueFactory = _ => 20 };
        var command = new Command("show", "The first messages of an error queue: id, type, reason and time (never their contents).") { queue, count };
        command.SetAction((parsed, cancellationToken) => OpsCommandLine.RunAsync(parsed, async output =>
        {
            await using var broker = await ConnectAsync(parsed, cancellationToken);
            foreach (var message in await broker.PeekAsync(parsed.GetRequiredValue(queue), parsed.GetValue(count), cancellationToken))
            {
                var at = message.FaultedAt?.ToString("u", CultureInfo.InvariantCulture) ?? "-";
                await output.WriteLineAsync($"{message.MessageId ?? "-"}  {at}  {message.MessageType ?? "-"}  {message.Reason}");
            }

            return 0;
        }));
        return command;
    }

    private static Command Replay()
    {
        var queue = QueueArgument();
        var messageId = MessageIdOption();
        var all = new Option<bool>("--all") { Description = "Every message present now." };
        var command = new Command("replay", "Sends messages back to the queue they failed in, with their message id and headers.") { queue, messageId, all };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(messageId) is null) == !result.GetValue(all))
                result.AddError("Give either --message-id <id> or --all.");
        });
        command.SetAction((parsed, cancellationToken) => OpsCommandLine.RunAsync(parsed, async output =>
        {
            await using var broker = await ConnectAsync(parsed, cancellationToken);
            var errorQueue = parsed.GetRequiredValue(queue);
            var id = parsed.GetValue(messageId);
            var replayed = await broker.ReplayAsync(errorQueue, id, cancellationToken);
            if (id is not null && replayed == 0)
                throw new OpsException($"No message {id} in {errorQueue}.");
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{replayed} message(s) sent back to {ErrorQueues.OriginOf(errorQueue)}."));
            return 0;
        }));
        return command;
    }

    private static Command Discard()
    {
        var queue = QueueArgument();
        var messageId = MessageIdOption();
        messageId.Required = true;
        var command = new Command("discard", "Deletes one message from an error queue, for good.") { queue, messageId };
        command.SetAction((parsed, cancellationToken) => OpsCommandLine.RunAsync(parsed, async output =>
        {
            await using var broker = await ConnectAsync(parsed, cancellationToken);
            var errorQueue = parsed.GetRequiredValue(queue);
            var id = parsed.GetRequiredValue(messageId);
            if (!await broker.DiscardAsync(errorQueue, id, cancellationToken))
                throw new OpsException($"No message {id} in {errorQueue}.");
            await output.WriteLineAsync($"Message {id} discarded from {errorQueue}.");
            return 0;
        }));
        return command;
    }

    private static Argument<string> QueueArgument() => new("queue") { Description = "The error queue, e.g. matching-pair-closed_error." };

    private static Option<string> MessageIdOption() => new("--message-id") { Description = "The message's id (see \"errors show\")." };

    private static Task<ErrorQueues> ConnectAsync(ParseResult parsed, CancellationToken cancellationToken) =>
        ErrorQueues.ConnectAsync(Connections.EventBus(parsed.GetValue(EventBus)), cancellationToken);
}
