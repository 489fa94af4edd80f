using System.CommandLine;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Ops.Databases;

/// <summary>"db backup|restore &lt;service&gt;": a service's whole database, with pg_dump and pg_restore.</summary>
public static class DatabaseCommands
{
    public static Command Create()
    {
        var db = new Command("db", "A service's database: backup and restore (PostgreSQL's client tools, custom format).");
        db.Subcommands.Add(FileCommand(
            "backup", "Writes the service's database to a file (pg_dump --format=custom).",
            new Option<FileInfo>("--out") { Description = "The backup file to write.", Required = true },
            PostgresTools.BackupAsync, file => $"Backup written to {file.FullName}."));
        db.Subcommands.Add(FileCommand(
            "restore", "Replaces the service's tables with those of a backup, in one transaction (pg_restore --clean).",
            new Option<FileInfo>("--in") { Description = "The backup file to restore.", Required = true },
            PostgresTools.RestoreAsync, file => $"{file.FullName} restored."));
        return db;
    }

    private static Command FileCommand(
        string name, string description, Option<FileInfo> fileOption,
        Func<string, FileInfo, DirectoryInfo?, CancellationToken, Task> operation, Func<FileInfo, string> done)
    {
        var service = new Argument<string>("service") { Description = "enrollment, matching, pairing, messaging or evaluation." };
        service.AcceptOnlyFromAmong([.. ResourceNames.Services]);
        var connection = new Option<string>("--connection") { Description = "The database's connection string (default: ConnectionStrings__<service>db)." };
        var tools = new Option<DirectoryInfo>("--tools") { Description = "The folder of pg_dump and pg_restore (default: the PATH), e.g. /usr/lib/postgresql/18/bin." };
        var command = new Command(name, description) { service, connection, fileOption, tools };
        command.SetAction((parsed, cancellationToken) => OpsCommandLine.RunAsync(parsed, async output =>
        {
            var file = parsed.GetRequiredValue(fileOption);
            await operation(Connections.DatabaseOf(parsed.GetRequiredValue(service), parsed.GetValue(connection)), file, parsed.GetValue(tools), cancellationToken);
            await output.WriteLineAsync(done(file));
            return 0;
        }));
        return command;
    }
}
