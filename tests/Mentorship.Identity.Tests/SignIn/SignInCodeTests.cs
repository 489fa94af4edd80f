using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Identity.Domain;
using Mentorship.Identity.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Identity.Tests.SignIn;

public sealed class SignInCodeTests(IdentityFactory identity) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task A_mailed_code_signs_a_new_person_in_and_creates_them_in_their_language()
    {
        var flow = new SignInFlow(identity);
        var email = SignInFlow.NewEmail("ada");

        using var sent = await flow.RequestCodeAsync(email, Locales.Dutch);
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        var mail = Assert.Single(identity.Mail.To(email));
        Assert.Equal("Uw aanmeldcode", mail.Subject);
        Assert.Contains("10 minuten", mail.TextBody, StringComparison.Ordinal);

        using var verified = await flow.VerifyAsync(email.ToUpperInvariant(), flow.MailedCode(email));

        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Contains(verified.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("mentorship.identity=", StringComparison.Ordinal));
        var person = await identity.QueryAsync(db => db.People.SingleAsync(p => p.Email == email));
        Assert.Equal(Locales.Dutch, person.Locale);
        Assert.Equal(email.Split('@')[0], person.DisplayName);
    }

    [Fact]
    public async Task The_code_is_kept_only_as_a_hash()
    {
        var flow = new SignInFlow(identity);
        var email = SignInFlow.NewEmail();
        using var sent = await flow.RequestCodeAsync(email);

        var code = flow.MailedCode(email);
        var stored = await identity.QueryAsync(db => db.SignInCodes.SingleAsync(c => c.Email == email));

        Assert.Equal(32, stored.CodeHash.Length);
        Assert.DoesNotContain(code, Convert.ToHexString(stored.CodeHash), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_naming_the_code()
    {
        var flow = new SignInFlow(identity);
        var email = SignInFlow.NewEmail();
        using var sent = await flow.RequestCodeAsync(email);
        var wrong = flow.MailedCode(email) == "000000" ? "000001" : "000000";

        using var response = await flow.VerifyAsync(email, wrong);

        await AssertCodeRefusedAsync(response, "wrong or has expired");
    }

    [Fact]
    public async Task An_expired_code_is_refused()
    {
        var flow = new SignInFlow(identity);
        var email = SignInFlow.NewEmail();
        using var sent = await flow.RequestCodeAsync(email);
        await identity.QueryAsync(db => db.SignInCodes.Where(c => c.Email == email)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.ExpiresAt, DateTimeOffset.UtcNow.AddSeconds(-1))));

        using var response = await flow.VerifyAsync(email, flow.MailedCode(email));

        await AssertCodeRefusedAsync(response, "wrong or has expired");
    }

    [Fact]
    public async Task After_five_wrong_attempts_even_the_right_code_is_refused()
    {
        var flow = new SignInFlow(identity);
        var email = SignInFlow.NewEmail();
        using var sent = await flow.RequestCodeAsync(email);
        var code = flow.MailedCode(email);
        var wrong = code == "000000" ? "000001" : "000000";
        for (var attempt = 0; attempt < SignInCode.MaxAttempts; attempt++)
        {
            using var refused = await flow.VerifyAsync(email, wrong);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        using var response = await flow.VerifyAsync(email, code);

        await AssertCodeRefusedAsync(response, "ask for a new one");
    }

    [Fact]
    public async Task A_code_signs_in_once()
    {
        var flow = new SignInFlow(identity);
        var email = SignInFlow.NewEmail();
        await flow.SignInAsync(email);

        using var again = await flow.VerifyAsync(email, flow.MailedCode(email));

        await AssertCodeRefusedAsync(again, "wrong or has expired");
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_as_a_known_one()
    {
        var flow = new SignInFlow(identity);
        var known = SignInFlow.NewEmail("known");
        await flow.SignInAsync(known);
        var unknown = SignInFlow.NewEmail("unknown");

        using var toKnown = await flow.RequestCodeAsync(known);
        using var toUnknown = await flow.RequestCodeAsync(unknown);

        Assert.Equal(toKnown.StatusCode, toUnknown.StatusCode);
        Assert.Equal(await toKnown.Content.ReadAsStringAsync(), await toUnknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_address_asking_for_too_many_codes_is_told_to_wait()
    {
        var flow = new SignInFlow(identity);
        var email = SignInFlow.NewEmail();
        for (var request = 0; request < 3; request++)
        {
            using var sent = await flow.RequestCodeAsync(email);
            Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        }

        using var response = await flow.RequestCodeAsync(email);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal(3, identity.Mail.To(email).Count);
    }

    [Theory]
    [InlineData("not-an-address", null, "email")]
    [InlineData("", null, "email")]
    [InlineData("ada@example.org", "de", "locale")]
    public async Task A_bad_request_for_a_code_is_refused_naming_the_field(string email, string? locale, string field)
    {
        using var response = await new SignInFlow(identity).RequestCodeAsync(email, locale);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}");
    }

    private static async Task AssertCodeRefusedAsync(HttpResponseMessage response, string reason)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var message = problem.GetProperty("errors").GetProperty("code")[0].GetString();
        Assert.Contains(reason, message, StringComparison.Ordinal);
    }
}
