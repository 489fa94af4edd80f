namespace Mentorship.Testing;

/// <summary>Sends the same request several times at once, released together, to race them against each other.</summary>
public static class ParallelRequests
{
    public static async Task<IReadOnlyList<HttpResponseMessage>> SendAsync(int count, Func<Task<HttpResponseMessage>> send)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requests = Enumerable.Range(0, count).Select(async _ =>
        {
            await start.Task;
            return await send();
        }).ToList();
        start.SetResult();
        return await Task.WhenAll(requests);
    }
}
