namespace Mentorship.ServiceDefaults.Memory;

/// <summary>The process's garbage-collected memory, as the trimmer sees it (a seam for its tests).</summary>
public interface IManagedMemory
{
    MemorySample Sample(DateTimeOffset at);

    /// <summary>A full, blocking, compacting collection that decommits as much as the GC can.</summary>
    void ReturnSpare();
}
