using GpuRisk.Markets;
using GpuRisk.Optimization;
using Xunit.Abstractions;

namespace GpuRisk.Tests.Optimization;

/// <summary>
/// The exact policy evaluator against a direct simulation of the same band policy on the same discrete
/// law: the grid, and the target's move in grid steps as the evaluator discretises it. The simulation
/// has its own band rule, trade costs (the cost formula of DESIGN.md), failures, regime switches and
/// hedging errors (the mismatch held times a normal spot move of variance E2), and measures the sd of
/// each day's summed error directly.
/// </summary>
public sealed class PolicyEvaluatorMonteCarloTests(ITestOutputHelper output)
{
    private const int Seed = 1234, ChecksPerDay = 24, Days = 20_000, Batches = 100, BurnIn = 1_000;
    private static readonly double Dt = 1 / 8760.0;

    // Both regimes have jumps in the target (normal; empirical) and impact; the stressed one fails a fifth of its trades.
    private static readonly HedgeBandProblem Problem = new(
        [
            BlackScholesHedgeLaw.Create("calm", 100_000, 0.5, 1e-4, Dt, feeBps: 3, gasUsd: 2, impact: 0.1,
                jump: new NormalJumpSize(0.1, 0.05), jumpProbability: 0.01),
            BlackScholesHedgeLaw.Create("stressed", 90_000, 1.0, 1e-4, Dt, feeBps: 10, gasUsd: 20, impact: 0.3, failProbability: 0.2,
                jump: new EmpiricalJumpSize([-0.3, -0.15, 0.05, 0.2]), jumpProbability: 0.05),
        ],
        [[0.98, 0.02], [0.05, 0.95]], Dt, 1e-4);

    private static readonly BandPolicy Policy = new([RegimeBand.Symmetric(0.2, 0.1), RegimeBand.Symmetric(0.4, 0.0)]);

    // Holds the wider band, the stressed regime's six diffusive sd (0.58 coins) and its largest jump
    // (0.3) beyond it; bands 10 and 20 steps wide.
    private static readonly MismatchGrid Grid = new(1.6, 161);

    /// <summary>
    /// 20,000 simulated days (480,000 checks, seed 1234) in 100 batches of 200 days; batch means give
    /// standard errors that allow for the regime's and the mismatch's memory (a regime lasts 20-50
    /// checks, a batch 4,800). Cost per day, hedging-error sd per day, trades and failed trades per
    /// day land within 3.5 standard errors (a 1-in-2000 miss per figure for normal errors; batch-means
    /// errors are themselves estimated from 100 batches), and each standard error is below 4% of its
    /// figure (measured 1.3% for cost, 0.9% for error sd, 0.6% for trades, 3.1% for failures), so the check has teeth.
    /// </summary>
    [Fact]
    public void Evaluator_agrees_with_simulation_of_the_same_chain()
    {
        HedgeFigures exact = PolicyEvaluator.Evaluate(Problem, Policy, Grid).Overall;
        BatchStatistics cost = new(Batches), error = new(Batches), trades = new(Batches), failed = new(Batches);
        Simulate(Grid, (costDay, errorDay, tradesDay, failedDay, batch) =>
        {
            cost.Add(batch, costDay);
            error.Add(batch, errorDay * errorDay);
            trades.Add(batch, tradesDay);
            failed.Add(batch, failedDay);
        });
        AssertWithin("cost per day (USD)", exact.ExpectedCostPerDayUsd, cost.Mean, cost.StandardError);
        double sd = Math.Sqrt(error.Mean);
        AssertWithin("error sd per day (USD)", exact.HedgeErrorSdPerDayUsd, sd, error.StandardError / (2 * sd));
        AssertWithin("trades per day", exact.TradesPerDay, trades.Mean, trades.StandardError);
        AssertWithin("failed per day", exact.FailedTradesPerDay, failed.Mean, failed.StandardError);
    }

    private void AssertWithin(string figure, double expected, double simulated, double standardError)
    {
        output.WriteLine($"{figure}: exact {expected:G6}, simulated {simulated:G6} +- {standardError:G3} ({(simulated - expected) / standardError:F2} stderr)");
        Assert.True(standardError < 0.04 * Math.Abs(expected), $"stderr {standardError} too large for {expected}");
        Assert.InRange(simulated, expected - 3.5 * standardError, expected + 3.5 * standardError);
    }

