using Mentorship.ServiceDefaults.Backend.Data;
using Npgsql;

namespace Mentorship.ServiceDefaults.Tests.Backend.Data;

public sealed class StatementPreparationTests
{
    private const string Given = "Host=localhost;Port=5432;Database=pairingdb;Username=postgres;Password=secret;Maximum Pool Size=40";

    [Fact]
    public void A_connection_string_that_says_nothing_prepares_repeated_statements_and_keeps_the_rest()
    {
        var prepared = new NpgsqlConnectionStringBuilder(StatementPreparation.Automatic(Given));

        Assert.Equal(StatementPreparation.Default, prepared.MaxAutoPrepare);
        Assert.Equal(40, prepared.MaxPoolSize);
        Assert.Equal("pairingdb", prepared.Database);
        Assert.Equal("secret", prepared.Password);
    }

    [Theory]
    [InlineData("Max Auto Prepare=0", 0)]
    [InlineData("maxautoprepare=10", 10)]
    [InlineData("Max Auto Prepare = 200", 200)]
    public void What_the_deployment_sets_is_kept(string setting, int expected)
    {
        var prepared = new NpgsqlConnectionStringBuilder(StatementPreparation.Automatic($"{Given};{setting}"));

        Assert.Equal(expected, prepared.MaxAutoPrepare);
    }
}
