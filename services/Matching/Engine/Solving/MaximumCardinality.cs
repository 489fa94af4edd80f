namespace Mentorship.Matching.Engine.Solving;

/// <summary>
/// Hopcroft–Karp for mentors with capacities: shortest augmenting paths in phases, each phase a
/// layered search then a blocking set of disjoint paths. Also returns a König vertex cover (mentees
/// not reachable from a free mentee by an alternating path, plus mentors that are), whose size
/// equals the matching's and so proves it maximum.
/// </summary>
internal sealed class MaximumCardinality
{
    private const int Unreached = int.MaxValue;

    private readonly ReducedProblem _problem;
    private readonly int[] _mentorOf;
    private readonly int[] _load;
    private readonly int[] _slotStart;
    private readonly int[] _slotMentee;
    private readonly int[] _slotOf;
    private readonly int[] _layer;
    private readonly int[] _mentorSeen;
    private readonly int[] _nextArc;
    private readonly int[] _nextSlot;
    private int _phase;

    private MaximumCardinality(ReducedProblem problem)
    {
        _problem = problem;
        var n = problem.MenteeCount;
        var m = problem.MentorCount;
        _mentorOf = new int[n];
        Array.Fill(_mentorOf, -1);
        _load = new int[m];
        _slotStart = new int[m + 1];
        var degree = new int[m];
        foreach (var mentor in problem.ArcMentor)
        {
            degree[mentor]++;
        }

        for (var j = 0; j < m; j++)
        {
            _slotStart[j + 1] = _slotStart[j] + Math.Min(degree[j], problem.Capacity[j]);
        }

        _slotMentee = new int[_slotStart[m]];
        _slotOf = new int[n];
        _layer = new int[n];
        _mentorSeen = new int[m];
        _nextArc = new int[n];
        _nextSlot = new int[n];
    }

    /// <summary>Size of a maximum matching, and a vertex cover of the same size.</summary>
    public static (int Size, bool[] CoverMentee, bool[] CoverMentor) Compute(ReducedProblem problem)
    {
        var search = new MaximumCardinality(problem);
        var size = search.MatchGreedily();
        while (search.BuildLayers())
        {
            size += search.AugmentAlongLayers();
        }

        var coverMentee = new bool[problem.MenteeCount];
        var coverMentor = new bool[problem.MentorCount];
        for (var i = 0; i < problem.MenteeCount; i++)
        {
            if (search._layer[i] == Unreached)
            {
                coverMentee[i] = true;
                continue;
            }

            for (var a = problem.ArcStart[i]; a < problem.ArcStart[i + 1]; a++)
            {
                coverMentor[problem.ArcMentor[a]] = true;
            }
        }

        return (size, coverMentee, coverMentor);
    }

    private bool HasRoom(int mentor) => _load[mentor] < _problem.Capacity[mentor];

    private int MatchGreedily()
    {
        var size = 0;
        for (var i = 0; i < _problem.MenteeCount; i++)
        {
            for (var a = _problem.ArcStart[i]; a < _problem.ArcStart[i + 1]; a++)
            {
                var mentor = _problem.ArcMentor[a];
                if (HasRoom(mentor))
                {
                    Seat(i, mentor, _slotStart[mentor] + _load[mentor]++);
                    size++;
                    break;
                }
            }
        }

        return size;
    }

    private void Seat(int mentee, int mentor, int slot)
    {
        _mentorOf[mentee] = mentor;
        _slotMentee[slot] = mentee;
        _slotOf[mentee] = slot;
    }

    /// <summary>Breadth-first layers from the free mentees; true when some layer reaches a mentor with room.</summary>
    private bool BuildLayers()
    {
        _phase++;
        var queue = new Queue<int>();
        for (var i = 0; i < _problem.MenteeCount; i++)
        {
            _layer[i] = _mentorOf[i] < 0 ? 0 : Unreached;
            if (_layer[i] == 0)
            {
                queue.Enqueue(i);
            }
        }

        var found = Unreached;
        while (queue.Count > 0)
        {
            var i = queue.Dequeue();
            if (_layer[i] >= found)
            {
                continue;
            }

            for (var a = _problem.ArcStart[i]; a < _problem.ArcStart[i + 1]; a++)
            {
                var mentor = _problem.ArcMentor[a];
                if (mentor == _mentorOf[i] || _mentorSeen[mentor] == _phase)
                {
                    continue;
                }

                _mentorSeen[mentor] = _phase;
                if (HasRoom(mentor))
                {
                    found = _layer[i];
                    continue;
                }

                for (var s = _slotStart[mentor]; s < _slotStart[mentor] + _load[mentor]; s++)
                {
                    var next = _slotMentee[s];
                    if (_layer[next] == Unreached)
                    {
                        _layer[next] = _layer[i] + 1;
                        queue.Enqueue(next);
                    }
                }
            }
        }

        return found != Unreached;
    }

    private int AugmentAlongLayers()
    {
        for (var i = 0; i < _problem.MenteeCount; i++)
        {
            _nextArc[i] = _problem.ArcStart[i];
            _nextSlot[i] = 0;
        }

        var augmented = 0;
        var path = new List<int>();
        for (var i = 0; i < _problem.MenteeCount; i++)
        {
            if (_mentorOf[i] < 0 && _layer[i] == 0 && Augment(i, path))
            {
                augmented++;
            }
        }

        return augmented;
    }

    /// <summary>
    /// Depth-first along the layers with an explicit stack (paths can be thousands long). Each
    /// mentee's current arc and slot are kept across calls, so a phase scans every arc once.
    /// </summary>
    private bool Augment(int root, List<int> path)
    {
        path.Clear();
        path.Add(root);
        while (path.Count > 0)
        {
            var i = path[^1];
            var end = _problem.ArcStart[i + 1];
            var advanced = false;
            while (_nextArc[i] < end && !advanced)
            {
                var mentor = _problem.ArcMentor[_nextArc[i]];
                if (mentor == _mentorOf[i])
                {
                    _nextArc[i]++;
                    continue;
                }

                if (HasRoom(mentor))
                {
                    Flip(path);
                    return true;
                }

                var seats = _load[mentor];
                while (_nextSlot[i] < seats)
                {
                    var next = _slotMentee[_slotStart[mentor] + _nextSlot[i]++];
                    if (_layer[next] == _layer[i] + 1)
                    {
                        path.Add(next);
                        advanced = true;
                        break;
                    }
                }

                if (!advanced)
                {
                    _nextArc[i]++;
                    _nextSlot[i] = 0;
                }
            }

            if (!advanced)
            {
                _layer[i] = Unreached;
                path.RemoveAt(path.Count - 1);
            }
        }

        return false;
    }

    /// <summary>
    /// The last mentee of the path takes the free seat at its current mentor; every earlier one
    /// takes the seat of the mentee after it. Mentees on the path leave the layers for this phase.
    /// </summary>
    private void Flip(List<int> path)
    {
        var last = path[^1];
        var freeMentor = _problem.ArcMentor[_nextArc[last]];
        var carried = _slotStart[freeMentor] + _load[freeMentor]++;
        var carriedMentor = freeMentor;
        for (var k = path.Count - 1; k >= 0; k--)
        {
            var mentee = path[k];
            var previousSlot = _mentorOf[mentee] >= 0 ? _slotOf[mentee] : -1;
            var previousMentor = _mentorOf[mentee];
            Seat(mentee, carriedMentor, carried);
            _layer[mentee] = Unreached;
            carried = previousSlot;
            carriedMentor = previousMentor;
        }
    }
}
