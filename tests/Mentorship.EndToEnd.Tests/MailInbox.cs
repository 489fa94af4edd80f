using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Testing;

namespace Mentorship.EndToEnd.Tests;

/// <summary>The development mail inbox (smtp4dev) the AppHost starts, read through its web API as a newcomer reads its page.</summary>
public sealed class MailInbox(Uri address)
{
    /// <summary>Waits for a mail to this address and returns its subject.</summary>
    public async Task<string> WaitForSubjectAsync(string to, string subjectContains) =>
        (await WaitForAsync(to, subjectContains)).GetProperty("subject").GetString()!;

    /// <summary>Waits for a mail to this address and returns its text, as the reader sees it.</summary>
    public async Task<string> WaitForTextAsync(string to, string subjectContains)
    {
        var mail = await WaitForAsync(to, subjectContains);
        using var http = new HttpClient { BaseAddress = address };
        return await http.GetStringAsync($"api/messages/{mail.GetProperty("id").GetString()}/plaintext");
    }

    /// <summary>JSON elements are structs: boxed, so that "none yet" is null.</summary>
    private async Task<JsonElement> WaitForAsync(string to, string subjectContains) =>
        (JsonElement)await Eventually.Get<object>(async () =>
        {
            using var http = new HttpClient { BaseAddress = address };
            var page = await http.GetFromJsonAsync<JsonElement>("api/messages?pageSize=500");
            return page.GetProperty("results").EnumerateArray()
                .Where(mail => mail.GetProperty("to").GetRawText().Contains(to, StringComparison.OrdinalIgnoreCase))
                .Where(mail => mail.GetProperty("subject").GetString()?.Contains(subjectContains, StringComparison.Ordinal) == true)
                .Select(mail => (object?)mail)
                .FirstOrDefault();
        }, $"a mail to {to} whose subject contains \"{subjectContains}\"");
}
