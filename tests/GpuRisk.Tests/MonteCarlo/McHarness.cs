using GpuRisk.Devices;
using GpuRisk.Kernels.Models;
using GpuRisk.MonteCarlo;

namespace GpuRisk.Tests.MonteCarlo;

/// <summary>Shared helpers: one CPU session per test class, single-option pricing.</summary>
internal static class McHarness
{
    public static MonteCarloSettings Settings(long paths, ulong seed, Precision precision = Precision.Float, int batch = 1 << 16) =>
        new(Paths: paths, StepsPerDay: 1, Seed: seed, Precision: precision, Device: DeviceKind.Cpu, BatchSize: batch);

    public static OptionEstimate PriceOne(DeviceSession session, UnderlyingDynamics model, bool put, double strike,
        double days, MonteCarloSettings settings, double spot = 100, double rate = 0.04, bool greeks = true)
    {
        var job = new SimulationJob([new PricingSlot(0, model)], [new OptionJob(0, put, strike, days / 365.0, spot, greeks)], []);
        return PricingSimulation.Run(session, job, [[1.0]], rate, settings).Options[0];
    }

    public static UnderlyingDynamics BlackScholes(double vol, double mu = 0.04) => UnderlyingDynamics.ConstantVolatility(mu, vol);

    public static UnderlyingDynamics Heston(double v0, double kappa, double theta, double xi, double rho, double mu = 0.04) =>
        new(mu, v0, kappa, theta, xi, rho, 0, 0, 0);

    public static UnderlyingDynamics Bates(double v0, double kappa, double theta, double xi, double rho,
        double lambda, double mean, double stdev, double mu = 0.04) =>
        new(mu, v0, kappa, theta, xi, rho, lambda, mean, stdev);
}