    /// <summary>Runs the chain check by check and reports each day's cost, summed hedging error, trades and failures.</summary>
    private static void Simulate(MismatchGrid grid, Action<double, double, double, double, int> day)
    {
        var rng = new Random(Seed);
        int n = grid.Points, center = grid.CenterIndex;
        double dx = grid.StepCoins;
        var moves = Problem.Regimes.Select(law => new LatticeSampler(law.TargetIncrement.ToLattice(dx).Folded(n - 1))).ToArray();
        int regime = 0, index = center;
        double costDay = 0, errorDay = 0, tradesDay = 0, failedDay = 0;
        for (int check = -BurnIn; check < Days * ChecksPerDay; check++)
        {
            RegimeHedgeLaw law = Problem.Regimes[regime];
            RegimeBand band = Policy.Regimes[regime];
            double m = (index - center) * dx;
            int aim = m > band.UpperBandCoins ? center + (int)Math.Round(band.UpperResetCoins / dx)
                : m < -band.LowerBandCoins ? center - (int)Math.Round(band.LowerResetCoins / dx)
                : index;
            int held = index;
            if (aim != index)
            {
                CostModel c = law.Costs;
                costDay += c.GasUsd;
                if (rng.NextDouble() < c.FailProbability)
                {
                    failedDay++;
                }
                else
                {
                    double q = Math.Abs(aim - index) * dx;
                    costDay += c.FeeBps / 1e4 * q * law.SpotUsd + c.Impact * law.SigmaDay * Math.Pow(q, 1.5) * law.SpotUsd / Math.Sqrt(law.DepthCoins);
                    tradesDay++;
                    held = aim;
                }
            }
            errorDay += (held - center) * dx * Math.Sqrt(law.HedgeErrorVarianceUsd2PerCoin2) * StandardNormal(rng);
            index = Math.Clamp(held - moves[regime].Sample(rng), 0, n - 1);
            regime = rng.NextDouble() < Problem.TransitionPerCheck[regime][0] ? 0 : 1;
            if (check < 0)
            {
                (costDay, errorDay, tradesDay, failedDay) = (0, 0, 0, 0);
            }
            else if ((check + 1) % ChecksPerDay == 0)
            {
                day(costDay, errorDay, tradesDay, failedDay, check / ChecksPerDay * Batches / Days);
                (costDay, errorDay, tradesDay, failedDay) = (0, 0, 0, 0);
            }
        }
    }

    private static double StandardNormal(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    /// <summary>Draws a move in grid steps by inverting the lattice law's distribution function.</summary>
    private sealed class LatticeSampler
    {
        private readonly int minOffset;
        private readonly double[] cumulative;

        public LatticeSampler(LatticeMass law)
        {
            minOffset = law.MinOffset;
            cumulative = new double[law.MaxOffset - law.MinOffset + 1];
            double sum = 0;
            for (int t = 0; t < cumulative.Length; t++) cumulative[t] = sum += law.Weight(minOffset + t);
        }

        public int Sample(Random rng)
        {
            double u = rng.NextDouble() * cumulative[^1];
            int t = Array.BinarySearch(cumulative, u);
            return minOffset + (t >= 0 ? t : ~t);
        }
    }

    /// <summary>Mean and batch-means standard error of a figure recorded once per day.</summary>
    private sealed class BatchStatistics(int batches)
    {
        private readonly double[] sums = new double[batches];
        private readonly int[] counts = new int[batches];

        public void Add(int batch, double value)
        {
            sums[batch] += value;
            counts[batch]++;
        }

        public double Mean => sums.Sum() / counts.Sum();

        public double StandardError
        {
            get
            {
                double[] means = sums.Zip(counts, (s, c) => s / c).ToArray();
                double mean = means.Average();
                return Math.Sqrt(means.Sum(x => (x - mean) * (x - mean)) / (means.Length - 1) / means.Length);
            }
        }
    }
}
