using Mentorship.ServiceDefaults.Memory;

namespace Mentorship.ServiceDefaults.Tests.Memory;

public sealed class RuntimeManagedMemoryTests
{
    private const int Megabyte = 1 << 20;

    [Fact]
    public void Returning_the_spare_gives_back_what_garbage_left_committed()
    {
        var memory = new RuntimeManagedMemory();
        FillThenDrop(megabytes: 128);
        var before = memory.Sample(DateTimeOffset.UtcNow);

        memory.ReturnSpare();
        var after = memory.Sample(DateTimeOffset.UtcNow);

        // Other tests of this process allocate meanwhile, so the margin is half of what was dropped.
        Assert.True(before.Committed - after.Committed >= 64L * Megabyte,
            $"Committed {before.Committed / Megabyte} MB before, {after.Committed / Megabyte} MB after.");
    }

    /// <summary>Large arrays held together until a collection sees them (committed), then left as garbage.</summary>
    private static void FillThenDrop(int megabytes)
    {
        var held = new List<byte[]>(megabytes);
        for (var i = 0; i < megabytes; i++)
            held.Add(GC.AllocateUninitializedArray<byte>(Megabyte, pinned: false));
        GC.Collect(0);
        GC.KeepAlive(held);
    }
}
