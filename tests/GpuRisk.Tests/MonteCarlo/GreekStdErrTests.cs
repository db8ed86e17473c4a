using GpuRisk.Devices;
using GpuRisk.Models;
using GpuRisk.MonteCarlo;
using GpuRisk.Pricing;
using GpuRisk.Pricing.Analytic;

namespace GpuRisk.Tests.MonteCarlo;

/// <summary>
/// The Greeks' batch-means standard errors are honest: over independent seeds, Monte Carlo Greeks
/// of a Heston call scatter around the analytic Greeks by about their reported standard errors.
/// (Heston, not Black-Scholes: there the conditional-density gamma is exact, with no error to check.)
/// </summary>
public sealed class GreekStdErrTests
{
    [Fact]
    public void Greek_standard_errors_match_the_scatter_around_the_closed_form()
    {
        const int seeds = 16;
        const double spot = 100, strike = 100, days = 30, rate = 0.04;
        var heston = new HestonParameters(V0: 0.36, Kappa: 2.0, Theta: 0.40, Xi: 0.8, Rho: -0.5);
        Valuation exact = new AnalyticHestonEngine().Price(OptionRight.Call, spot, strike, days / 365, rate, 0.0, heston);
        using DeviceSession session = DeviceSelector.Open(DeviceKind.Cpu);
        var squares = new double[4];
        for (ulong seed = 1; seed <= seeds; seed++)
        {
            OptionEstimate e = McHarness.PriceOne(session, McHarness.Heston(heston.V0, heston.Kappa, heston.Theta, heston.Xi, heston.Rho, rate), put: false, strike, days,
                McHarness.Settings(16_384, seed), spot, rate);
            squares[0] += Square((e.Delta - exact.Delta) / e.GreekErrors.Delta);
            squares[1] += Square((e.Gamma - exact.Gamma) / e.GreekErrors.Gamma);
            squares[2] += Square((e.Vega - exact.Vega) / e.GreekErrors.Vega);
            squares[3] += Square((e.Theta - exact.Theta) / e.GreekErrors.Theta);
        }
        // With honest errors each sum of squared z-scores is about chi-square with 16 degrees of
        // freedom (a little wider, since each error is itself estimated from 32 batches): [5, 35] holds
        // it with probability above 0.99 (chi-square_16 quantiles: 0.5% = 5.1, 99.5% = 34.3).
        string report = $"sums of squared z-scores over {seeds} seeds: delta {squares[0]:F1}, gamma {squares[1]:F1}, vega {squares[2]:F1}, theta {squares[3]:F1}";
        Assert.True(squares.All(q => q is >= 5.0 and <= 35.0), report);
    }

    private static double Square(double x) => x * x;
}
