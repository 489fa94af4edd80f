namespace Mentorship.Matching.Engine.Solving;

/// <summary>
/// Exact min-cost flow by cost scaling (Goldberg's push-relabel with ε-scaling), specialised for
/// mentees → mentors → sink. Network: mentee i sends one unit either along an arc to mentor j
/// (cost −K·w) or along its "null" arc (cost 0, stays unmatched); mentor j forwards up to
/// capacity units to the mentor sink. For max-score the null arcs end in the mentor sink too;
/// for max-participation they end in a separate null sink whose demand is n − k*, k* being the
/// maximum cardinality, so every flow matches exactly k* mentees.
/// <para>
/// Costs are scaled by K greater than the node count, so a flow that is ε-optimal for ε = 1 is
/// optimal: every residual cycle then costs more than −1 in original units, hence at least 0.
/// Each refine phase unassigns every mentee and lets them bid again (a double push: the mentee
/// takes its best arc and lowers its own price to its second best, the receiving mentor hands the
/// unit on to the sink or back to its most weakly attached mentee and raises its price). Mentors
/// hold their mentees in small heaps keyed by attachment, so capacity is handled without copying
/// mentors per seat.
/// </para>
/// </summary>
internal sealed class CostScalingSolver
{
    public const int Unassigned = -1;
    public const int OnNull = -2;

    private const long ScalingFactor = 8;
    private const int MentorSink = 0;
    private const int NullSinkIndex = 1;

    private readonly ReducedProblem _problem;
    private readonly long _scale;
    private readonly int _mentorCount;
    private readonly int _nullSink;
    private readonly long[] _sinkPrice = new long[2];
    private readonly int[] _sinkInflow = new int[2];
    private readonly int[] _sinkDemand = new int[2];
    private readonly long[] _menteePrice;
    private readonly long[] _mentorPrice;
    private readonly int[] _target;
    private readonly int[] _flow;
    private readonly GroupedMaxHeaps _holders;
    private readonly GroupedMaxHeaps _nullHolders;
    private readonly LazyMentorHeap _forwarding = new();
    private readonly Func<int, bool> _forwards;
    private readonly int[] _queue;
    private int _queueHead;
    private int _queueCount;
    private long _epsilon;

    /// <param name="scale">K: must exceed the number of nodes of the network the certificate is checked on.</param>
    /// <param name="matchedTarget">For max-participation, the maximum cardinality k*; null for max-score.</param>
    public CostScalingSolver(ReducedProblem problem, long scale, int? matchedTarget)
    {
        _problem = problem;
        _scale = scale;
        _mentorCount = problem.MentorCount;
        var n = problem.MenteeCount;
        _nullSink = matchedTarget is null ? MentorSink : NullSinkIndex;
        _sinkDemand[MentorSink] = matchedTarget ?? n;
        _sinkDemand[NullSinkIndex] = matchedTarget is null ? 0 : n - matchedTarget.Value;
        _menteePrice = new long[n];
        _mentorPrice = new long[_mentorCount];
        _target = new int[n];
        _flow = new int[_mentorCount];
        _queue = new int[Math.Max(1, n)];
        var heapSizes = new int[_mentorCount];
        for (var a = 0; a < problem.ArcMentor.Length; a++)
        {
            heapSizes[problem.ArcMentor[a]]++;
        }

        for (var j = 0; j < _mentorCount; j++)
        {
            heapSizes[j] = (int)Math.Min(heapSizes[j], problem.Capacity[j] + 1L);
        }

        _holders = new GroupedMaxHeaps(heapSizes);
        _nullHolders = new GroupedMaxHeaps([n]);
        _forwards = j => _flow[j] > 0;
    }

    public SolverCounters Counters { get; } = new();

    /// <summary>Mentor of each reduced mentee, or <see cref="OnNull"/>.</summary>
    public ReadOnlySpan<int> Target => _target;

