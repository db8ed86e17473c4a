using GpuRisk.Models;

namespace GpuRisk.MonteCarlo;

/// <summary>
/// One underlying's dynamics as the path kernels see them: dS/S = (Mu - lambda k) dt + sqrt(v) dW1 + jumps,
/// dv = Kappa (Theta - v) dt + Xi sqrt(v) dW2, d&lt;W1, W2&gt; = Rho dt; k = E[e^J] - 1.
/// Black-Scholes is V0 = Theta = vol^2, Kappa = Xi = 0 (stepped exactly).
/// </summary>
/// <param name="Mu">Spot drift per year: rate - carry for pricing, the real-world drift for horizons.</param>
public sealed record DiffusionParameters(
    double Mu, double V0, double Kappa, double Theta, double Xi, double Rho,
    double JumpLambda, double JumpMean, double JumpStdev)
{
    /// <summary>The model's parameters with drift <paramref name="mu"/>.</summary>
    public static DiffusionParameters From(UnderlyingModel model, double mu)
    {
        JumpParameters? j = model.Jumps;
        if (model.Heston is { } h)
        {
            return new(mu, h.V0, h.Kappa, h.Theta, h.Xi, h.Rho, j?.Lambda ?? 0, j?.Mean ?? 0, j?.Stdev ?? 0);
        }
        double variance = model.Vol!.Value * model.Vol.Value;
        return new(mu, variance, 0, variance, 0, 0, j?.Lambda ?? 0, j?.Mean ?? 0, j?.Stdev ?? 0);
    }

    /// <summary>sqrt(V0) and sqrt(Theta) both shifted by <paramref name="volShift"/> (DESIGN.md's vega bump).</summary>
    public DiffusionParameters ShiftVol(double volShift)
    {
        double sv = Math.Sqrt(V0) + volShift;
        double st = Math.Sqrt(Theta) + volShift;
        return this with { V0 = sv * sv, Theta = st * st };
    }

    /// <summary>True when jumps are present.</summary>
    public bool HasJumps => JumpLambda > 0;
}
