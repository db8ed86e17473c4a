using GpuRisk.Books;
using GpuRisk.Config;
using GpuRisk.Devices;
using GpuRisk.Horizon;
using GpuRisk.Markets;
using GpuRisk.Risk;
using GpuRisk.Tests.Horizon;
using MathNet.Numerics.Distributions;
using Xunit.Abstractions;

namespace GpuRisk.Tests.Risk;

/// <summary>
/// Black-Scholes options on two correlated underlyings: the engine's 7-day VaR and ES against a full-repricing
/// simulation written here (exact lognormal steps drawn with System.Random, Black-Scholes prices from this file's
/// own formula, an option expiring inside the horizon paid at its expiry and accrued at the rate).
/// </summary>
public sealed class VarIndependentReferenceTests(ITestOutputHelper output)
{
    private const double Rate = 0.04, Day = 1.0 / 365.0;

    private sealed record Leg(int Underlying, bool IsPut, double Strike, double Days, double Quantity);

    [Fact]
    public void Two_correlated_underlyings_match_a_full_repricing_simulation()
    {
        double[] spot = [95000, 3400], vol = [0.6, 0.8], drift = [0.08, 0.12];
        const double rho = 0.7;
        Leg[] legs =
        [
            new(0, true, 85000, 30, 10), new(1, false, 3600, 14, 200), new(1, false, 3500, 3, -100), new(0, false, 110000, 60, -6),
        ];
        MarketSnapshot market = HorizonFixtures.Market(Rate,
            [HorizonFixtures.BlackScholes("BTC", spot[0], vol[0], drift: drift[0]), HorizonFixtures.BlackScholes("ETH", spot[1], vol[1], drift: drift[1])],
            [[1, rho], [rho, 1]]);
        string[] names = ["BTC", "ETH"];
        Book book = HorizonFixtures.Book([.. legs.Select(l => HorizonFixtures.Option(names[l.Underlying], l.IsPut, l.Strike, l.Days, l.Quantity))]);
        using var session = DeviceSelector.Open(DeviceKind.Cpu);
        HorizonRisk engine = VarStage.Run(session, book, market,
            new VarSettings([Duration.Parse("7d")], [0.99], new HorizonSettings(100_000, 3, StepsPerDay: 1))).Finish()[0];

        // Reference: exact joint lognormal draws at 3 days (the short call's expiry) and 7 days.
        const int n = 200_000;
        var random = new Random(2024);
        double value0 = legs.Sum(l => l.Quantity * Price(l, spot[l.Underlying], vol[l.Underlying], l.Days * Day));
        var losses = new double[n];
        for (int p = 0; p < n; p++)
        {
            double[] s3 = new double[2], s7 = new double[2];
            double[] z1 = Correlated(random, rho), z2 = Correlated(random, rho);
            for (int u = 0; u < 2; u++)
            {
                double mu = drift[u] - 0.5 * vol[u] * vol[u];
                s3[u] = spot[u] * Math.Exp(mu * 3 * Day + vol[u] * Math.Sqrt(3 * Day) * z1[u]);
                s7[u] = s3[u] * Math.Exp(mu * 4 * Day + vol[u] * Math.Sqrt(4 * Day) * z2[u]);
            }
            double value7 = 0;
            foreach (Leg l in legs)
            {
                value7 += l.Days <= 7
                    ? l.Quantity * Payoff(l, s3[l.Underlying]) * Math.Exp(Rate * (7 - l.Days) * Day)
                    : l.Quantity * Price(l, s7[l.Underlying], vol[l.Underlying], (l.Days - 7) * Day);
            }
            losses[p] = value0 - value7;
        }
        Array.Sort(losses);
        Array.Reverse(losses);
        var (refVar, refVarHalf, refEs, refEsHalf) = EmpiricalTail(losses, 0.99);
        LevelEstimate e = engine.Levels[0];
        output.WriteLine($"engine VaR {e.Var:F0} [{e.VarLow:F0}, {e.VarHigh:F0}], ES {e.Es:F0} [{e.EsLow:F0}, {e.EsHigh:F0}]");
        output.WriteLine($"reference VaR {refVar:F0} +- {refVarHalf:F0}, ES {refEs:F0} +- {refEsHalf:F0}");
        // Two independent estimates: their difference lies within the sum of the 95% half-widths (~99.5% level).
        Assert.InRange(e.Var - refVar, -(refVarHalf + (e.VarHigh - e.VarLow) / 2), refVarHalf + (e.VarHigh - e.VarLow) / 2);
        Assert.InRange(e.Es - refEs, -(refEsHalf + (e.EsHigh - e.EsLow) / 2), refEsHalf + (e.EsHigh - e.EsLow) / 2);
    }

    private static double[] Correlated(Random random, double rho)
    {
        double a = Normal.Sample(random, 0, 1), b = Normal.Sample(random, 0, 1);
        return [a, rho * a + Math.Sqrt(1 - rho * rho) * b];
    }

    private static double Payoff(Leg l, double s) => Math.Max(l.IsPut ? l.Strike - s : s - l.Strike, 0);

    /// <summary>Black-Scholes written here, independent of the engine's formula.</summary>
    private static double Price(Leg l, double s, double vol, double years)
    {
        double sd = vol * Math.Sqrt(years);
        double d1 = (Math.Log(s / l.Strike) + Rate * years) / sd + 0.5 * sd, d2 = d1 - sd;
        double call = s * Normal.CDF(0, 1, d1) - l.Strike * Math.Exp(-Rate * years) * Normal.CDF(0, 1, d2);
        return l.IsPut ? call - s + l.Strike * Math.Exp(-Rate * years) : call;
    }

    /// <summary>VaR (the floor(n q) + 1-th largest loss), ES (mean of the n q largest) and 95% half-widths (normal approximations).</summary>
    private static (double Var, double VarHalf, double Es, double EsHalf) EmpiricalTail(double[] descending, double level)
    {
        int n = descending.Length;
        double q = 1 - level;
        int j = (int)Math.Floor(n * q) + 1, spread = (int)Math.Ceiling(1.96 * Math.Sqrt(n * q * level)) + 1;
        int m = (int)(n * q);
        double es = descending.Take(m).Average();
        double tailVariance = descending.Take(m).Sum(x => (x - es) * (x - es)) / (m - 1);
        double var = descending[j - 1];
        double esHalf = 1.96 * Math.Sqrt((tailVariance + level * (es - var) * (es - var)) / m);
        return (var, Math.Max(descending[j - 1 - spread] - var, var - descending[j - 1 + spread]), es, esHalf);
    }
}
