using System.Globalization;
using System.Net;
using Bunit;
using Mentorship.Web.Components.Mentoring;
using Mentorship.Web.Tests.Support;

namespace Mentorship.Web.Tests.Components;

/// <summary>The partner's profile arrives as codes; the card names them in the page's language.</summary>
public sealed class PartnerCardTests() : WebTestContext(culture: "fr")
{
    private readonly Guid _pairId = Guid.NewGuid();

    private IRenderedComponent<PartnerCard> RenderCard(string sectors)
    {
        Gateway.Answer($"GET /api/pairs/{_pairId}/partner", HttpStatusCode.OK, PairSamples.Partner(_pairId, "mentor", withContact: false, sectors));
        var card = Render<PartnerCard>(p => p.Add(x => x.PairId, _pairId).Add(x => x.PartnerRole, "mentor"));
        card.WaitForElement(".profile");
        return card;
    }

    private static Dictionary<string, string> Profile(IRenderedComponent<PartnerCard> card) =>
        card.FindAll(".profile dt").Zip(card.FindAll(".profile dd")).ToDictionary(row => row.First.TextContent, row => row.Second.TextContent);

    [Theory]
    [InlineData("fr", "Secteurs", "Logistique", "Fonction", "Opérations", "Français, Anglais", "Bruxelles")]
    [InlineData("nl", "Sectoren", "Logistiek", "Functie", "Operationeel beheer", "Frans, Engels", "Brussel")]
    public void Known_codes_are_named_in_the_pages_language(
        string language, string sectorsTerm, string sector, string functionTerm, string function, string languages, string region)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);

        var profile = Profile(RenderCard("""["logistics"]"""));

        Assert.Equal(sector, profile[sectorsTerm]);
        Assert.Equal(function, profile[functionTerm]);
        Assert.Contains(languages, profile.Values);
        Assert.Contains(region, profile.Values);
        Assert.DoesNotContain("logistics", string.Concat(profile.Values), StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_the_front_end_does_not_know_reads_as_words_beside_the_known_ones()
    {
        var profile = Profile(RenderCard("""["deep-sea-welding", "logistics"]"""));

        Assert.Equal("deep sea welding, Logistique", profile["Secteurs"]);
        Assert.Equal("Recherche d'emploi", profile["Attentes"]);
        Assert.Equal("football", profile["Loisirs"]);
    }
}
