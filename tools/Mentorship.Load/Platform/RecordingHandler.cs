using Mentorship.Load.Running;

namespace Mentorship.Load.Platform;

/// <summary>Records each request's outcome: any 2xx is a success, another status or an exception a failure of its kind.</summary>
internal sealed class RecordingHandler(CallLog calls) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (Exception exception)
        {
            calls.Record(ErrorKinds.Of(exception));
            throw;
        }

        calls.Record(response.IsSuccessStatusCode ? null : ErrorKinds.OfStatus((int)response.StatusCode));
        return response;
    }
}
