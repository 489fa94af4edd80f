namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>A pair's logged meetings: how many, and how many addressed the professional and the personal dimension.</summary>
public sealed record LoggedDimensions(int Meetings, int Professional, int Personal)
{
    public bool BothAddressed => Professional > 0 && Personal > 0;

    /// <summary>0..2: the share of meetings addressing each dimension, added.</summary>
    public double Extent => ((double)Professional / Meetings) + ((double)Personal / Meetings);
}
