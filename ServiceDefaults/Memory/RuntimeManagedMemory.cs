namespace Mentorship.ServiceDefaults.Memory;

/// <summary>The runtime's own garbage collector.</summary>
public sealed class RuntimeManagedMemory : IManagedMemory
{
    public MemorySample Sample(DateTimeOffset at)
    {
        var info = GC.GetGCMemoryInfo();
        return new MemorySample(at, GC.GetTotalAllocatedBytes(), info.TotalCommittedBytes, info.HeapSizeBytes);
    }

    public void ReturnSpare() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
