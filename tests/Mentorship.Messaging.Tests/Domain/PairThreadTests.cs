using Mentorship.Messaging.Domain.Threads;

namespace Mentorship.Messaging.Tests.Domain;

public sealed class PairThreadTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Mentee = Guid.NewGuid();
    private static readonly Guid Mentor = Guid.NewGuid();

    private static PairThread Open() => PairThread.Open(Guid.NewGuid(), Guid.NewGuid(), Mentee, Mentor, Now);

    [Fact]
    public void Opening_a_thread_admits_the_mentee_and_the_mentor_with_nothing_read()
    {
        var thread = Open();

        Assert.False(thread.ReadOnly);
        Assert.Equal([(Mentee, ThreadRole.Mentee), (Mentor, ThreadRole.Mentor)], thread.Members.Select(m => (m.PersonId, m.Role)));
        Assert.All(thread.Members, m => Assert.Equal(0, m.LastReadSequence));
        Assert.True(thread.CanPost().Changed);
    }

    [Theory]
    [InlineData(ThreadClosure.MentorDeclined, "the mentor declined")]
    [InlineData(ThreadClosure.NotAFit, "did not go on")]
    [InlineData(ThreadClosure.PairClosed, "the pair was closed")]
    public void A_closed_thread_refuses_new_messages_and_says_why(ThreadClosure closure, string reason)
    {
        var thread = Open();

        var result = thread.Close(closure, Now.AddDays(3));

        Assert.True(result.Changed);
        Assert.True(thread.ReadOnly);
        Assert.Equal(Now.AddDays(3), thread.ClosedAt);
        var refusal = thread.CanPost();
        Assert.True(refusal.Refused);
        Assert.Contains(reason, refusal.Refusal);
    }

    [Fact]
    public void Closing_again_keeps_the_first_reason()
    {
        var thread = Open();
        thread.Close(ThreadClosure.MentorDeclined, Now);

        var again = thread.Close(ThreadClosure.PairClosed, Now.AddDays(1));

        Assert.False(again.Changed);
        Assert.False(again.Refused);
        Assert.Equal(ThreadClosure.MentorDeclined, thread.Closure);
        Assert.Equal(Now, thread.ClosedAt);
    }

    [Fact]
    public void An_invited_referent_joins_as_a_guest_having_read_the_history()
    {
        var thread = Open();
        var referent = Guid.NewGuid();

        var result = thread.Invite(referent, Mentee, newestSequence: 42, Now);

        Assert.True(result.Changed);
        var guest = thread.MemberOf(referent);
        Assert.NotNull(guest);
        Assert.Equal(ThreadRole.Guest, guest.Role);
        Assert.Equal(Mentee, guest.InvitedBy);
        Assert.Equal(42, guest.LastReadSequence);
        Assert.False(thread.IsPairMember(referent));
    }

    [Fact]
    public void Inviting_the_same_person_again_changes_nothing()
    {
        var thread = Open();
        var referent = Guid.NewGuid();
        thread.Invite(referent, Mentee, 0, Now);

        var again = thread.Invite(referent, Mentor, 5, Now.AddHours(1));

        Assert.False(again.Changed);
        Assert.False(again.Refused);
        Assert.Equal(Mentee, thread.MemberOf(referent)!.InvitedBy);
        Assert.Equal(3, thread.Members.Count);
    }

    [Fact]
    public void Inviting_a_member_of_the_pair_is_refused()
    {
        var thread = Open();

        var result = thread.Invite(Mentor, Mentee, 0, Now);

        Assert.True(result.Refused);
        Assert.Equal(2, thread.Members.Count);
    }

    [Fact]
    public void A_message_is_unread_for_everyone_in_the_thread_but_its_sender()
    {
        var thread = Open();
        var referent = Guid.NewGuid();
        thread.Invite(referent, Mentee, 0, Now);

        Assert.Equal([Mentor, referent], thread.ReadersOtherThan(Mentee));
        Assert.Equal([Mentee, Mentor], thread.ReadersOtherThan(referent));
    }

    [Fact]
    public void Posting_trims_the_text_and_keeps_the_sender_and_time()
    {
        var message = ThreadMessage.Post(Guid.NewGuid(), Mentee, "  Hello, see you Tuesday?  \n", Now);

        Assert.Equal("Hello, see you Tuesday?", message.Text);
        Assert.Equal(Mentee, message.SenderId);
        Assert.Equal(Now, message.PostedAt);
        Assert.NotEqual(Guid.Empty, message.Id);
    }
}
