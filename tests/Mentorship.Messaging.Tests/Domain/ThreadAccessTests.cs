using Mentorship.Messaging.Domain.Threads;
using Mentorship.ServiceDefaults.Identity;

namespace Mentorship.Messaging.Tests.Domain;

public sealed class ThreadAccessTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Programme = Guid.NewGuid();
    private static readonly Guid Mentee = Guid.NewGuid();
    private static readonly Guid Mentor = Guid.NewGuid();

    private static PairThread Thread() => PairThread.Open(Guid.NewGuid(), Programme, Mentee, Mentor, Now);

    [Fact]
    public void The_mentee_and_the_mentor_use_their_thread()
    {
        var thread = Thread();

        Assert.Null(ThreadAccess.RefusalFor(thread, Users.Person(Mentee, PlatformRoles.Mentee)));
        Assert.Null(ThreadAccess.RefusalFor(thread, Users.Person(Mentor, PlatformRoles.Mentor)));
    }

    [Fact]
    public void An_invited_referent_of_the_programme_uses_the_thread()
    {
        var thread = Thread();
        var referent = Guid.NewGuid();
        thread.Invite(referent, Mentee, 0, Now);

        Assert.Null(ThreadAccess.RefusalFor(thread, Users.Person(referent, PlatformRoles.Referent, Programme)));
    }

    [Fact]
    public void A_referent_who_was_not_invited_is_refused()
    {
        var refusal = ThreadAccess.RefusalFor(Thread(), Users.Person(Guid.NewGuid(), PlatformRoles.Referent, Programme));

        Assert.Equal(ThreadAccess.ConfidentialToStaff, refusal);
    }

    [Fact]
    public void An_invited_person_who_is_not_a_referent_of_the_programme_is_refused()
    {
        var thread = Thread();
        var coordinator = Guid.NewGuid();
        var otherProgrammeReferent = Guid.NewGuid();
        thread.Invite(coordinator, Mentee, 0, Now);
        thread.Invite(otherProgrammeReferent, Mentee, 0, Now);

        Assert.NotNull(ThreadAccess.RefusalFor(thread, Users.Person(coordinator, PlatformRoles.Coordinator, Programme)));
        Assert.NotNull(ThreadAccess.RefusalFor(thread, Users.Person(otherProgrammeReferent, PlatformRoles.Referent, Guid.NewGuid())));
    }

    [Fact]
    public void Coordinators_are_told_threads_are_confidential()
    {
        var refusal = ThreadAccess.RefusalFor(Thread(), Users.Person(Guid.NewGuid(), PlatformRoles.Coordinator, Programme));

        Assert.Equal(ThreadAccess.ConfidentialToStaff, refusal);
        Assert.Contains("confidential", refusal);
    }

    [Fact]
    public void Ops_and_strangers_are_refused()
    {
        Assert.NotNull(ThreadAccess.RefusalFor(Thread(), Users.Person(Guid.NewGuid(), PlatformRoles.Ops)));
        Assert.Equal(ThreadAccess.Confidential, ThreadAccess.RefusalFor(Thread(), Users.Person(Guid.NewGuid(), PlatformRoles.Mentee)));
    }
}
