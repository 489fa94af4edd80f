using Bunit;
using Mentorship.Web.Components.Portal;
using Mentorship.Web.Gateway.Models;
using Mentorship.Web.Tests.Support;

namespace Mentorship.Web.Tests.Components;

/// <summary>A question that offers a template's list: each value named in the page's language, sent as its code.</summary>
public sealed class EligibilityQuestionTests() : WebTestContext(culture: "nl")
{
    [Fact]
    public void A_lists_known_values_are_named_in_the_pages_language_and_proper_names_as_given()
    {
        var background = new EligibilityRule("background", "Achtergrond", "answer-in", "background", ["foreign-national", "foreign-origin"], null, null, null);
        var university = new EligibilityRule("university", "Universiteit", "answer-in", "university", ["UCLouvain", "ULiège"], null, null, null);

        var backgrounds = Render<EligibilityQuestion>(p => p.Add(x => x.Rule, background)).FindAll("#answer-background option");
        var universities = Render<EligibilityQuestion>(p => p.Add(x => x.Rule, university)).FindAll("#answer-university option");

        Assert.Equal("Van buitenlandse herkomst", backgrounds.Single(o => o.GetAttribute("value") == "foreign-origin").TextContent);
        Assert.Equal("Met een buitenlandse nationaliteit", backgrounds.Single(o => o.GetAttribute("value") == "foreign-national").TextContent);
        Assert.Equal("ULiège", universities.Single(o => o.GetAttribute("value") == "ULiège").TextContent);
    }
}
