using GpuRisk.MonteCarlo;

namespace GpuRisk.Tests.MonteCarlo;

/// <summary>
/// A large book generated on the fly: options on three underlyings (Bates, Heston, Black-Scholes) over twelve
/// expiries from one day to one year, strikes spread by each expiry's standard deviation, calls and puts, long and
/// short, and the book as one part. Deterministic (a fixed formula, no random generator).
/// </summary>
internal static class SyntheticBook
{
    public static readonly double[] ExpiryDays = [1, 2, 7, 14, 21, 30, 60, 90, 120, 180, 270, 365];

    private static readonly double[] Spots = [95_000, 3_400, 180];

    private static readonly PricingSlot[] Slots =
    [
        new(0, McHarness.Bates(0.36, 3.0, 0.42, 1.2, -0.35, 3.0, -0.05, 0.10)),
        new(1, McHarness.Heston(0.5625, 2.5, 0.60, 1.9, -0.25)),
        new(2, McHarness.BlackScholes(0.9)),
    ];

    /// <summary>Lower Cholesky factor of the three spot drivers' correlation (0.8, 0.6, 0.5).</summary>
    public static double[][] Cholesky => GpuRisk.MonteCarlo.Cholesky.Factor([[1.0, 0.8, 0.6], [0.8, 1.0, 0.5], [0.6, 0.5, 1.0]]);

    /// <summary>Option k of the book: underlying k mod 3, expiry (k / 3) mod 12, strike from a golden-ratio sequence of moneyness.</summary>
    public static OptionJob Option(int k)
    {
        int slot = k % 3;
        double years = ExpiryDays[k / 3 % ExpiryDays.Length] / 365.0;
        double z = 4.0 * ((k * 0.6180339887498949) % 1.0) - 2.0;
        return new OptionJob(slot, IsPut: k % 2 == 1, Spots[slot] * Math.Exp(0.8 * Math.Sqrt(years) * z), years, Spots[slot]);
    }

    /// <summary>Quantity of option k: -3..+3 coins, never zero.</summary>
    public static double Quantity(int k)
    {
        double q = k % 7 - 3;
        return q != 0 ? q : 1.5;
    }

    /// <summary>The options <paramref name="indices"/> of the book, with their book as the one part.</summary>
    public static SimulationJob Job(IReadOnlyList<int> indices) => new(Slots, [.. indices.Select(Option)],
        [[.. indices.Select((k, i) => new BookTerm(i, Quantity(k)))]]);
}
