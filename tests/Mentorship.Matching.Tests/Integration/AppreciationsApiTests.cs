using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Testing;

namespace Mentorship.Matching.Tests.Integration;

public sealed class AppreciationsApiTests(MatchingFactory factory) : IClassFixture<MatchingFactory>
{
    private static string Url(Cohort cohort) => $"/api/programmes/{cohort.ProgrammeId}/matching/appreciations";

    [Fact]
    public async Task A_forbidden_pair_is_never_proposed_and_a_pinned_one_always_is()
    {
        var cohort = await Cohort.AnnounceAsync(factory, mentors: 2, mentees: 2);
        var (menteeA, menteeB) = (cohort.Mentees[0], cohort.Mentees[1]);
        var (mentorA, mentorB) = (cohort.Mentors[0], cohort.Mentors[1]);

        // Left alone, A and A share the sector; the coordinator decides otherwise.
        await cohort.Coordinator.PostAsJsonAsync(Url(cohort), new { menteeId = menteeA, mentorId = mentorA, kind = "forbid", reason = "Same employer" });
        var pin = await cohort.Coordinator.PostAsJsonAsync(Url(cohort), new { menteeId = menteeB, mentorId = mentorA, kind = "pin", reason = "Asked for each other" });
        Assert.Equal(HttpStatusCode.Created, pin.StatusCode);

        var round = await cohort.RunRoundAsync();

        var pairs = round.GetProperty("proposals").GetProperty("items").EnumerateArray()
            .ToDictionary(p => p.GetProperty("menteeId").GetGuid(), p => (Mentor: p.GetProperty("mentorId").GetGuid(), Pinned: p.GetProperty("pinned").GetBoolean()));
        Assert.Equal((mentorA, true), pairs[menteeB]);
        Assert.Equal(mentorB, pairs[menteeA].Mentor);
    }

    [Fact]
    public async Task A_pin_that_breaks_a_hard_constraint_is_refused_with_the_reason()
    {
        var cohort = await Cohort.AnnounceAsync(factory, mentors: 0, mentees: 1);
        var dutchMentor = await cohort.ApproveAsync("mentor", Cohort.Profile("logistics", 1, "nl"));
        await cohort.WaitForPoolAsync(mentees: 1, mentors: 1);

        var response = await cohort.Coordinator.PostAsJsonAsync(Url(cohort),
            new { menteeId = cohort.Mentees[0], mentorId = dutchMentor, kind = "pin", reason = "Try it" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("no-shared-language", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reasons")[0].GetString());
    }

    [Fact]
    public async Task A_refused_pin_is_titled_in_the_coordinators_language()
    {
        var cohort = await Cohort.AnnounceAsync(factory, mentors: 0, mentees: 1);
        var dutchMentor = await cohort.ApproveAsync("mentor", Cohort.Profile("logistics", 1, "nl"));
        await cohort.WaitForPoolAsync(mentees: 1, mentors: 1);
        using var request = new HttpRequestMessage(HttpMethod.Post, Url(cohort))
        {
            Content = JsonContent.Create(new { menteeId = cohort.Mentees[0], mentorId = dutchMentor, kind = "pin", reason = "Essai" }),
        };
        request.Headers.AcceptLanguage.ParseAdd("fr-BE");

        using var response = await cohort.Coordinator.SendAsync(request);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(
            "Ce binôme ne peut pas être fixé : il enfreint une contrainte stricte.",
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Pins_beyond_a_mentor_capacity_fail_the_round_with_the_reason()
    {
        var cohort = await Cohort.AnnounceAsync(factory, mentors: 1, mentees: 2);
        foreach (var mentee in cohort.Mentees)
            await cohort.Coordinator.PostAsJsonAsync(Url(cohort), new { menteeId = mentee, mentorId = cohort.Mentors[0], kind = "pin", reason = "Both insist" });

        var round = await cohort.RunRoundAsync();

        Assert.Equal("failed", round.GetProperty("round").GetProperty("status").GetString());
        Assert.Contains("mentor-over-capacity", round.GetProperty("round").GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_new_appreciation_supersedes_the_last_one_on_the_pair_and_both_stay_in_the_audit()
    {
        var cohort = await Cohort.AnnounceAsync(factory, mentors: 1, mentees: 1);
        var pair = new { menteeId = cohort.Mentees[0], mentorId = cohort.Mentors[0] };

        await cohort.Coordinator.PostAsJsonAsync(Url(cohort), new { pair.menteeId, pair.mentorId, kind = "bonus", value = 10, reason = "Good feeling" });
        var malus = await (await cohort.Coordinator.PostAsJsonAsync(Url(cohort), new { pair.menteeId, pair.mentorId, kind = "malus", value = 5, reason = "Second thoughts" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var revoked = await (await cohort.Coordinator.DeleteAsync($"{Url(cohort)}/{malus.GetProperty("id").GetGuid()}")).Content.ReadFromJsonAsync<JsonElement>();
        var audit = await cohort.Coordinator.GetFromJsonAsync<JsonElement>(Url(cohort));
        var inForce = await cohort.Coordinator.GetFromJsonAsync<JsonElement>($"{Url(cohort)}?inForce=true");

        Assert.Equal("revoked", revoked.GetProperty("endReason").GetString());
        Assert.Equal(2, audit.GetProperty("total").GetInt32());
        Assert.Equal(["revoked", "superseded"], audit.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("endReason").GetString()));
        Assert.Equal(0, inForce.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Appreciations_are_validated_and_need_participants_of_the_programme()
    {
        var cohort = await Cohort.AnnounceAsync(factory, mentors: 1, mentees: 1);

        var invalid = await cohort.Coordinator.PostAsJsonAsync(Url(cohort), new { menteeId = cohort.Mentees[0], mentorId = cohort.Mentors[0], kind = "bonus", reason = "" });
        var strangers = await cohort.Coordinator.PostAsJsonAsync(Url(cohort), new { menteeId = Guid.NewGuid(), mentorId = cohort.Mentees[0], kind = "forbid", reason = "Nope" });
        var byMentee = await factory.CreateClient(TestUser.Mentee()).PostAsJsonAsync(Url(cohort), new { menteeId = cohort.Mentees[0], mentorId = cohort.Mentors[0], kind = "forbid", reason = "x" });

        var invalidErrors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(invalidErrors.TryGetProperty("value", out _));
        Assert.True(invalidErrors.TryGetProperty("reason", out _));
        var strangerErrors = (await strangers.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(strangerErrors.TryGetProperty("menteeId", out _));
        Assert.True(strangerErrors.TryGetProperty("mentorId", out _));
        Assert.Equal(HttpStatusCode.Forbidden, byMentee.StatusCode);
    }
}
