using System.Net;
using System.Net.Http.Json;
using Mentorship.Enrollment.Data;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Enrollment.Tests.Integration;

/// <summary>Issue 11: a programme's template, name and cohort identify it, under concurrency too.</summary>
public sealed class ProgrammeUniquenessTests(EnrollmentFactory factory) : IClassFixture<EnrollmentFactory>
{
    [Fact]
    public async Task The_same_programme_created_concurrently_is_created_once_and_the_others_are_conflicts()
    {
        var name = $"Concurrent {Guid.NewGuid():N}";
        var client = factory.CreateClient(TestUser.ProgrammeAdmin());

        var responses = await ParallelRequests.SendAsync(8, () =>
            client.PostAsJsonAsync("/api/programmes", new { templateId = "cjsm", name, cohort = "2027" }));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            Assert.Contains("exists", await refused.ProblemTitleAsync(HttpStatusCode.Conflict), StringComparison.Ordinal);
        Assert.Equal(1, await factory.QueryAsync<EnrollmentDbContext, int>(db => db.Programmes.CountAsync(p => p.Name == name)));
    }

    [Fact]
    public async Task The_database_refuses_a_second_programme_with_the_same_template_name_and_cohort()
    {
        var name = $"Twice {Guid.NewGuid():N}";
        await factory.QueryAsync<EnrollmentDbContext, int>(db =>
        {
            db.Programmes.Add(Programmes.New("pollem", name, "2026"));
            return db.SaveChangesAsync();
        });

        var index = await UniqueIndexes.RefusedByAsync(() => factory.QueryAsync<EnrollmentDbContext, int>(db =>
        {
            db.Programmes.Add(Programmes.New("pollem", name, "2026"));
            return db.SaveChangesAsync();
        }));

        Assert.Equal("ux_programmes_template_name_cohort", index);
    }

    [Fact]
    public async Task Names_differing_only_by_surrounding_spaces_are_the_same_programme()
    {
        var name = $"Spaced {Guid.NewGuid():N}";
        var client = factory.CreateClient(TestUser.ProgrammeAdmin());

        var first = await client.PostAsJsonAsync("/api/programmes", new { templateId = "cjsm", name, cohort = "2027" });
        var spaced = await client.PostAsJsonAsync("/api/programmes", new { templateId = "cjsm", name = $"  {name} ", cohort = " 2027" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Contains("already exists", await spaced.ProblemTitleAsync(HttpStatusCode.Conflict), StringComparison.Ordinal);
    }
}
