using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Testing;

namespace Mentorship.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class MentoringJourneyTests(PlatformFixture platform)
{
    private static readonly string Today = DateTime.UtcNow.ToString("yyyy-MM-dd");

    [Fact]
    public async Task The_whole_platform_reports_healthy_at_the_gateway()
    {
        using var client = new Gateway(platform.Gateway).Anonymous();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var services = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("services");
        Assert.Equal(
            ["enrollment", "evaluation", "identity", "matching", "messaging", "pairing", "web"],
            services.EnumerateObject().Select(s => s.Name).Order());
        Assert.All(services.EnumerateObject(), s => Assert.Equal("Healthy", s.Value.GetString()));
    }

    [Fact]
    public async Task A_cohort_is_matched_paired_followed_closed_and_evaluated_through_the_gateway()
    {
        var journey = new Journey(new Gateway(platform.Gateway));
        await journey.CreateProgrammeAsync();
        string[] sectors = ["logistics", "health", "it"];
        var mentors = new List<Participant>();
        var mentees = new List<Participant>();
        for (var i = 0; i < 3; i++)
            mentors.Add(await journey.ApplyAndGetApprovedAsync("mentor", $"Mentor {i}", sectors[i], language: "nl"));
        for (var i = 0; i < 5; i++)
            mentees.Add(await journey.ApplyAndGetApprovedAsync("mentee", $"Mentee {i}", sectors[i % 3]));
        await journey.WaitForMatchingPoolAsync(mentees: 5, mentors: 3);

        // Matching: three explained proposals, two mentees unmatched with the reason.
        var round = await journey.RunMatchingRoundAsync();
        Assert.Equal("completed", round.GetProperty("round").GetProperty("status").GetString());
        var proposals = round.GetProperty("proposals").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, proposals.Count);
        Assert.All(proposals, proposal =>
        {
            var criteria = proposal.GetProperty("criteria").EnumerateArray().ToList();
            Assert.Equal(8, criteria.Count);
            Assert.All(criteria, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("reason").GetString())));
            Assert.Equal(proposal.GetProperty("score").GetDouble(), criteria.Sum(c => c.GetProperty("contribution").GetDouble()), 6);
        });
        Assert.Equal(3, proposals.Select(p => p.GetProperty("mentorId").GetGuid()).Distinct().Count());
        var unmatched = round.GetProperty("unmatched").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, unmatched.Count);
        Assert.All(unmatched, u => Assert.Equal("feasible-mentors-full", u.GetProperty("reason").GetString()));

        var roundId = round.GetProperty("round").GetProperty("id").GetGuid();
        var publication = await journey.PublishAsync(roundId);
        Assert.Equal(3, publication.GetProperty("published").GetInt32());
        var pairs = await journey.PublishedPairsAsync(roundId, mentees, mentors);

        // The first pair, step by step.
        var (pairId, mentee, mentor) = pairs[0];
        var notification = await Eventually.Get<object>(async () =>
        {
            var page = await mentor.Client.GetFromJsonAsync<JsonElement>("/api/me/notifications");
            return page.GetProperty("items").EnumerateArray()
                .Where(n => n.GetProperty("kind").GetString() == "mentee-proposed" && n.GetProperty("pairId").GetGuid() == pairId)
                .Select(n => (object?)n).FirstOrDefault();
        }, "the mentor notified of the proposed mentee");
        Assert.False(string.IsNullOrWhiteSpace(((JsonElement)notification).GetProperty("title").GetString()));
        Assert.Equal("proposed", (await Journey.WaitForPairAsync(mentor.Client, pairId)).GetProperty("status").GetString());

        // The mentor chose Dutch, the mentee French: each is mailed in their own language.
        Assert.StartsWith("MentorYou Brussels", await platform.Mail.WaitForSubjectAsync(mentor.Email, "Er wordt u een mentee voorgesteld"));

        // With the proposal the mentor sees the mentee's profile, not their contact details; the mentee sees nothing yet.
        var proposedMentee = await PartnerAsync(mentor, pairId, p => p.GetProperty("personId").GetGuid() == mentee.PersonId);
        Assert.Equal(JsonValueKind.Null, proposedMentee.GetProperty("contact").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await mentee.Client.GetAsync($"/api/pairs/{pairId}/partner")).StatusCode);

        var accepted = await Journey.SendAsync(mentor.Client, $"/api/pairs/{pairId}/mentor-decision", new { accept = true, reason = "Same sector" });
        // Once accepted, each sees the other with the contact details they agreed to share.
        var acceptedMentor = await PartnerAsync(mentee, pairId, p => p.GetProperty("contact").ValueKind == JsonValueKind.Object);
        Assert.Equal((mentor.Name, mentor.Email), (acceptedMentor.GetProperty("firstName").GetString(), acceptedMentor.GetProperty("contact").GetProperty("email").GetString()));
        Assert.Equal("introduced", accepted.GetProperty("status").GetString());
        await platform.Mail.WaitForSubjectAsync(mentee.Email, "Votre mentor accepte de vous rencontrer");
        var met = await Journey.SendAsync(mentee.Client, $"/api/pairs/{pairId}/first-meeting", new { heldOn = Today, fit = true, notes = "Good first talk" });
        Assert.Equal("contracting", met.GetProperty("status").GetString());
        var oneSignature = await Journey.SendAsync(mentee.Client, $"/api/pairs/{pairId}/contract/sign", new { });
        Assert.Equal("contracting", oneSignature.GetProperty("status").GetString());
        var bothSignatures = await Journey.SendAsync(mentor.Client, $"/api/pairs/{pairId}/contract/sign", new { });
        Assert.Equal("active", bothSignatures.GetProperty("status").GetString());

        await Journey.WaitForThreadAsync(mentee.Client, pairId);
        await Journey.SendAsync(mentee.Client, $"/api/pairs/{pairId}/messages", new { text = "Bonjour, merci pour la rencontre !" }, HttpStatusCode.Created);
        var unread = await mentor.Client.GetFromJsonAsync<JsonElement>("/api/me/unread");
        Assert.Equal(1, unread.GetProperty("pairs").EnumerateArray().Single(p => p.GetProperty("pairId").GetGuid() == pairId).GetProperty("unread").GetInt32());

        foreach (var dimensions in new[] { new[] { "professional", "personal" }, new[] { "professional" } })
            await Journey.SendAsync(mentor.Client, $"/api/pairs/{pairId}/meetings",
                new { date = Today, durationMinutes = 90, place = "Mentor's office", dimensions }, HttpStatusCode.Created);
        var followed = await mentor.Client.GetFromJsonAsync<JsonElement>($"/api/pairs/{pairId}");
        Assert.Equal(2, followed.GetProperty("meetingsHeld").GetInt32());

        var closed = await Journey.SendAsync(journey.Coordinator, $"/api/pairs/{pairId}/close", new { outcome = "job", notes = "Hired as a logistics planner" });
        Assert.Equal("closed", closed.GetProperty("status").GetString());

        // The other two pairs, to the same end, so the effects report has a sample to test.
        foreach (var (otherPair, otherMentee, otherMentor) in pairs.Skip(1))
        {
            await Journey.ActivateAsync(otherPair, otherMentee, otherMentor);
            await Journey.SendAsync(otherMentee.Client, $"/api/pairs/{otherPair}/meetings",
                new { date = Today, durationMinutes = 60, place = "Library", dimensions = new[] { "personal" } }, HttpStatusCode.Created);
            await Journey.SendAsync(otherMentee.Client, $"/api/pairs/{otherPair}/close", new { outcome = "training" });
        }

        // Evaluation: both sides of every pair answer; mentees rate the effects +3, +2 and +1.
        var effects = new[] { 3, 2, 1 };
        for (var i = 0; i < pairs.Count; i++)
        {
            await Journey.AnswerSurveyAsync(pairs[i].Mentee.Client, effects[i]);
            await Journey.AnswerSurveyAsync(pairs[i].Mentor.Client, effect: 0);
        }

        var report = await journey.Coordinator.GetFromJsonAsync<JsonElement>($"/api/programmes/{journey.ProgrammeId}/reports/effects");
        Assert.Equal(3, report.GetProperty("respondents").GetInt32());
        var confidence = report.GetProperty("dimensions").EnumerateArray().Single(d => d.GetProperty("dimension").GetString() == "self-confidence");
        // Hand computed: mean 2, sd 1, t = 2 / (1 / sqrt 3) = 3.4641 on 2 degrees of freedom, two-sided p = 0.0742.
        Assert.Equal(3, confidence.GetProperty("n").GetInt32());
        Assert.Equal(2.0, confidence.GetProperty("mean").GetDouble(), 6);
        Assert.Equal(1.0, confidence.GetProperty("sd").GetDouble(), 6);
        Assert.Equal(3.4641, confidence.GetProperty("t").GetDouble(), 3);
        Assert.Equal(2, confidence.GetProperty("df").GetInt32());
        Assert.Equal(0.0742, confidence.GetProperty("p").GetDouble(), 3);
        Assert.False(confidence.GetProperty("significant").GetBoolean());

        var outcomes = await journey.Coordinator.GetFromJsonAsync<JsonElement>($"/api/programmes/{journey.ProgrammeId}/reports/outcomes");
        Assert.Equal(3, outcomes.GetProperty("closed").GetInt32());
        Assert.Equal(3, outcomes.GetProperty("positiveExits").GetInt32());
    }

    /// <summary>The pair partner as the participant sees them, once the events that decide it reached Enrollment.</summary>
    private static async Task<JsonElement> PartnerAsync(Participant viewer, Guid pairId, Func<JsonElement, bool> shows) =>
        (JsonElement)await Eventually.Get<object>(async () =>
        {
            var response = await viewer.Client.GetAsync($"/api/pairs/{pairId}/partner");
            if (response.StatusCode != HttpStatusCode.OK)
                return null;
            var partner = await response.Content.ReadFromJsonAsync<JsonElement>();
            return shows(partner) ? (object)partner : null;
        }, "the partner shown");
}
