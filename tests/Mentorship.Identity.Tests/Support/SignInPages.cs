using System.Net;
using System.Text.RegularExpressions;

namespace Mentorship.Identity.Tests.Support;

/// <summary>The sign-in pages as a browser without script uses them: read the page, post its form.</summary>
public static partial class SignInPages
{
    /// <summary>The page's HTML, its entities decoded (the renderer writes é as &amp;#xE9;).</summary>
    public static async Task<string> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(expected == response.StatusCode, $"{response.StatusCode}: {html}");
        return html;
    }

    /// <summary>Posts the page's form: its hidden fields (antiforgery token, return address, language) and the given ones.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient browser, string html, string action, params (string Name, string Value)[] fields)
    {
        var form = HiddenField().Matches(html).ToDictionary(match => match.Groups[1].Value, match => match.Groups[2].Value);
        foreach (var (name, value) in fields)
            form[name] = value;
        return browser.PostAsync(action, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("""<input type="hidden" name="([^"]+)" value="([^"]*)"\s*/?>""")]
    private static partial Regex HiddenField();
}
