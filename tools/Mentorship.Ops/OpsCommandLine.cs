using System.CommandLine;
using Mentorship.Ops.Databases;
using Mentorship.Ops.Errors;
using RabbitMQ.Client.Exceptions;

namespace Mentorship.Ops;

/// <summary>The command tree: "errors list|show|replay|discard" and "db backup|restore".</summary>
public static class OpsCommandLine
{
    /// <summary>Exit code of a refused or failed operation; the reason goes to standard error.</summary>
    public const int Failed = 1;

    public static RootCommand Create() =>
        new("Operations on the mentorship platform: messages that failed, database backups.")
        {
            ErrorsCommands.Create(),
            DatabaseCommands.Create(),
        };

    /// <summary>Runs an operation; what an operator can act on is printed without a stack trace.</summary>
    public static async Task<int> RunAsync(ParseResult parsed, Func<TextWriter, Task<int>> operation)
    {
        try
        {
            return await operation(parsed.InvocationConfiguration.Output);
        }
        catch (OpsException refused)
        {
            await parsed.InvocationConfiguration.Error.WriteLineAsync(refused.Message);
        }
        catch (BrokerUnreachableException unreachable)
        {
            await parsed.InvocationConfiguration.Error.WriteLineAsync($"The broker cannot be reached: {unreachable.InnerException?.Message ?? unreachable.Message}");
        }
        catch (OperationInterruptedException refused)
        {
            await parsed.InvocationConfiguration.Error.WriteLineAsync($"The broker refused: {refused.ShutdownReason?.ReplyText ?? refused.Message}");
        }

        return Failed;
    }
}
