using System.Net;
using System.Net.Sockets;
using Mentorship.Load.Running;

namespace Mentorship.Load.Tests;

public sealed class CallLogTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public void The_first_success_after_a_moment_is_found_whatever_order_calls_were_recorded_in()
    {
        var calls = new CallLog();
        calls.Record(Second * 1, null);
        calls.Record(Second * 6, null);
        calls.Record(Second * 4, ErrorKinds.ConnectionRefused);
        calls.Record(Second * 5, null);

        Assert.Equal(Second * 5, calls.FirstSuccessAfter(Second * 3));
        Assert.Null(calls.FirstSuccessAfter(Second * 7));
    }

    [Fact]
    public void Errors_are_counted_by_kind_within_a_window()
    {
        var calls = new CallLog();
        calls.Record(Second * 1, "HTTP 503");
        calls.Record(Second * 2, "HTTP 503");
        calls.Record(Second * 3, ErrorKinds.Timeout);
        calls.Record(Second * 9, "HTTP 503");

        Assert.Equal(new Dictionary<string, int> { ["HTTP 503"] = 3, [ErrorKinds.Timeout] = 1 }, calls.ErrorsByKind());
        Assert.Equal(new Dictionary<string, int> { ["HTTP 503"] = 1, [ErrorKinds.Timeout] = 1 }, calls.ErrorsByKind(Second * 2, Second * 3));
    }

    [Fact]
    public void Requests_ending_after_the_log_is_closed_are_not_counted()
    {
        var calls = new CallLog();
        calls.Record(Second, null);
        calls.Close();
        calls.Record(Second * 2, ErrorKinds.Timeout);

        Assert.Equal(1, calls.Count);
        Assert.Empty(calls.ErrorsByKind());
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, "HTTP 503", true)]
    [InlineData(HttpStatusCode.InternalServerError, "HTTP 500", true)]
    [InlineData(HttpStatusCode.Conflict, "HTTP 409", false)]
    public void An_unexpected_status_is_its_own_kind_and_only_a_5xx_is_an_outage(HttpStatusCode status, string kind, bool outage)
    {
        Assert.Equal(kind, ErrorKinds.Of(new UnexpectedAnswerException("answer", status)));
        Assert.Equal(outage, ErrorKinds.IsOutage(kind));
    }

    [Fact]
    public void Transport_failures_are_told_apart_and_all_count_as_an_outage()
    {
        var refused = ErrorKinds.Of(new HttpRequestException(HttpRequestError.ConnectionError, "refused", new SocketException((int)SocketError.ConnectionRefused)));
        var dropped = ErrorKinds.Of(new HttpRequestException(HttpRequestError.ResponseEnded, "ended"));
        var timeout = ErrorKinds.Of(new TaskCanceledException("timeout", new TimeoutException()));

        Assert.Equal([ErrorKinds.ConnectionRefused, ErrorKinds.ConnectionDropped, ErrorKinds.Timeout], [refused, dropped, timeout]);
        Assert.All([refused, dropped, timeout], kind => Assert.True(ErrorKinds.IsOutage(kind)));
    }
}