    public ReadOnlySpan<long> MenteePrices => _menteePrice;

    public ReadOnlySpan<long> MentorPrices => _mentorPrice;

    public long MentorSinkPrice => _sinkPrice[MentorSink];

    public long NullSinkPrice => _sinkPrice[_nullSink];

    /// <param name="progress">Told the fraction of phases done after each phase.</param>
    public void Solve(IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var maxCost = _scale * _problem.MaxWeight;
        var phases = 0;
        var eps = maxCost;
        do
        {
            eps = Math.Max(1, eps / ScalingFactor);
            phases++;
        }
        while (eps > 1);

        _epsilon = maxCost;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            _epsilon = Math.Max(1, _epsilon / ScalingFactor);
            Refine(cancellationToken);
            Counters.Phases++;
            progress?.Report((double)Counters.Phases / phases);
        }
        while (_epsilon > 1);
    }

    private void Refine(CancellationToken cancellationToken)
    {
        StartPhase();
        var bids = 0;
        while (_queueCount > 0)
        {
            var mentee = _queue[_queueHead];
            _queueHead = _queueHead + 1 == _queue.Length ? 0 : _queueHead + 1;
            _queueCount--;
            Bid(mentee);
            if (++bids == 1 << 16)
            {
                bids = 0;
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    /// <summary>
    /// Unassigns every mentee. Mentors whose price says they were sought after keep their flow to
    /// the sink (a deficit this phase must refill); the others drop it and are priced at the sink's
    /// level, which keeps every residual arc ε-optimal for the new, smaller ε.
    /// </summary>
    private void StartPhase()
    {
        var eps = _epsilon;
        var sinkPrice = _sinkPrice[MentorSink];
        _holders.Clear();
        _nullHolders.Clear();
        _sinkInflow[MentorSink] = 0;
        _sinkInflow[NullSinkIndex] = 0;
        _forwarding.Clear();
        for (var j = 0; j < _mentorCount; j++)
        {
            if (_flow[j] > 0 && _flow[j] == _problem.Capacity[j] && _mentorPrice[j] < sinkPrice - eps)
            {
                _sinkInflow[MentorSink] += _flow[j];
                _forwarding.Push(_mentorPrice[j], j);
            }
            else
            {
                _flow[j] = 0;
                _mentorPrice[j] = Math.Max(_mentorPrice[j], sinkPrice - eps);
            }
        }

        Array.Fill(_target, Unassigned);
        _queueHead = 0;
        _queueCount = _target.Length;
        for (var i = 0; i < _queue.Length && i < _target.Length; i++)
        {
            _queue[i] = i;
        }
    }

    private void Enqueue(int mentee)
    {
        var tail = _queueHead + _queueCount;
        if (tail >= _queue.Length)
        {
            tail -= _queue.Length;
        }

        _queue[tail] = mentee;
        _queueCount++;
    }

    /// <summary>
    /// The mentee takes its best option and sets its price at its second best minus ε, the lowest
    /// price that keeps its other arcs ε-optimal: the mentor can then ask up to the gap plus ε more.
    /// </summary>
    private void Bid(int mentee)
    {
        Counters.Bids++;
        var arcStart = _problem.ArcStart;
        var arcMentor = _problem.ArcMentor;
        var arcWeight = _problem.ArcWeight;
        var mentorPrice = _mentorPrice;
        var scale = _scale;
        var best = _sinkPrice[_nullSink];
        var second = long.MinValue;
        var bestArc = -1;
        var end = arcStart[mentee + 1];
        for (var a = arcStart[mentee]; a < end; a++)
        {
            var value = (scale * arcWeight[a]) + mentorPrice[arcMentor[a]];
            if (value > second)
            {
                if (value > best)
                {
                    second = best;
                    best = value;
                    bestArc = a;
                }
                else
                {
                    second = value;
                }
            }
        }

        Counters.ArcScans += end - arcStart[mentee];
        var price = second - _epsilon;
        _menteePrice[mentee] = price;
        if (bestArc < 0)
        {
            _target[mentee] = OnNull;
            _nullHolders.Push(0, price, mentee);
            if (++_sinkInflow[_nullSink] > _sinkDemand[_nullSink])
            {
                Settle(_mentorCount + _nullSink);
            }

            return;
        }

        var mentor = arcMentor[bestArc];
        _target[mentee] = mentor;
        _holders.Push(mentor, price - (scale * arcWeight[bestArc]), mentee);
        if (_holders.Count(mentor) > _flow[mentor])
        {
            Settle(mentor);
        }
    }

    /// <summary>Moves the one unit of excess along until it is absorbed or a mentee is displaced.</summary>
    private void Settle(int node)
    {
        while (node >= 0)
        {
            node = node < _mentorCount ? DischargeMentor(node) : DischargeSink(node - _mentorCount);
        }
    }

    /// <summary>
    /// A mentor holds one mentee more than it forwards: it forwards it to the sink when it has
    /// capacity left and the sink is the better outlet, otherwise gives back its most weakly attached
    /// mentee. Then its price drops to the lowest value its remaining arcs allow.
    /// </summary>
    private int DischargeMentor(int mentor)
    {
        Counters.MentorDischarges++;
        var eps = _epsilon;
        var hasRoom = _flow[mentor] < _problem.Capacity[mentor];
        var sinkValue = hasRoom ? _sinkPrice[MentorSink] : long.MinValue;
        var holderValue = _holders.MaxKey(mentor);
        var price = _mentorPrice[mentor];
        var next = -1;
        if (sinkValue >= holderValue)
        {
            price = Math.Min(price, sinkValue - eps);
            if (_flow[mentor]++ == 0)
            {
                _forwarding.Push(price, mentor);
            }

            if (++_sinkInflow[MentorSink] > _sinkDemand[MentorSink])
            {
                next = _mentorCount + MentorSink;
            }
        }
        else
        {
            price = Math.Min(price, holderValue - eps);
            var evicted = _holders.PopMax(mentor);
            _target[evicted] = Unassigned;
            Enqueue(evicted);
            Counters.Evictions++;
        }

        var remaining = _flow[mentor] < _problem.Capacity[mentor] ? _sinkPrice[MentorSink] : long.MinValue;
        if (_holders.Count(mentor) > 0)
        {
            remaining = Math.Max(remaining, _holders.MaxKey(mentor));
        }

        if (remaining != long.MinValue)
        {
            price = Math.Min(price, remaining - eps);
        }

        _mentorPrice[mentor] = price;
        return next;
    }

    /// <summary>
    /// A sink received one unit more than its demand: it sends one back along its best residual
    /// arc, to a mentor that forwards to it or to a mentee resting on its null arc.
    /// </summary>
    private int DischargeSink(int sink)
    {
        Counters.SinkDischarges++;
        var bestValue = long.MinValue;
        var bestMentor = -1;
        if (sink == _nullSink && _nullHolders.Count(0) > 0)
        {
            bestValue = _nullHolders.MaxKey(0);
        }

        if (sink == MentorSink)
        {
            var top = _forwarding.Top(_mentorPrice, _forwards);
            if (top >= 0 && _mentorPrice[top] > bestValue)
            {
                bestValue = _mentorPrice[top];
                bestMentor = top;
            }
        }

        if (bestValue <= _sinkPrice[sink])
        {
            _sinkPrice[sink] = bestValue - _epsilon;
        }

        _sinkInflow[sink]--;
        if (bestMentor < 0)
        {
            var mentee = _nullHolders.PopMax(0);
            _target[mentee] = Unassigned;
            Enqueue(mentee);
            return -1;
        }

        _flow[bestMentor]--;
        return _holders.Count(bestMentor) > _flow[bestMentor] ? bestMentor : -1;
    }
}
