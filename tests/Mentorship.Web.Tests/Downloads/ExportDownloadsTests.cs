using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Mentorship.Web.Downloads;
using Mentorship.Web.Session;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.Web.Tests.Downloads;

public sealed class ExportDownloadsTests
{
    private const string Token = "session-token";
    private readonly Guid _programmeId = Guid.NewGuid();
    private readonly FileGateway _gateway = new();

    private Task<IResult> DownloadAsync(string export, string? format = "csv", string? status = null, bool? atRisk = null, string? token = Token)
    {
        var claims = token is null ? [] : new[] { new Claim(SessionClaims.AccessToken, token) };
        var http = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "session")) };
        return ExportDownloads.DownloadAsync(_programmeId, export, format, status, atRisk, http, new Clients(_gateway), CancellationToken.None);
    }

    [Fact]
    public async Task The_pairs_export_is_fetched_with_the_sessions_token_and_streamed_with_its_type_and_name()
    {
        _gateway.Answer($"GET /api/programmes/{_programmeId}/pairs/export?format=csv&status=active&atRisk=true", HttpStatusCode.OK,
            "pairId,menteeId\n", "text/csv", "pairs-2026-12-01.csv");

        var result = await DownloadAsync("pairs", status: "active", atRisk: true);

        var file = Assert.IsType<FileStreamHttpResult>(result);
        Assert.Equal("text/csv", file.ContentType);
        Assert.Equal("pairs-2026-12-01.csv", file.FileDownloadName);
        Assert.Equal($"Bearer {Token}", Assert.Single(_gateway.Requests).Authorization);
        Assert.Equal("pairId,menteeId\n", await new StreamReader(file.FileStream).ReadToEndAsync());
    }

    [Fact]
    public async Task The_research_export_is_reached_without_the_pair_filters()
    {
        _gateway.Answer($"GET /api/programmes/{_programmeId}/reports/export?format=xlsx", HttpStatusCode.OK, "xlsx bytes",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "evaluation-responses.xlsx");

        var result = await DownloadAsync("responses", format: "xlsx", status: "active");

        Assert.IsType<FileStreamHttpResult>(result);
        Assert.Equal($"GET /api/programmes/{_programmeId}/reports/export?format=xlsx", Assert.Single(_gateway.Requests).Route);
    }

    [Theory]
    [InlineData("outcomes")]
    [InlineData("effects")]
    [InlineData("benefits")]
    public async Task A_report_comes_as_a_pdf_of_its_charts_from_its_own_route(string report)
    {
        _gateway.Answer($"GET /api/programmes/{_programmeId}/reports/{report}?format=pdf", HttpStatusCode.OK, "%PDF-1.7", "application/pdf", $"{report}.pdf");

        var file = Assert.IsType<FileStreamHttpResult>(await DownloadAsync(report, format: "pdf"));

        Assert.Equal(("application/pdf", $"{report}.pdf"), (file.ContentType, file.FileDownloadName));
    }

    [Fact]
    public async Task The_roll_up_of_a_template_is_fetched_in_the_chosen_format_and_a_template_that_is_not_a_word_is_refused()
    {
        _gateway.Answer("GET /api/reports/rollup?template=tm&format=xlsx", HttpStatusCode.OK, "xlsx bytes",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "rollup-tm.xlsx");
        var http = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(SessionClaims.AccessToken, Token)], "session")) };

        var file = await ExportDownloads.DownloadRollupAsync("tm", "xlsx", http, new Clients(_gateway), CancellationToken.None);
        var refused = await ExportDownloads.DownloadRollupAsync("tm&format=csv", "pdf", http, new Clients(_gateway), CancellationToken.None);

        Assert.Equal("rollup-tm.xlsx", Assert.IsType<FileStreamHttpResult>(file).FileDownloadName);
        Assert.IsType<ValidationProblem>(refused);
        Assert.Single(_gateway.Requests);
    }

    [Theory]
    [InlineData("applications")]
    [InlineData("../../people")]
    [InlineData("pairs/export")]
    public async Task A_route_that_is_not_an_export_is_refused_without_calling_the_gateway(string export)
    {
        var result = await DownloadAsync(export);

        Assert.IsType<NotFound>(result);
        Assert.Empty(_gateway.Requests);
    }

    [Fact]
    public async Task An_unknown_format_or_a_status_that_is_not_a_word_is_refused()
    {
        Assert.IsType<ValidationProblem>(await DownloadAsync("pairs", format: "pdf"));
        Assert.IsType<ValidationProblem>(await DownloadAsync("outcomes", format: "docx"));
        Assert.IsType<ValidationProblem>(await DownloadAsync("pairs", status: "active&pageSize=1"));
        Assert.Empty(_gateway.Requests);
    }

    [Fact]
    public async Task A_refusal_of_the_service_is_passed_on_with_its_status_and_words()
    {
        _gateway.Answer($"GET /api/programmes/{_programmeId}/pairs/export?format=csv", HttpStatusCode.Forbidden,
            """{ "title": "Forbidden", "status": 403, "detail": "The monitoring table is exported by the programme's coordinators." }""", "application/problem+json");

        var result = await DownloadAsync("pairs");

        var content = Assert.IsType<ContentHttpResult>(result);
        Assert.Equal(403, content.StatusCode);
        Assert.Contains("exported by the programme's coordinators", content.ResponseContent);
    }

    [Fact]
    public async Task A_session_without_a_token_is_not_let_through()
    {
        Assert.IsType<UnauthorizedHttpResult>(await DownloadAsync("pairs", token: null));
        Assert.Empty(_gateway.Requests);
    }

    [Fact]
    public async Task A_person_s_own_archive_is_fetched_for_the_session_s_person_with_its_token()
    {
        var personId = Guid.NewGuid();
        _gateway.Answer($"GET /api/people/{personId}/export", HttpStatusCode.OK, "zip bytes", "application/zip", $"person-{personId}.zip");
        Claim[] claims = [new(SessionClaims.AccessToken, Token), new(Mentorship.ServiceDefaults.Identity.PlatformClaims.Subject, personId.ToString())];
        var http = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "session")) };

        var file = Assert.IsType<FileStreamHttpResult>(await PersonalDownloads.ExportAsync(http, new Clients(_gateway), CancellationToken.None));

        Assert.Equal(("application/zip", $"person-{personId}.zip"), (file.ContentType, file.FileDownloadName));
        Assert.Equal($"Bearer {Token}", Assert.Single(_gateway.Requests).Authorization);
    }

    /// <summary>The gateway answering files: each request recorded with its token, anything not set answered 404.</summary>
    private sealed class FileGateway : HttpMessageHandler
    {
        private readonly Dictionary<string, Func<HttpResponseMessage>> _answers = [];

        public List<(string Route, string? Authorization)> Requests { get; } = [];

        public void Answer(string route, HttpStatusCode status, string body, string contentType, string? fileName = null) =>
            _answers[route] = () =>
            {
                var response = new HttpResponseMessage(status) { Content = new StringContent(body) };
                response.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
                if (fileName is not null)
                    response.Content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName };
                return response;
            };

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var route = $"{request.Method} {request.RequestUri!.PathAndQuery}";
            Requests.Add((route, request.Headers.Authorization?.ToString()));
            return Task.FromResult(_answers.TryGetValue(route, out var answer) ? answer() : new HttpResponseMessage(HttpStatusCode.NotFound));
        }
    }

    private sealed class Clients(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false) { BaseAddress = new Uri("http://gateway") };
    }
}
