using Mentorship.Enrollment.Domain.Templates;
using Mentorship.Enrollment.Resources;
using Mentorship.Testing;

namespace Mentorship.Enrollment.Tests.Domain;

public sealed class EnrollmentTextsTests
{
    [Fact]
    public void Every_text_is_written_in_french_dutch_and_english_with_the_same_placeholders() =>
        TextResources.AssertWrittenInEveryLanguage(EnrollmentTexts.All);

    [Fact]
    public void Every_rule_and_step_of_every_template_has_its_text()
    {
        var english = EnrollmentTexts.All.WrittenIn("en");
        var roles = ProgrammeTemplates.All.SelectMany(t => new[] { t.Mentee, t.Mentor }).ToList();

        Assert.All(roles.SelectMany(r => r.Eligibility).SelectMany(r => r.SelfAndParts()), rule => Assert.Contains($"rule.{rule.Id}", english.Keys));
        Assert.All(roles.SelectMany(r => r.Preparation), step => Assert.Contains($"step.{step.Id}", english.Keys));
    }

    [Fact]
    public void Dutch_texts_are_dutch_and_an_unknown_language_reads_as_english()
    {
        Assert.Equal("Jonger dan 35 jaar", EnrollmentTexts.Rule("under-35", "nl"));
        Assert.Equal("Moins de 35 ans", EnrollmentTexts.Rule("under-35", "fr-BE"));
        Assert.Equal("Under 35", EnrollmentTexts.Rule("under-35", "de"));
    }
}
