using Bunit;
using Mentorship.Web.Components.Shared;
using Mentorship.Web.Gateway;
using Mentorship.Web.Tests.Support;

namespace Mentorship.Web.Tests.Components;

/// <summary>The alert over a form speaks the page's language where the service's sentence is the framework's English.</summary>
public sealed class ProblemAlertTests() : WebTestContext(culture: "fr")
{
    private static readonly IReadOnlyDictionary<string, string[]> EmailRefused =
        new Dictionary<string, string[]> { ["person.email"] = ["'email' is not a valid email address."] };

    [Fact]
    public void Refused_fields_get_a_title_in_the_pages_language_and_their_messages_stay_beside_them()
    {
        var alert = Render<ProblemAlert>(p => p
            .Add(x => x.Problem, new ApiProblem(400, "One or more validation errors occurred.", null, EmailRefused))
            .Add(x => x.ShownFields, ["person.email"]));

        Assert.Equal("Certaines réponses sont à corriger : voyez les messages à côté des champs.", alert.Find(".problem-title").TextContent);
        Assert.DoesNotContain("validation errors", alert.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("not a valid email", alert.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_that_names_no_field_keeps_the_services_sentence()
    {
        var alert = Render<ProblemAlert>(p => p
            .Add(x => x.Problem, new ApiProblem(409, "The round is already published.", null, new Dictionary<string, string[]>())));

        Assert.Equal("The round is already published.", alert.Find(".problem-title").TextContent);
    }
}
