using System.Text.RegularExpressions;
using Mentorship.Evaluation.Domain;
using Mentorship.Evaluation.Domain.Templates;

namespace Mentorship.Evaluation.Tests.Domain;

public sealed class SurveyTemplatesTests
{
    private static readonly Regex KebabCase = new("^[a-z0-9]+(-[a-z0-9]+)*$");

    [Fact]
    public void Pollem_measures_well_being_academic_success_and_perseverance_from_minus_3_to_3()
    {
        var effects = SurveyTemplates.Pollem.MenteeItems.Where(i => i.Measure == ItemMeasure.Effect).ToList();

        Assert.Equal(["well-being", "academic-success", "perseverance"], effects.Select(i => i.Id));
        Assert.All(effects, e => Assert.Equal((ItemType.Scale, -3, 3, true), (e.Type, e.Min!.Value, e.Max!.Value, e.Required)));
    }

    [Fact]
    public void Every_programme_template_and_the_default_one_has_a_closure_survey()
    {
        Assert.Equal(["pollem", "mentoryou", "team-mentorship", "cjsm", "dialogue", "default"], SurveyTemplates.All.Select(t => t.Id));
        Assert.Same(SurveyTemplates.Default, SurveyTemplates.For(null));
        Assert.Same(SurveyTemplates.Default, SurveyTemplates.For("unknown-programme"));
        Assert.Same(SurveyTemplates.MentorYou, SurveyTemplates.For("mentoryou"));
    }

    [Fact]
    public void Mentees_are_asked_effects_benefits_satisfaction_more_meetings_dimensions_states_and_a_comment()
    {
        foreach (var template in SurveyTemplates.All)
        {
            var measures = template.MenteeItems.Select(i => i.Measure).ToList();
            Assert.Equal(3, measures.Count(m => m == ItemMeasure.Effect));
            Assert.Equal(
                [ItemMeasure.Benefits, ItemMeasure.Satisfaction, ItemMeasure.MoreMeetings, ItemMeasure.ProfessionalAddressed,
                    ItemMeasure.PersonalAddressed, ItemMeasure.AcademicAddressed, ItemMeasure.State, ItemMeasure.State, ItemMeasure.State, ItemMeasure.Comment],
                measures.Where(m => m != ItemMeasure.Effect));
        }
    }

    [Fact]
    public void Mentors_are_not_asked_effects_on_themselves_nor_benefits()
    {
        foreach (var template in SurveyTemplates.All)
        {
            Assert.Equal(
                ["satisfaction", "more-meetings", "professional-addressed", "personal-addressed", "academic-addressed",
                    .. template.EffectDimensions.Select(d => $"{d}-state"), "comment"],
                template.ItemsFor(SurveyKind.Closure, RespondentRole.Mentor).Select(i => i.Id));
        }
    }

    [Fact]
    public void Scales_and_the_comment_have_the_ranges_of_the_brief()
    {
        var items = SurveyTemplates.Pollem.MenteeItems.ToDictionary(i => i.Id);

        Assert.Equal((1, 5), (items["satisfaction"].Min!.Value, items["satisfaction"].Max!.Value));
        Assert.Equal((0, 3), (items["professional-addressed"].Min!.Value, items["professional-addressed"].Max!.Value));
        Assert.Equal(ItemType.YesNo, items["more-meetings"].Type);
        Assert.Equal((ItemType.Text, 2000, false), (items["comment"].Type, items["comment"].MaxLength!.Value, items["comment"].Required));
    }

    [Fact]
    public void The_benefits_are_pollems_24_with_labels_in_french_dutch_and_english()
    {
        var options = SurveyTemplates.Pollem.MenteeItems.Single(i => i.Id == "benefits").Options!;

        Assert.Equal(24, options.Count);
        Assert.Contains(options, o => o.Id == "someone-is-there");
        Assert.Contains(options, o => o.Id == "adaptation-to-higher-education");
        Assert.All(options, o => Assert.All(["fr", "nl", "en"], language => Assert.NotEqual(o.Label.Key, o.Label.In(language))));
        Assert.Equal("Er is iemand voor mij", options.Single(o => o.Id == "someone-is-there").Label.In("nl"));
    }

    [Fact]
    public void Every_id_is_kebab_case_and_unique_within_its_survey()
    {
        foreach (var template in SurveyTemplates.All)
        {
            foreach (var (kind, role) in Enum.GetValues<SurveyKind>().SelectMany(k => Enum.GetValues<RespondentRole>().Select(r => (k, r))))
            {
                var items = template.ItemsFor(kind, role);
                Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
                Assert.All(items, i => Assert.Matches(KebabCase, i.Id));
                Assert.All(items.SelectMany(i => i.Options ?? []), o => Assert.Matches(KebabCase, o.Id));
            }
        }
    }

    [Fact]
    public void The_baseline_asks_both_members_the_state_of_each_effect_dimension_as_the_closure_asks_it_again()
    {
        foreach (var template in SurveyTemplates.All)
        {
            var baseline = template.ItemsFor(SurveyKind.Baseline, RespondentRole.Mentor);
            Assert.Same(baseline, template.ItemsFor(SurveyKind.Baseline, RespondentRole.Mentee));
            Assert.Equal(template.EffectDimensions.Select(d => $"{d}-state"), baseline.Select(i => i.Id));
            Assert.All(baseline, i => Assert.Equal((ItemMeasure.State, ItemType.Scale, 1, 7, true), (i.Measure, i.Type, i.Min!.Value, i.Max!.Value, i.Required)));
            foreach (var role in Enum.GetValues<RespondentRole>())
            {
                var closure = template.ItemsFor(SurveyKind.Closure, role).Where(i => i.Measure == ItemMeasure.State).ToList();
                // Optional at closure: front ends written before the baseline still send their closure answers.
                Assert.Equal(baseline.Select(i => i with { Required = false }), closure);
            }
        }

        Assert.Equal("How do you rate your well-being today? (1 = very poor, 7 = excellent)",
            SurveyTemplates.Pollem.BaselineItems[0].Label.In("en"));
        Assert.Equal("well-being", SurveyItem.DimensionOfState("well-being-state"));
    }
}
