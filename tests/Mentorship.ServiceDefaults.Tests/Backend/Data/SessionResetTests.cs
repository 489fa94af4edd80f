using Mentorship.ServiceDefaults.Backend.Data;
using Npgsql;

namespace Mentorship.ServiceDefaults.Tests.Backend.Data;

public sealed class SessionResetTests
{
    private const string Given = "Host=localhost;Port=5432;Database=enrollmentdb;Username=postgres;Password=secret;Max Auto Prepare=64";

    [Fact]
    public void A_connection_string_that_says_nothing_skips_the_reset_and_keeps_the_rest()
    {
        var skipped = new NpgsqlConnectionStringBuilder(SessionReset.Skipped(Given));

        Assert.True(skipped.NoResetOnClose);
        Assert.Equal(64, skipped.MaxAutoPrepare);
        Assert.Equal("enrollmentdb", skipped.Database);
        Assert.Equal("secret", skipped.Password);
    }

    [Theory]
    [InlineData("No Reset On Close=false", false)]
    [InlineData("noresetonclose=False", false)]
    [InlineData("No Reset On Close = true", true)]
    public void What_the_deployment_sets_is_kept(string setting, bool expected)
    {
        var skipped = new NpgsqlConnectionStringBuilder(SessionReset.Skipped($"{Given};{setting}"));

        Assert.Equal(expected, skipped.NoResetOnClose);
    }
}
