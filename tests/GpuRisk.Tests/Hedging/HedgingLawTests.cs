using GpuRisk.Books;
using GpuRisk.Hedging;
using GpuRisk.Kernels.Hedging;
using GpuRisk.Markets;
using GpuRisk.Models;
using GpuRisk.Risk;
using GpuRisk.Tests.Horizon;
using MathNet.Numerics.Distributions;
using Xunit.Abstractions;

namespace GpuRisk.Tests.Hedging;

/// <summary>The hedging simulator against published laws and an independent simulation.</summary>
public sealed class HedgingLawTests(ITestOutputHelper output)
{
    /// <summary>
    /// Derman and Kamal ("When you cannot hedge continuously", Goldman Sachs Quantitative Strategies, 1999): a long ATM
    /// call under Black-Scholes, no costs, delta-hedged N times to expiry, has a hedged P&amp;L whose sd is about
    /// sqrt(pi / 4) sigma vega / sqrt(N). The engine's sd must match an exact discrete-hedging simulation written here
    /// (own delta formula, System.Random draws) within 4 combined standard errors, and the approximation within 10%.
    /// </summary>
    [Theory]
    [InlineData("1d", 30)]
    [InlineData("8h", 90)]
    public void Derman_Kamal_time_hedging_error(string check, int hedges)
    {
        const double s0 = 100, strike = 100, vol = 0.5, days = 30;
        MarketSnapshot market = HorizonFixtures.Market(0.0, [HorizonFixtures.BlackScholes("X", s0, vol, drift: 0.0)]);
        Book book = HorizonFixtures.Book(HorizonFixtures.Option("X", false, strike, days, 1.0));
        var (state, _) = BacktestFixtures.Run(book, market, [$"time:{check}"], "30d", check, 40_000, 9);
        PolicyResult engine = state.Finish()[0];

        double years = days / 365, dt = years / hedges;
        var random = new Random(77);
        const int n = 40_000;
        double sum = 0, squares = 0;
        double c0 = Call(s0, strike, vol, years);
        for (int p = 0; p < n; p++)
        {
            double s = s0, pnl = 0;
            for (int k = 0; k < hedges; k++)
            {
                double delta = CallDelta(s, strike, vol, years - k * dt);
                double next = s * Math.Exp(-0.5 * vol * vol * dt + vol * Math.Sqrt(dt) * Normal.Sample(random, 0, 1));
                pnl -= delta * (next - s);
                s = next;
            }
            pnl += Math.Max(s - strike, 0) - c0;
            sum += pnl;
            squares += pnl * pnl;
        }
        double mean = sum / n, sd = Math.Sqrt(squares / n - mean * mean), sdError = sd / Math.Sqrt(2.0 * n);
        double vega = s0 * Math.Sqrt(years) * Normal.PDF(0, 1, 0.5 * vol * Math.Sqrt(years));
        double dermanKamal = Math.Sqrt(Math.PI / 4) * vol * vega / Math.Sqrt(hedges);
        output.WriteLine($"{check}: engine sd {engine.Pnl.Sd:F4} ± {engine.Pnl.SdStderr:F4}, exact simulation {sd:F4} ± {sdError:F4}, Derman-Kamal {dermanKamal:F4}");
        Assert.InRange(engine.Pnl.Sd - sd, -4 * Math.Sqrt(engine.Pnl.SdStderr * engine.Pnl.SdStderr + sdError * sdError),
            4 * Math.Sqrt(engine.Pnl.SdStderr * engine.Pnl.SdStderr + sdError * sdError));
        Assert.InRange(engine.Pnl.Sd / dermanKamal, 0.9, 1.1);
        Assert.Equal(0.0, engine.Cost.Mean);
    }

    /// <summary>
    /// CPPI under Merton jumps with hourly rebalancing: only a jump below ln(1 - 1/m) takes the cushion through the
    /// floor, so P(breach by T) = 1 - exp(-lambda T Phi((ln(1 - 1/m) - mu_J) / sigma_J)) (Cont and Tankov 2009,
    /// Proposition 1). The law must lie within the engine's 95% Wilson interval widened by the hourly rebalancing's
    /// own effect, bounded here by 0.5 percentage points.
    /// </summary>
    [Fact]
    public void Cppi_jump_breach_probability_matches_cont_and_tankov()
    {
        const double lambda = 5, mu = -0.2, sigmaJ = 0.15, m = 4, days = 30;
        MarketSnapshot market = HorizonFixtures.Market(0.0,
            [HorizonFixtures.BlackScholes("X", 100, 0.3, new JumpParameters(lambda, mu, sigmaJ), drift: 0.05)],
            costs: BacktestFixtures.Costs());
        Book book = HorizonFixtures.Book(HorizonFixtures.Linear("X", PositionKind.Spot, 1));
        var (state, _) = BacktestFixtures.Run(book, market, [$"cppi:underlying=X,floor=0.8,m={m}"], $"{days}d", "1h", 30_000, 21);
        ProportionInterval breach = state.Finish()[0].Floor!.Value;
        double law = 1 - Math.Exp(-lambda * days / 365 * Normal.CDF(0, 1, (Math.Log(1 - 1 / m) - mu) / sigmaJ));
        output.WriteLine($"breach {breach.Probability:P3} [{breach.Low:P3}, {breach.High:P3}] vs law {law:P3}");
        Assert.InRange(law, breach.Low - 0.005, breach.High + 0.005);
    }

    /// <summary>
    /// CPPI under GBM with weekly rebalancing: a period breaches when the return R &lt;= 1 - 1/m (rate 0), the periods are
    /// independent, so P(breach within n periods) = 1 - (1 - p1)^n with p1 = P(R &lt;= 1 - 1/m) (Balder, Brandl and
    /// Mahayni 2009). The law must lie within the engine's 95% Wilson interval.
    /// </summary>
    [Fact]
    public void Cppi_discrete_rebalancing_breach_probability_matches_the_gap_law()
    {
        const double vol = 0.8, drift = 0.05, m = 10;
        const int weeks = 8;
        MarketSnapshot market = HorizonFixtures.Market(0.0, [HorizonFixtures.BlackScholes("X", 100, vol, drift: drift)],
            costs: BacktestFixtures.Costs());
        Book book = HorizonFixtures.Book(HorizonFixtures.Linear("X", PositionKind.Spot, 1));
        var (state, _) = BacktestFixtures.Run(book, market, [$"cppi:underlying=X,floor=0.9,m={m}"], $"{7 * weeks}d", "7d", 30_000, 4, stepsPerDay: 1);
        ProportionInterval breach = state.Finish()[0].Floor!.Value;
        double dt = 7.0 / 365;
        double p1 = Normal.CDF(0, 1, (Math.Log(1 - 1 / m) - (drift - 0.5 * vol * vol) * dt) / (vol * Math.Sqrt(dt)));
        double law = 1 - Math.Pow(1 - p1, weeks);
        output.WriteLine($"breach {breach.Probability:P3} [{breach.Low:P3}, {breach.High:P3}] vs law {law:P3} (p1 {p1:P3})");
        Assert.InRange(law, breach.Low, breach.High);
    }

    private static double Call(double s, double k, double vol, double t)
    {
        double sd = vol * Math.Sqrt(t), d1 = Math.Log(s / k) / sd + 0.5 * sd;
        return s * Normal.CDF(0, 1, d1) - k * Normal.CDF(0, 1, d1 - sd);
    }

    private static double CallDelta(double s, double k, double vol, double t)
    {
        double sd = vol * Math.Sqrt(t);
        return Normal.CDF(0, 1, Math.Log(s / k) / sd + 0.5 * sd);
    }
}
