using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Testing;

namespace Mentorship.Enrollment.Tests.Integration;

public sealed class ApplicationWindowTests(EnrollmentFactory factory) : IClassFixture<EnrollmentFactory>
{
    [Fact]
    public async Task A_participant_applying_before_the_window_opens_is_refused_naming_the_rule_and_the_dates()
    {
        var (opensOn, closesOn) = (RecruitmentRequests.BrusselsDay(3), RecruitmentRequests.BrusselsDay(30));
        var programme = await factory.CreatePollemAsync(new { applicationWindow = new { opensOn, closesOn } });

        var response = await ApplyYourselfAsync(programme);

        var problem = await response.ConflictProblemAsync();
        Assert.Equal(("urn:mentorship:problem:application-window", "application-window"), (problem.GetProperty("type").GetString(), problem.GetProperty("rule").GetString()));
        Assert.Contains("application-window", problem.GetProperty("title").GetString());
        Assert.Equal((opensOn, closesOn), (problem.GetProperty("opensOn").GetString(), problem.GetProperty("closesOn").GetString()));
        Assert.Contains($"from {opensOn} to {closesOn}", problem.GetProperty("detail").GetString());
        Assert.False((await ViewAsync(programme, TestUser.Mentee())).GetProperty("applicationsOpen").GetBoolean());
    }

    [Fact]
    public async Task A_participant_applies_inside_the_window_up_to_and_including_its_last_day()
    {
        var programme = await factory.CreatePollemAsync(new
        {
            applicationWindow = new { opensOn = RecruitmentRequests.BrusselsDay(-5), closesOn = RecruitmentRequests.BrusselsDay() },
        });

        var response = await ApplyYourselfAsync(programme);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True((await ViewAsync(programme, TestUser.Mentee())).GetProperty("applicationsOpen").GetBoolean());
    }

    [Fact]
    public async Task A_participant_applying_after_the_window_closed_is_refused_and_nothing_is_written()
    {
        var closesOn = RecruitmentRequests.BrusselsDay(-1);
        var programme = await factory.CreatePollemAsync(new { applicationWindow = new { closesOn } });

        var response = await ApplyYourselfAsync(programme);

        var problem = await response.ConflictProblemAsync();
        Assert.Equal(closesOn, problem.GetProperty("closesOn").GetString());
        Assert.Equal(JsonValueKind.Null, problem.GetProperty("opensOn").ValueKind);
        Assert.Equal(0, await factory.CreateClient(TestUser.Coordinator(programme)).CountApplicationsAsync(programme));
    }

    [Fact]
    public async Task Staff_enter_and_import_applications_outside_the_window()
    {
        var programme = await factory.CreatePollemAsync(new { applicationWindow = new { closesOn = RecruitmentRequests.BrusselsDay(-1) } });
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));

        var entered = await coordinator.EnterMenteeAsync(programme);
        var import = await coordinator.ImportAsync(programme, ApplicationImportFiles.Csv(ApplicationImportFiles.Pollem(3, programme.ToString("N"))));

        Assert.NotEqual(Guid.Empty, entered);
        Assert.Equal(3, import.GetProperty("created").GetInt32());
        Assert.Equal(4, await coordinator.CountApplicationsAsync(programme));
        Assert.False((await ViewAsync(programme, TestUser.Coordinator(programme))).GetProperty("applicationsOpen").GetBoolean());
    }

    [Fact]
    public async Task A_programme_without_a_window_takes_applications_any_day()
    {
        var programme = await factory.CreateProgrammeAsync("pollem");

        var response = await ApplyYourselfAsync(programme);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var view = await ViewAsync(programme, TestUser.Mentee());
        Assert.True(view.GetProperty("applicationsOpen").GetBoolean());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("applicationWindow").GetProperty("opensOn").ValueKind);
    }

    private Task<HttpResponseMessage> ApplyYourselfAsync(Guid programme) =>
        factory.CreateClient(TestUser.Mentee()).PostAsJsonAsync(
            $"/api/programmes/{programme}/applications", EnrollmentRequests.Application("mentee", RecruitmentRequests.FirstYearStudent));

    private Task<JsonElement> ViewAsync(Guid programme, TestUser user) =>
        factory.CreateClient(user).GetFromJsonAsync<JsonElement>($"/api/programmes/{programme}");
}
