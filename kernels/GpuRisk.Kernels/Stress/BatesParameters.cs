namespace GpuRisk.Kernels.Stress;

/// <summary>
/// Heston variance dynamics plus optional Merton log-normal jumps (Bates 1996), as the device sees them.
/// <see cref="Lambda"/> = 0 is plain Heston.
/// </summary>
/// <param name="V0">Initial variance.</param>
/// <param name="Kappa">Mean-reversion speed per year.</param>
/// <param name="Theta">Long-run variance.</param>
/// <param name="Xi">Volatility of variance, &gt; 0.</param>
/// <param name="Rho">Spot-variance correlation.</param>
/// <param name="Lambda">Jump intensity per year.</param>
/// <param name="JumpMean">Mean of the log jump size.</param>
/// <param name="JumpStdev">Standard deviation of the log jump size.</param>
public readonly record struct BatesParameters(
    double V0, double Kappa, double Theta, double Xi, double Rho, double Lambda, double JumpMean, double JumpStdev)
{
    /// <summary>
    /// The same parameters with sqrt(v0) and sqrt(theta) both moved by <paramref name="volShift"/>
    /// (the meaning of a vol shock and of vega for Heston and Bates).
    /// </summary>
    public BatesParameters ShiftVol(double volShift)
    {
        double sv0 = Math.Sqrt(V0) + volShift, sth = Math.Sqrt(Theta) + volShift;
        return new BatesParameters(sv0 * sv0, Kappa, sth * sth, Xi, Rho, Lambda, JumpMean, JumpStdev);
    }
}
