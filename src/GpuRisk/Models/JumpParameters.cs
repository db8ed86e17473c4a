namespace GpuRisk.Models;

/// <summary>
/// Merton/Bates log-normal jumps in log S: Poisson intensity <paramref name="Lambda"/> per year,
/// jump size N(<paramref name="Mean"/>, <paramref name="Stdev"/>^2).
/// </summary>
public sealed record JumpParameters(double Lambda, double Mean, double Stdev)
{
    /// <summary>E[e^J] - 1: the drift compensator per unit intensity.</summary>
    public double MeanRelativeJump => Math.Exp(Mean + 0.5 * Stdev * Stdev) - 1.0;
}
