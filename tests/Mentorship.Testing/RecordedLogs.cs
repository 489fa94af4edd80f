using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Mentorship.Testing;

/// <summary>
/// The formatted log lines a service in-process writes under the given categories (e.g. a background
/// worker's type name), for tests that count what the service did.
/// </summary>
public sealed class RecordedLogs(params string[] categories) : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) =>
        categories.Contains(categoryName) ? new Recorder(_lines) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void Dispose()
    {
        // Lines stay readable after the service stopped.
    }

    private sealed class Recorder(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(formatter(state, exception));
    }
}
