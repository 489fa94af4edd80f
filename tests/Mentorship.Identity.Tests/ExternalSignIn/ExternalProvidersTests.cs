using Mentorship.Identity.Configuration;
using Mentorship.Identity.Domain;
using Mentorship.Identity.ExternalSignIn;

namespace Mentorship.Identity.Tests.ExternalSignIn;

public sealed class ExternalProvidersTests
{
    [Theory]
    [InlineData("UCLouvain", "UCLouvain", "https://sso.example/", "mentorship", "the key must be 1 to 64 lower-case letters, digits or dashes")]
    [InlineData("uclouvain", " ", "https://sso.example/", "mentorship", "DisplayName is required")]
    [InlineData("uclouvain", "UCLouvain", "sso.example", "mentorship", "Authority must be an absolute URL")]
    [InlineData("uclouvain", "UCLouvain", "https://sso.example/", "", "ClientId is required")]
    public void A_provider_that_cannot_work_stops_the_service_naming_its_key_and_the_fault(
        string key, string displayName, string authority, string clientId, string fault)
    {
        var settings = new Dictionary<string, ExternalProviderSettings>
        {
            [key] = new() { DisplayName = displayName, Authority = authority, ClientId = clientId },
        };

        var refused = Assert.Throws<InvalidOperationException>(() => new ExternalProviders(settings));

        Assert.Equal($"Identity:ExternalProviders:{key}: {fault}.", refused.Message);
    }

    [Fact]
    public void Buttons_come_in_the_order_of_their_names()
    {
        var providers = new ExternalProviders(new Dictionary<string, ExternalProviderSettings>
        {
            ["ulb"] = new() { DisplayName = "ULB", Authority = "https://ulb.example/", ClientId = "m" },
            ["uclouvain"] = new() { DisplayName = "UCLouvain", Authority = "https://uclouvain.example/", ClientId = "m", Institution = "UCLouvain" },
        });

        Assert.Equal(["uclouvain", "ulb"], providers.All.Select(p => p.Key));
        Assert.Equal("external-uclouvain", providers.Find("uclouvain")!.Scheme);
        Assert.Null(providers.Find("umons"));
    }

    [Theory]
    [InlineData("  Ada \t Lovelace \n", "Ada Lovelace")]
    [InlineData("\u0007", null)]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void A_name_from_a_provider_is_made_a_valid_display_name(string? given, string? expected)
    {
        var cleaned = DisplayNames.Clean(given);

        Assert.Equal(expected, cleaned);
        Assert.True(cleaned is null || DisplayNames.IsValid(cleaned));
    }

    [Fact]
    public void A_name_longer_than_the_limit_is_cut_to_it()
    {
        var cleaned = DisplayNames.Clean(new string('a', 59) + " and more");

        Assert.Equal(new string('a', 59), cleaned);
    }
}
