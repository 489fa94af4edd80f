using Npgsql;

namespace Mentorship.ServiceDefaults.Backend.Data;

/// <summary>
/// Npgsql's reset of a pooled connection (No Reset On Close, off by default): each time a connection
/// comes back from the pool, its next command first carries "SET SESSION AUTHORIZATION DEFAULT; RESET
/// ALL; CLOSE ALL; UNLISTEN *; SELECT pg_advisory_unlock_all(); DISCARD SEQUENCES; DISCARD TEMP", seven
/// statements parsed and run by the server. An application submitted, prepared and approved reused 14
/// connections across the services, each paying for it. The services leave nothing in a session to reset: their advisory locks are
/// transaction locks, and they set no session variable, listen on no channel and make no temporary
/// table. A connection string that sets "No Reset On Close" keeps it.
/// </summary>
public static class SessionReset
{
    public static string Skipped(string connectionString) =>
        ConnectionStringKeys.Sets(connectionString, "NoResetOnClose")
            ? connectionString
            : new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString;
}
