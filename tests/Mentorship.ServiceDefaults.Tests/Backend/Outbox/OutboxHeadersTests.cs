using Mentorship.ServiceDefaults.Backend.Outbox;

namespace Mentorship.ServiceDefaults.Tests.Backend.Outbox;

public sealed class OutboxHeadersTests
{
    [Fact]
    public void Keeps_strings_and_integers_and_drops_objects()
    {
        var json = OutboxHeaders.Write(
        [
            new("MT-Redelivery-Count", 2),
            new("tenant", "pollem"),
            new("MT-Host-Info", new { Machine = "x" }),
        ]);

        var headers = OutboxHeaders.Read(json);

        Assert.Equal(2, headers["MT-Redelivery-Count"]);
        Assert.Equal("pollem", headers["tenant"]);
        Assert.False(headers.ContainsKey("MT-Host-Info"));
    }

    [Fact]
    public void No_headers_are_stored_as_null()
    {
        Assert.Null(OutboxHeaders.Write([]));
        Assert.Empty(OutboxHeaders.Read(null));
    }
}
