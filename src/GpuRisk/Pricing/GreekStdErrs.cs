namespace GpuRisk.Pricing;

/// <summary>
/// Standard errors of Monte Carlo Greeks, in the Greeks' own units (coins, coins per USD, USD per 0.01
/// vol, USD per day). Estimated by batch means (<see cref="MonteCarlo.PricingSimulation.GreekBatches"/>
/// independent batches of paths), so each is itself uncertain by about 1/sqrt(2 (batches - 1)) = 13%.
/// </summary>
public readonly record struct GreekStdErrs(double Delta, double Gamma, double Vega, double Theta)
{
    /// <summary>Errors of a position of <paramref name="quantity"/> coins.</summary>
    public GreekStdErrs Scale(double quantity)
    {
        double q = Math.Abs(quantity);
        return new(Delta * q, Gamma * q, Vega * q, Theta * q);
    }
}
