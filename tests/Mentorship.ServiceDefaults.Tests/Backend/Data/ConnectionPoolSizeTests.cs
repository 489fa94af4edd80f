using Mentorship.ServiceDefaults.Backend.Data;
using Npgsql;

namespace Mentorship.ServiceDefaults.Tests.Backend.Data;

public sealed class ConnectionPoolSizeTests
{
    private const string Given = "Host=localhost;Port=5432;Database=enrollmentdb;Username=postgres;Password=secret";

    [Fact]
    public void A_connection_string_without_a_pool_size_gets_the_default_bound()
    {
        var bounded = new NpgsqlConnectionStringBuilder(ConnectionPoolSize.Bounded(Given));

        Assert.Equal(ConnectionPoolSize.Default, bounded.MaxPoolSize);
        Assert.Equal("enrollmentdb", bounded.Database);
        Assert.Equal("secret", bounded.Password);
    }

    [Theory]
    [InlineData("Maximum Pool Size=40")]
    [InlineData("maxpoolsize=40")]
    [InlineData("Maximum Pool Size = 40")]
    public void A_pool_size_the_deployment_sets_is_kept(string setting)
    {
        var bounded = new NpgsqlConnectionStringBuilder(ConnectionPoolSize.Bounded($"{Given};{setting}"));

        Assert.Equal(40, bounded.MaxPoolSize);
    }
}
