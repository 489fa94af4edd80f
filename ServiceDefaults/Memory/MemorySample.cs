namespace Mentorship.ServiceDefaults.Memory;

/// <summary>The managed memory a process had at one moment: bytes allocated since it started, committed by the GC, and in use after its last collection.</summary>
public readonly record struct MemorySample(DateTimeOffset At, long TotalAllocated, long Committed, long HeapSize)
{
    /// <summary>What the GC holds beyond what its last collection kept.</summary>
    public long Spare => Committed - HeapSize;
}
