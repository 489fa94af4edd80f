using Mentorship.Load.Running;

namespace Mentorship.Load.Tests;

public sealed class ReconciliationTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid();

    [Fact]
    public void Everything_acknowledged_and_found_once_loses_nothing()
    {
        var check = Reconciliation.Of([A, B], [B, A]);

        Assert.True(check.NothingLost);
        Assert.Equal(2, check.Found);
    }

    [Fact]
    public void An_acknowledged_id_missing_from_the_store_is_lost()
    {
        var check = Reconciliation.Of([A, B, C], [A, C]);

        Assert.Equal([B], check.Lost);
        Assert.False(check.NothingLost);
    }

    [Fact]
    public void An_id_found_twice_is_duplicated()
    {
        var check = Reconciliation.Of([A], [A, A]);

        Assert.Empty(check.Lost);
        Assert.Equal([A], check.Duplicated);
        Assert.False(check.NothingLost);
    }

    [Fact]
    public void An_id_stored_whose_answer_was_cut_off_is_counted_but_not_lost()
    {
        var check = Reconciliation.Of([A], [A, C]);

        Assert.True(check.NothingLost);
        Assert.Equal(1, check.Unacknowledged);
    }
}
