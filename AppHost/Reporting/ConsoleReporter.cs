using Mentorship.AppHost.Orchestration;

namespace Mentorship.AppHost.Reporting;

/// <summary>
/// Streams each resource's output with a coloured [name] prefix, prints state and health changes as
/// they happen, and the AppHost's own lines under [apphost].
/// </summary>
public sealed class ConsoleReporter
{
    private const string AppHostName = "apphost";
    private const string Reset = "\e[0m";
    private static readonly string[] Palette = ["\e[36m", "\e[32m", "\e[33m", "\e[35m", "\e[34m", "\e[96m", "\e[92m", "\e[93m", "\e[95m", "\e[94m"];

    private readonly TextWriter _writer;
    private readonly bool _useColors;
    private readonly Lock _gate = new();
    private readonly Dictionary<Resource, string> _colors = [];
    private readonly Dictionary<Resource, (ResourceState State, ResourceHealth Health, string? Detail)> _shown = [];
    private int _width = AppHostName.Length;

    public ConsoleReporter(TextWriter writer, bool useColors)
    {
        _writer = writer;
        _useColors = useColors;
    }

    public void Attach(IEnumerable<Resource> resources)
    {
        foreach (var resource in resources)
        {
            lock (_gate)
            {
                _colors[resource] = Palette[_colors.Count % Palette.Length];
                _width = Math.Max(_width, resource.Name.Length);
            }

            resource.OutputReceived += (r, line) => WriteLine(r.Name, _colors[r], line.Text);
            resource.Changed += OnChanged;
        }
    }

    /// <summary>A line of the AppHost's own.</summary>
    public void WriteAppHostLine(string text) => WriteLine(AppHostName, "\e[1m", text);

    /// <summary>Writes text as it is (the summary table).</summary>
    public void WriteBlock(string text)
    {
        lock (_gate)
        {
            _writer.Write(text);
            _writer.Flush();
        }
    }

    private void OnChanged(Resource resource)
    {
        var snapshot = resource.ToSnapshot();
        var now = (snapshot.State, snapshot.Health, snapshot.Detail);
        lock (_gate)
        {
            if (_shown.TryGetValue(resource, out var before) && before == now)
                return;
            _shown[resource] = now;
        }

        var health = snapshot.Health == ResourceHealth.Unknown ? "" : $", {snapshot.Health}";
        var exitCode = snapshot.ExitCode is { } code && snapshot.State is ResourceState.Exited or ResourceState.Finished ? $" (exit code {code})" : "";
        var detail = snapshot.Detail is null ? "" : $": {snapshot.Detail}";
        WriteAppHostLine($"{snapshot.Name} is {snapshot.State}{exitCode}{health}{detail}");
    }

    private void WriteLine(string name, string color, string text)
    {
        var prefix = $"[{name}]".PadRight(_width + 2);
        lock (_gate)
        {
            _writer.WriteLine(_useColors ? $"{color}{prefix}{Reset} {text}" : $"{prefix} {text}");
            _writer.Flush();
        }
    }
}
