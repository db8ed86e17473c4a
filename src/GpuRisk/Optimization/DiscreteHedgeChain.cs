namespace GpuRisk.Optimization;

/// <summary>
/// The controlled Markov chain of a <see cref="HedgeBandProblem"/> on a <see cref="MismatchGrid"/>:
/// state (regime k, grid point i), flattened as k * points + i; an action is the grid point a trade
/// aims at (the point itself: no trade). One check from (k, i) with action a:
/// trade cost gas_k + (1 - p_k) exec_k(|a - i|) when a != i; held point y = a with probability
/// 1 - p_k, y = i otherwise (failure), penalty (G/2) E2_k m_y^2; then y moves by the target kernel
/// of regime k and the regime moves by the transition matrix.
/// Holds scratch space, so one instance serves one computation at a time.
/// </summary>
internal sealed class DiscreteHedgeChain
{
    private readonly double[][] transition;
    private readonly TargetMoveKernel[] kernels;
    private readonly double[][] penalty;
    private readonly double[][] executionCost;
    private readonly double[] gas;
    private readonly double[] fail;
    private readonly double[] hedgeErrorVariance;
    private readonly double[] mixed;
    private readonly double[] held;
    private readonly double[] moved;
    private readonly double[] minimum;
    private readonly int[] argmin;

    public DiscreteHedgeChain(MismatchGrid grid, IReadOnlyList<RegimeHedgeLaw> laws, double[][] transitionPerCheck, double riskAversionPerUsd)
    {
        Grid = grid;
        Regimes = laws.Count;
        int n = grid.Points;
        transition = transitionPerCheck;
        Switching = new RegimeSwitching(transitionPerCheck);
        kernels = new TargetMoveKernel[Regimes];
        penalty = new double[Regimes][];
        executionCost = new double[Regimes][];
        gas = new double[Regimes];
        fail = new double[Regimes];
        hedgeErrorVariance = new double[Regimes];
        for (int k = 0; k < Regimes; k++)
        {
            RegimeHedgeLaw law = laws[k];
            kernels[k] = new TargetMoveKernel(law.TargetIncrement.ToLattice(grid.StepCoins), n);
            hedgeErrorVariance[k] = law.HedgeErrorVarianceUsd2PerCoin2;
            penalty[k] = new double[n];
            executionCost[k] = new double[n];
            for (int i = 0; i < n; i++)
            {
                double m = grid.Coins(i);
                penalty[k][i] = 0.5 * riskAversionPerUsd * hedgeErrorVariance[k] * m * m;
                executionCost[k][i] = law.ExecutionCostUsd(i * grid.StepCoins);
            }
            gas[k] = law.Costs.GasUsd;
            fail[k] = law.Costs.FailProbability;
        }
        mixed = new double[n];
        held = new double[n];
        moved = new double[n];
        minimum = new double[n];
        argmin = new int[n];
    }

    public MismatchGrid Grid { get; }

    public int Regimes { get; }

    /// <summary>The regime chain on its own.</summary>
    public RegimeSwitching Switching { get; }

    /// <summary>Number of states, regimes x grid points.</summary>
    public int States => Regimes * Grid.Points;

    /// <summary>Probability that a trade in regime <paramref name="k"/> fails.</summary>
    public double FailProbability(int k) => fail[k];

    /// <summary>E2 of regime <paramref name="k"/>, USD^2 per coin^2 per check.</summary>
    public double HedgeErrorVariance(int k) => hedgeErrorVariance[k];

    /// <summary>The target move of regime <paramref name="k"/> on the grid.</summary>
    public LatticeMass Move(int k) => kernels[k].Move;

    /// <summary>Expected cost of an attempt to trade from point <paramref name="from"/> to <paramref name="to"/> in regime k, USD (0 when equal).</summary>
    public double TradeCostUsd(int k, int from, int to) =>
        from == to ? 0.0 : gas[k] + (1 - fail[k]) * executionCost[k][Math.Abs(to - from)];

    /// <summary>
    /// w(k, y) = (G/2) E2_k m_y^2 + E[h(k', clamp(y - J_k))]: the cost of holding y over a check in regime
    /// k and continuing with relative values <paramref name="relativeValue"/> (k' ~ row k, J_k ~ regime k's move).
    /// </summary>
    public void Continuation(ReadOnlySpan<double> relativeValue, Span<double> continuation)
    {
        int n = Grid.Points;
        for (int k = 0; k < Regimes; k++)
        {
            // The next regime is independent of this check's move given k: mix first, then convolve once.
            Array.Clear(mixed);
            for (int next = 0; next < Regimes; next++)
            {
                if (transition[k][next] != 0) SpanMath.AddScaled(transition[k][next], relativeValue.Slice(next * n, n), mixed);
            }
            Span<double> w = continuation.Slice(k * n, n);
            kernels[k].Expect(mixed, w);
            for (int i = 0; i < n; i++) w[i] += penalty[k][i];
        }
    }

    /// <summary>
    /// The Bellman minimum: value(k, i) = min(w(k, i), gas_k + p_k w(k, i) + (1 - p_k) min_y [exec_k(|y - i|) + w(k, y)]),
    /// and the minimising action (i itself when leaving the hedge is no worse).
    /// </summary>
    public void Improve(ReadOnlySpan<double> continuation, Span<double> value, Span<int> action)
    {
        int n = Grid.Points;
        for (int k = 0; k < Regimes; k++)
        {
            ReadOnlySpan<double> w = continuation.Slice(k * n, n);
            MinConvolution.Solve(executionCost[k], w, minimum, argmin);
            for (int i = 0; i < n; i++)
            {
                double trade = gas[k] + fail[k] * w[i] + (1 - fail[k]) * minimum[i];
                bool trades = argmin[i] != i && trade < w[i];
                value[k * n + i] = trades ? trade : w[i];
                action[k * n + i] = trades ? argmin[i] : i;
            }
        }
    }

    /// <summary>The distribution one check after <paramref name="distribution"/> under the actions <paramref name="action"/>.</summary>
    public void Advance(ReadOnlySpan<double> distribution, ReadOnlySpan<int> action, Span<double> next)
    {
        int n = Grid.Points;
        next.Clear();
        for (int k = 0; k < Regimes; k++)
        {
            Array.Clear(held);
            for (int i = 0; i < n; i++)
            {
                double mass = distribution[k * n + i];
                int a = action[k * n + i];
                held[a] += a == i ? mass : (1 - fail[k]) * mass;
                if (a != i) held[i] += fail[k] * mass;
            }
            kernels[k].Spread(held, moved);
            for (int to = 0; to < Regimes; to++)
            {
                if (transition[k][to] != 0) SpanMath.AddScaled(transition[k][to], moved, next.Slice(to * n, n));
            }
        }
    }
}
