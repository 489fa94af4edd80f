using Npgsql;

namespace Mentorship.ServiceDefaults.Backend.Data;

/// <summary>
/// The bound on a service's PostgreSQL connections (Npgsql's Maximum Pool Size, 100 by default). A
/// connection is a server process: under load, six services with unbounded pools held 129 of them
/// on a 2-core machine, where more than a few active ones only queue inside PostgreSQL, each costing
/// memory. Waiting for a pooled connection is cheaper. A connection string that sets its own
/// "Maximum Pool Size" keeps it, so a deployment sizes each service without a code change.
/// </summary>
public static class ConnectionPoolSize
{
    public const int Default = 20;

    public static string Bounded(string connectionString, int maximum = Default) =>
        ConnectionStringKeys.Sets(connectionString, "MaximumPoolSize", "MaxPoolSize")
            ? connectionString
            : new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = maximum }.ConnectionString;
}
