using Mentorship.Matching.Engine.Instances;

namespace Mentorship.Matching.Engine.Solving;

/// <summary>
/// Proof that a <see cref="MatchingSolution"/> is optimal, checkable without trusting the solver.
/// <para>
/// The solution is read as a flow: each mentee not pinned sends one unit either through an
/// allowed, not forbidden arc to a mentor (cost −Scale·weight) or along its own null arc (cost 0)
/// to the null sink; mentor j forwards what it receives, at most its capacity left after pins, to
/// the mentor sink (cost 0). For max-score the null sink is the mentor sink. The certificate gives
/// a price to every node such that every residual arc (u, v) has reduced cost
/// cost(u, v) + price(u) − price(v) ≥ −1. Because Scale exceeds the number of nodes, every residual
/// cycle then costs more than −1 in original weight units; costs being integers, no cycle is
/// negative, which is exactly optimality of the flow.
/// </para>
/// <para>
/// For max-participation the flow keeps the number of matched mentees fixed, so the above proves
/// the weight best among matchings of that size; the vertex cover (mentees and mentors touching
/// every usable arc, mentors counted by capacity left) has that size, which by König's theorem
/// proves no larger matching exists.
/// </para>
/// </summary>
public sealed class OptimalityCertificate
{
    /// <summary>Price of a mentor that no usable arc reaches: every arc into it is then far from tight.</summary>
    public const long PricedOut = long.MinValue / 4;

    private readonly long[] _menteePrices;
    private readonly long[] _mentorPrices;
    private readonly bool[]? _coverMentee;
    private readonly bool[]? _coverMentor;

    internal OptimalityCertificate(
        Objective objective,
        long scale,
        long[] menteePrices,
        long[] mentorPrices,
        long mentorSinkPrice,
        long nullSinkPrice,
        bool[]? coverMentee,
        bool[]? coverMentor)
    {
        Objective = objective;
        Scale = scale;
        _menteePrices = menteePrices;
        _mentorPrices = mentorPrices;
        MentorSinkPrice = mentorSinkPrice;
        NullSinkPrice = nullSinkPrice;
        _coverMentee = coverMentee;
        _coverMentor = coverMentor;
    }

    public Objective Objective { get; }

    /// <summary>The factor weights are multiplied by; greater than the number of nodes.</summary>
    public long Scale { get; }

    public ReadOnlySpan<long> MenteePrices => _menteePrices;

    public ReadOnlySpan<long> MentorPrices => _mentorPrices;

    public long MentorSinkPrice { get; }

    public long NullSinkPrice { get; }

    /// <summary>Max-participation only: mentees in the vertex cover.</summary>
    public ReadOnlySpan<bool> CoverMentees => _coverMentee;

    /// <summary>Max-participation only: mentors in the vertex cover.</summary>
    public ReadOnlySpan<bool> CoverMentors => _coverMentor;

    /// <summary>Mentees, mentors and two sinks, plus one so that the scale exceeds the node count.</summary>
    internal static long ScaleFor(MatchingInstance instance) => (long)instance.MenteeCount + instance.MentorCount + 3;

    /// <summary>Checks the solution and this certificate against the instance; null when both hold, else what fails.</summary>
    public string? Verify(MatchingInstance instance, MatchingConstraints constraints, MatchingSolution solution) =>
        CertificateVerifier.Verify(instance, constraints, solution, this);
}
