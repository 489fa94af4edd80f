using System.Net;
using Bunit;
using Mentorship.Web.Components.Console;
using Mentorship.Web.Tests.Support;

namespace Mentorship.Web.Tests.Components;

public sealed class ApplicationReviewTests() : WebTestContext(persona: "coordinator")
{
    private readonly Guid _applicationId = Guid.NewGuid();
    private readonly Guid _programmeId = Guid.NewGuid();

    [Fact]
    public void The_evidence_is_shown_and_recording_the_step_then_approving_changes_the_status()
    {
        var decided = 0;
        Gateway
            .Answer($"GET /api/applications/{_applicationId}", HttpStatusCode.OK, Samples.Application(_applicationId, _programmeId))
            .Answer($"POST /api/applications/{_applicationId}/preparation/individual-interview", HttpStatusCode.OK,
                Samples.Application(_applicationId, _programmeId, interviewDone: true))
            .Answer($"POST /api/applications/{_applicationId}/approve", HttpStatusCode.OK,
                Samples.Application(_applicationId, _programmeId, status: "approved", interviewDone: true));
        var review = Render<ApplicationReview>(p => p
            .Add(x => x.ApplicationId, _applicationId)
            .Add(x => x.Decided, () => decided++));
        review.WaitForElement("#review-heading");
        Assert.Contains("workPermit = true", review.Find("table").TextContent);

        review.Find(".steps button").Click();
        review.WaitForAssertion(() => Assert.Contains("done", review.Find(".steps").TextContent));
        review.Find("button.primary").Click();

        review.WaitForAssertion(() => Assert.Contains("Approved", review.Find("#review-heading + p").TextContent));
        Assert.Empty(review.FindAll("button.primary"));
        Assert.Equal(2, decided);
    }

    [Fact]
    public void A_refused_approval_is_said_and_the_decision_stays_open()
    {
        Gateway
            .Answer($"GET /api/applications/{_applicationId}", HttpStatusCode.OK, Samples.Application(_applicationId, _programmeId))
            .Answer($"POST /api/applications/{_applicationId}/approve", HttpStatusCode.Conflict, Samples.Conflict("Preparation steps are missing."));
        var review = Render<ApplicationReview>(p => p.Add(x => x.ApplicationId, _applicationId));
        review.WaitForElement("button.primary");

        review.Find("button.primary").Click();

        review.WaitForAssertion(() => Assert.Contains("Preparation steps are missing.", review.Find("[role=alert]").TextContent));
        Assert.False(review.Find("button.primary").HasAttribute("disabled"));
    }
}
