namespace GpuRisk.Optimization;

/// <summary>
/// One check's target move on the mismatch grid: from grid point i the mismatch goes to
/// clamp(i - J, 0, points - 1), J the move in grid steps (a <see cref="LatticeMass"/>). The grid's
/// edges hold moves beyond them; the default range makes that rare (<see cref="MismatchGrid"/>).
/// Applied backward to values (<see cref="Expect"/>) and forward to distributions (<see cref="Spread"/>).
/// Holds scratch space, so one instance serves one computation at a time.
/// </summary>
internal sealed class TargetMoveKernel
{
    private readonly int maxOffset;
    // reversed[s] = P(J = maxOffset - s): turns both directions into contiguous dot products and axpys.
    private readonly double[] reversed;
    private readonly double[] padded;

    public TargetMoveKernel(LatticeMass move, int points)
    {
        Move = move.Folded(points - 1);
        maxOffset = Move.MaxOffset;
        reversed = new double[Move.MaxOffset - Move.MinOffset + 1];
        for (int s = 0; s < reversed.Length; s++) reversed[s] = Move.Weight(maxOffset - s);
        padded = new double[points + reversed.Length - 1];
    }

    /// <summary>The move J in steps, folded onto the grid (support holds 0, |J| &lt;= points - 1).</summary>
    public LatticeMass Move { get; }

    /// <summary>destination[i] = E[values[clamp(i - J)]].</summary>
    public void Expect(ReadOnlySpan<double> values, Span<double> destination)
    {
        // padded[t] = values[clamp(t - maxOffset)], so values[clamp(i - j)] = padded[i + maxOffset - j].
        int n = values.Length;
        for (int t = 0; t < padded.Length; t++) padded[t] = values[Math.Clamp(t - maxOffset, 0, n - 1)];
        for (int i = 0; i < n; i++) destination[i] = SpanMath.Dot(reversed, padded.AsSpan(i));
    }

    /// <summary>destination = the law of clamp(I - J) when I ~ <paramref name="distribution"/>: the adjoint of <see cref="Expect"/>.</summary>
    public void Spread(ReadOnlySpan<double> distribution, Span<double> destination)
    {
        int n = distribution.Length;
        Array.Clear(padded);
        for (int i = 0; i < n; i++)
        {
            if (distribution[i] != 0) SpanMath.AddScaled(distribution[i], reversed, padded.AsSpan(i));
        }
        // padded[t] holds the mass that lands on t - maxOffset; the edges gather what falls beyond them.
        destination[0] = 0;
        for (int t = 0; t <= maxOffset; t++) destination[0] += padded[t];
        for (int i = 1; i < n - 1; i++) destination[i] = padded[i + maxOffset];
        destination[n - 1] = 0;
        for (int t = n - 1 + maxOffset; t < padded.Length; t++) destination[n - 1] += padded[t];
    }
}
