namespace Mentorship.Matching.Engine.Scoring;

/// <summary>
/// Belgium's provinces (ISO 3166-2:BE codes) and which border which, as data; distances are the
/// fewest border crossings between two provinces.
/// </summary>
public static class BelgianProvinces
{
    private static readonly (string Province, string[] Neighbours)[] Borders =
    [
        // Brussels is enclosed by Flemish Brabant; Walloon Brabant is a few kilometres off and a daily
        // commute, so for accessibility it counts as a neighbour.
        ("BE-BRU", ["BE-VBR", "BE-WBR"]),
        ("BE-VAN", ["BE-VOV", "BE-VBR", "BE-VLI"]),
        ("BE-VLI", ["BE-VAN", "BE-VBR", "BE-WLG"]),
        ("BE-VOV", ["BE-VWV", "BE-VAN", "BE-VBR", "BE-WHT"]),
        ("BE-VWV", ["BE-VOV", "BE-WHT"]),
        ("BE-VBR", ["BE-BRU", "BE-VAN", "BE-VLI", "BE-VOV", "BE-WBR", "BE-WHT", "BE-WLG"]),
        ("BE-WBR", ["BE-BRU", "BE-VBR", "BE-WHT", "BE-WNA", "BE-WLG"]),
        ("BE-WHT", ["BE-VWV", "BE-VOV", "BE-VBR", "BE-WBR", "BE-WNA"]),
        ("BE-WLG", ["BE-VLI", "BE-VBR", "BE-WBR", "BE-WNA", "BE-WLX"]),
        ("BE-WLX", ["BE-WLG", "BE-WNA"]),
        ("BE-WNA", ["BE-WHT", "BE-WBR", "BE-WLG", "BE-WLX"]),
    ];

    private static readonly Dictionary<string, int> IndexOf = Borders
        .Select((entry, index) => (entry.Province, index))
        .ToDictionary(e => e.Province, e => e.index, StringComparer.OrdinalIgnoreCase);

    private static readonly int[,] Hops = ComputeHops();

    public static IReadOnlyList<string> Codes { get; } = Borders.Select(b => b.Province).ToArray();

    public static IReadOnlyList<string> NeighboursOf(string province) =>
        IndexOf.TryGetValue(province, out var index) ? Borders[index].Neighbours : [];

    /// <summary>Border crossings between two provinces, or null when either code is not a Belgian province.</summary>
    public static int? Distance(string from, string to) =>
        IndexOf.TryGetValue(from, out var a) && IndexOf.TryGetValue(to, out var b) ? Hops[a, b] : null;

    /// <summary>The province's position in <see cref="Codes"/>, or -1.</summary>
    internal static int Index(string code) => IndexOf.TryGetValue(code, out var index) ? index : -1;

    internal static int HopsBetween(int from, int to) => Hops[from, to];

    private static int[,] ComputeHops()
    {
        var count = Borders.Length;
        var hops = new int[count, count];
        for (var source = 0; source < count; source++)
        {
            for (var k = 0; k < count; k++)
            {
                hops[source, k] = -1;
            }

            hops[source, source] = 0;
            var queue = new Queue<int>([source]);
            while (queue.Count > 0)
            {
                var at = queue.Dequeue();
                foreach (var neighbour in Borders[at].Neighbours)
                {
                    var next = IndexOf[neighbour];
                    if (hops[source, next] < 0)
                    {
                        hops[source, next] = hops[source, at] + 1;
                        queue.Enqueue(next);
                    }
                }
            }
        }

        return hops;
    }
}
