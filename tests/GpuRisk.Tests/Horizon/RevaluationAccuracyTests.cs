using GpuRisk.Books;
using GpuRisk.Devices;
using GpuRisk.Horizon;
using GpuRisk.Kernels.Revaluation;
using GpuRisk.Markets;
using GpuRisk.Models;
using Xunit.Abstractions;

namespace GpuRisk.Tests.Horizon;

/// <summary>
/// The device revaluation (Black-Scholes at the control-variate vol plus the model's correction table) against
/// the host's analytic engine run at the same state with v0 = the state's variance: the error bound of DESIGN.md
/// (below 1e-4 of the book's gross option value) over the accuracy bar's crypto parameters.
/// </summary>
public sealed class RevaluationAccuracyTests(ITestOutputHelper output)
{
    public static TheoryData<string, double, double, double, double, double, double> ModelSets() => new()
    {
        // name, v0, kappa, theta, xi, rho, jump intensity: vol 30-150%, xi up to 2, rho -0.9..+0.5, Feller
        // violated; Bates with jumps; Merton is a constant vol (xi = kappa = 0) with jumps.
        { "Heston vol 30% mild", 0.09, 2.0, 0.09, 0.3, -0.3, 0.0 },
        { "Heston vol 60% Feller violated", 0.36, 3.0, 0.42, 1.2, -0.35, 0.0 },
        { "Heston vol 80% xi 2 rho -0.9", 0.64, 1.0, 0.5, 2.0, -0.9, 0.0 },
        { "Heston vol 150% rho +0.5", 2.25, 4.0, 1.5, 1.5, 0.5, 0.0 },
        { "Bates stressed jumps", 0.36, 3.0, 0.8, 1.8, -0.35, 12.0 },
        { "Merton vol 50%", 0.25, 0.0, 0.25, 0.0, 0.0, 5.0 },
    };

    [Theory]
    [MemberData(nameof(ModelSets))]
    public void Revaluation_matches_the_analytic_engine_at_random_states(string name, double v0, double kappa,
        double theta, double xi, double rho, double lambda)
    {
        const double s0 = 100.0;
        JumpParameters? jumps = lambda > 0 ? new JumpParameters(lambda, -0.08, 0.10) : null;
        UnderlyingMarket underlying = xi == 0 && kappa == 0
            ? HorizonFixtures.BlackScholes("X", s0, Math.Sqrt(v0), jumps)
            : HorizonFixtures.Heston("X", s0, v0, kappa, theta, xi, rho, jumps);
        MarketSnapshot market = HorizonFixtures.Market(0.04, [underlying]);
        double[] days = [1, 7, 30, 91, 365, 730];
        double[] strikes = [50, 80, 95, 100, 105, 125, 200];
        var positions = new List<Position>();
        foreach (double d in days)
        {
            foreach (double k in strikes) positions.Add(HorizonFixtures.Option("X", k < s0, k, d, 1.0));
        }
        Book book = HorizonFixtures.Book([.. positions]);
        using var session = DeviceSelector.Open(DeviceKind.Cpu);
        double[] observations = [1.0 / 24 / 365, 0.5 / 365, 6.0 / 365, 29.9 / 365];
        using var run = new HorizonRun(session, book, market, observations, new HorizonSettings(2, 1, ChunkPaths: 2));
        var random = new Random(17);
        var states = new List<ProbeState>();
        for (int i = 0; i < 150; i++)
        {
            int k = 1 + random.Next(observations.Length);
            double logReturn = (random.NextDouble() - 0.5) * 1.2;
            double variance = theta * 4.0 * random.NextDouble() * random.NextDouble();
            states.Add(new ProbeState(0, k, 0, s0 * Math.Exp(logReturn), logReturn, variance));
        }
        RevaluationComparison[] compared = RevaluationCheck.Compare(run, market, states);
        double gross = new GpuRisk.Pricing.Analytic.AnalyticBookPricer().Price(book, market).Positions.Sum(p => Math.Abs(p.Figures.Value));
        double worstValue = compared.Max(c => Math.Abs(c.ValueError));
        double worstDelta = compared.Max(c => Math.Abs(c.DeltaError));
        RevaluationComparison worst = compared.MaxBy(c => Math.Abs(c.ValueError))!;
        output.WriteLine($"{name}: gross {gross:F2} USD, worst value error {worstValue:E3} USD ({worstValue / gross:E2} of gross), worst delta error {worstDelta:E3} coins");
        output.WriteLine($"  at {worst.State}: device {worst.Device.Value:F6} vs {worst.Reference.Value:F6}");
        Assert.True(worstValue < 1e-4 * gross, $"value error {worstValue} USD exceeds 1e-4 of gross {gross}");
    }
}
