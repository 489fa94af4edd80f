namespace Mentorship.Matching.Engine.Solving;

/// <summary>Operation counts of one solve, for benchmarks and tuning.</summary>
public sealed class SolverCounters
{
    public int Phases { get; internal set; }

    public long Bids { get; internal set; }

    public long ArcScans { get; internal set; }

    public long Evictions { get; internal set; }

    public long MentorDischarges { get; internal set; }

    public long SinkDischarges { get; internal set; }

    public override string ToString() =>
        $"phases {Phases}, bids {Bids:N0}, arc scans {ArcScans:N0}, evictions {Evictions:N0}, mentor discharges {MentorDischarges:N0}, sink discharges {SinkDischarges:N0}";
}
