namespace GpuRisk.Optimization;

/// <summary>
/// The cheapest trade from every grid point: for each i, min over y of cost[|y - i|] + values[y]
/// and the smallest minimising y, with cost convex and nondecreasing in the trade size.
/// </summary>
/// <remarks>
/// A convex cost c(y - i) makes A[i][y] = c(y - i) + values[y] a Monge array (c convex gives
/// c(y - i) + c(y' - i') &lt;= c(y' - i) + c(y - i') for i &lt; i', y &lt; y'), whatever the values;
/// so the leftmost minimising y is nondecreasing in i, and divide and conquer over the rows finds all
/// of them in O(n log n) evaluations instead of n^2 (Aggarwal, Klawe, Moran, Shor and Wilber 1987
/// give O(n) with SMAWK; the log is cheap at a few hundred points). Fees (linear) plus square-root
/// impact (|q|^1.5) are convex; gas, the fixed part, is added outside.
/// </remarks>
internal static class MinConvolution
{
    /// <param name="cost">cost[d]: cost of a trade of d grid steps; cost[0] = 0, convex in d.</param>
    /// <param name="values">Value of ending at each grid point.</param>
    /// <param name="minimum">Out: the minimum per starting point.</param>
    /// <param name="argmin">Out: where the minimum is reached (the leftmost on ties).</param>
    public static void Solve(ReadOnlySpan<double> cost, ReadOnlySpan<double> values, Span<double> minimum, Span<int> argmin) =>
        Rows(cost, values, minimum, argmin, 0, values.Length - 1, 0, values.Length - 1);

    /// <summary>Rows lo..hi, knowing their minima lie in columns from..to.</summary>
    private static void Rows(ReadOnlySpan<double> cost, ReadOnlySpan<double> values, Span<double> minimum, Span<int> argmin,
        int lo, int hi, int from, int to)
    {
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int best = from;
            double bestValue = double.PositiveInfinity;
            for (int y = from; y <= to; y++)
            {
                double v = cost[Math.Abs(y - mid)] + values[y];
                if (v < bestValue)
                {
                    bestValue = v;
                    best = y;
                }
            }
            minimum[mid] = bestValue;
            argmin[mid] = best;
            Rows(cost, values, minimum, argmin, lo, mid - 1, from, best);
            // The upper half continues in this loop: recursion depth stays log2(n).
            lo = mid + 1;
            from = best;
        }
    }
}
