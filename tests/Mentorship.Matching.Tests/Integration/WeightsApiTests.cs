using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Matching.Contracts;
using Mentorship.Testing;

namespace Mentorship.Matching.Tests.Integration;

public sealed class WeightsApiTests(MatchingFactory factory) : IClassFixture<MatchingFactory>
{
    [Fact]
    public async Task Programme_weights_come_from_the_template_until_a_coordinator_sets_them()
    {
        var cohort = await Cohort.AnnounceAsync(factory, mentors: 1, mentees: 1);
        var url = $"/api/programmes/{cohort.ProgrammeId}/matching/weights";

        var initial = await cohort.Coordinator.GetFromJsonAsync<JsonElement>(url);
        var put = await cohort.Coordinator.PutAsJsonAsync(url, new { geography = 10, sector = 0, jobFunction = 0, background = 0, age = 0, language = 5, expectations = 0, hobbies = 0 });
        var after = await cohort.Coordinator.GetFromJsonAsync<JsonElement>(url);

        Assert.Equal(9, initial.GetProperty("weights").GetProperty("sector").GetDouble());
        Assert.Equal(JsonValueKind.Null, initial.GetProperty("changedBy").ValueKind);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(10, after.GetProperty("weights").GetProperty("geography").GetDouble());
        Assert.Equal(0, after.GetProperty("weights").GetProperty("sector").GetDouble());
        var announced = Assert.Single(await factory.PublishedAsync<MatchingWeightsChanged>(), e => e.ProgrammeId == cohort.ProgrammeId);
        Assert.Equal((10, 0, 5), (announced.Geography, announced.Sector, announced.Language));

        var round = await cohort.RunRoundAsync();
        var criteria = round.GetProperty("proposals").GetProperty("items")[0].GetProperty("criteria").EnumerateArray().ToList();
        Assert.Equal(10, criteria.Single(c => c.GetProperty("criterion").GetString() == "geography").GetProperty("weight").GetDouble());
        Assert.Equal(0, criteria.Single(c => c.GetProperty("criterion").GetString() == "sector").GetProperty("contribution").GetDouble());
    }

    [Fact]
    public async Task Incomplete_or_all_zero_weights_are_refused()
    {
        var cohort = await Cohort.AnnounceAsync(factory, mentors: 1, mentees: 1);
        var url = $"/api/programmes/{cohort.ProgrammeId}/matching/weights";

        var missing = await cohort.Coordinator.PutAsJsonAsync(url, new { geography = 11 });
        var zeros = await cohort.Coordinator.PutAsJsonAsync(url, new { geography = 0, sector = 0, jobFunction = 0, background = 0, age = 0, language = 0, expectations = 0, hobbies = 0 });
        var outsider = await factory.CreateClient(TestUser.Mentee()).PutAsJsonAsync(url, new { geography = 1 });

        var errors = (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("geography", out _));
        Assert.True(errors.TryGetProperty("hobbies", out _));
        Assert.Equal(HttpStatusCode.BadRequest, zeros.StatusCode);
        Assert.True((await zeros.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("weights", out _));
        Assert.Equal(HttpStatusCode.Forbidden, outsider.StatusCode);
    }
}
