using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Testing;

namespace Mentorship.EndToEnd.Tests;

/// <summary>The development mail inbox (smtp4dev) the AppHost starts, read through its web API as a newcomer reads its page.</summary>
public sealed class MailInbox(Uri address)
{
    /// <summary>Waits for a mail to this address and returns its subject.</summary>
    public Task<string> WaitForSubjectAsync(string to, string subjectContains) =>
        Eventually.Get(async () =>
        {
            using var http = new HttpClient { BaseAddress = address };
            var page = await http.GetFromJsonAsync<JsonElement>("api/messages?pageSize=500");
            return page.GetProperty("results").EnumerateArray()
                .Where(mail => mail.GetProperty("to").GetRawText().Contains(to, StringComparison.OrdinalIgnoreCase))
                .Select(mail => mail.GetProperty("subject").GetString())
                .FirstOrDefault(subject => subject is not null && subject.Contains(subjectContains, StringComparison.Ordinal));
        }, $"a mail to {to} whose subject contains \"{subjectContains}\"");
}
