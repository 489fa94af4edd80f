using Mentorship.Gateway.Proxy;
using Microsoft.Extensions.Configuration;

namespace Mentorship.Gateway.Tests.Proxy;

public sealed class ServiceDestinationsTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value)))
            .Build();

    [Fact]
    public void Replicas_are_read_in_index_order_as_an_apphost_numbers_them()
    {
        var configuration = Configuration(
            ("services:matching:http:10", "http://localhost:5010"),
            ("services:matching:http:2", "http://localhost:5002"),
            ("services:matching:http:0", "http://localhost:5000"));

        var replicas = ServiceDestinations.Of(configuration, "matching");

        Assert.Equal(["http://localhost:5000/", "http://localhost:5002/", "http://localhost:5010/"], replicas.Select(r => r.ToString()));
    }

    [Fact]
    public void A_container_host_name_is_kept_for_the_platform_dns_to_resolve()
    {
        var replicas = ServiceDestinations.Of(Configuration(("services:matching:http:0", "http://matching:8080")), "matching");

        Assert.Equal(new Uri("http://matching:8080"), Assert.Single(replicas));
    }

    [Fact]
    public void Https_endpoints_are_used_when_a_service_has_no_http_one()
    {
        var replicas = ServiceDestinations.Of(Configuration(("services:pairing:https:0", "https://localhost:7001")), "pairing");

        Assert.Equal(new Uri("https://localhost:7001"), Assert.Single(replicas));
    }

    [Fact]
    public void Plain_http_is_preferred_when_a_service_has_both()
    {
        var replicas = ServiceDestinations.Of(
            Configuration(("services:pairing:https:0", "https://localhost:7001"), ("services:pairing:http:0", "http://localhost:5001")),
            "pairing");

        Assert.Equal(new Uri("http://localhost:5001"), Assert.Single(replicas));
    }

    [Fact]
    public void A_value_that_is_not_an_http_address_is_refused_naming_its_key()
    {
        var failure = Assert.Throws<InvalidOperationException>(
            () => ServiceDestinations.Of(Configuration(("services:pairing:http:0", "pairing:8080")), "pairing"));

        Assert.Contains("services:pairing:http:0", failure.Message);
    }
}
