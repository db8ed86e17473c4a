using GpuRisk.Optimization;

namespace GpuRisk.Tests.Optimization;

/// <summary>
/// How the band moves with cost and volatility: h grows as (proportional cost)^(1/3) and as
/// (fixed cost)^(1/4), and for an at-the-money book (Gamma proportional to 1/sigma) shrinks as sigma^(-2/3).
/// </summary>
/// <remarks>
/// Each case runs a 15-minute check (one check's target move sd = 0.0267 coins; it is the same in every
/// case, since Gamma sigma is) on a grid of step dx = 0.0089 coins, and compares the bands with the
/// overshoot correction h + beta sd (<see cref="BandFormulas.OvershootBeta"/>). Each corrected band is
/// good to dx / h (grid) + 2 (sd / h)^2 (the next discrete-check term), so a ratio is good to the sum of
/// both bands' allowances, 8-14% here; the exponents it must tell apart (1/3 against 1/4 or 1/2) move the
/// ratios by 16% or more.
/// </remarks>
public sealed class BandScalingTests
{
    private const double Spot = 100_000, RiskAversion = 1e-4;
    private static readonly double Dt = 15 / (365 * 24 * 60.0);
    private static readonly MismatchGridSettings Grid = new(0.8, 181);

    private static (double Corrected, double Allowance) CorrectedBand(double vol, double gamma, double feeBps = 0, double gasUsd = 0)
    {
        RegimeHedgeLaw law = BlackScholesHedgeLaw.Create("regime", Spot, vol, gamma, Dt, feeBps: feeBps, gasUsd: gasUsd);
        BandSolution s = BandOptimizer.Solve(HedgeBandProblem.SingleRegime(law, Dt, RiskAversion, Grid));
        double h = s.Regimes[0].Band.BandCoins, sd = Math.Sqrt(law.TargetIncrement.DiffusiveVarianceCoins2);
        return (h + BandFormulas.OvershootBeta * sd, s.Grid.StepCoins / h + 2 * (sd / h) * (sd / h));
    }

    /// <summary>Fee 5 bps to 40 bps: the band doubles (8^(1/3) = 2; measured corrected bands 0.1978 and 0.3933 coins, ratio 1.989).</summary>
    [Fact]
    public void Eight_times_the_proportional_cost_doubles_the_band()
    {
        (double low, double lowAllowance) = CorrectedBand(0.5, 1e-4, feeBps: 5);
        (double high, double highAllowance) = CorrectedBand(0.5, 1e-4, feeBps: 40);
        Assert.Equal(2.0, high / low, 2.0 * (lowAllowance + highAllowance));
    }

    /// <summary>Gas 5 USD to 80 USD, no proportional cost: the band doubles (16^(1/4) = 2; measured corrected 0.2778 and 0.5533 coins, ratio 1.992).</summary>
    [Fact]
    public void Sixteen_times_the_fixed_cost_doubles_the_band()
    {
        (double low, double lowAllowance) = CorrectedBand(0.5, 1e-4, gasUsd: 5);
        (double high, double highAllowance) = CorrectedBand(0.5, 1e-4, gasUsd: 80);
        Assert.Equal(2.0, high / low, 2.0 * (lowAllowance + highAllowance));
    }

    /// <summary>
    /// An at-the-money book at vol 50% (Gamma 1e-4 per USD) and at vol 100% (Gamma halved), fee 20 bps:
    /// the higher-vol regime's band is narrower by 2^(-2/3) = 0.630 (measured corrected 0.3133 and 0.1978 coins, ratio 0.631).
    /// </summary>
    [Fact]
    public void Higher_vol_narrows_an_at_the_money_band_as_sigma_to_the_minus_two_thirds()
    {
        (double calm, double calmAllowance) = CorrectedBand(0.5, 1e-4, feeBps: 20);
        (double stressed, double stressedAllowance) = CorrectedBand(1.0, 0.5e-4, feeBps: 20);
        double expected = Math.Pow(2, -2.0 / 3);
        Assert.Equal(expected, stressed / calm, expected * (calmAllowance + stressedAllowance));
    }
}
