using Xunit;

namespace Mentorship.Testing;

/// <summary>
/// A test about the servers deploy/local/run-tests.sh shares between test projects (tests/Mentorship.TestServers):
/// skipped where this process has servers of its own, which no other test project uses.
/// </summary>
public sealed class SharedTestServersFactAttribute : FactAttribute
{
    public SharedTestServersFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(TestInfrastructure.VirtualHostPerTestProject) != "1")
            Skip = "Runs on the shared test servers only (deploy/local/run-tests.sh).";
    }
}
