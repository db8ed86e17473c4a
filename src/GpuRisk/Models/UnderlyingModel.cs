using GpuRisk.Kernels.Models;

namespace GpuRisk.Models;

/// <summary>
/// The dynamics of one underlying: exactly one of <see cref="Vol"/> (Black-Scholes) or
/// <see cref="Heston"/>, plus optional <see cref="Jumps"/> on top (Merton on Black-Scholes, Bates on Heston).
/// </summary>
public sealed record UnderlyingModel(double? Vol, HestonParameters? Heston, JumpParameters? Jumps)
{
    /// <summary>Which model these parameters make.</summary>
    public ModelKind Kind => Heston is null
        ? (Jumps is null ? ModelKind.BlackScholes : ModelKind.Merton)
        : (Jumps is null ? ModelKind.Heston : ModelKind.Bates);

    /// <summary>Black-Scholes model with annualised volatility <paramref name="vol"/>.</summary>
    public static UnderlyingModel BlackScholes(double vol) => new(vol, null, null);

    /// <summary>
    /// The same model with volatility shifted by <paramref name="volShift"/> (absolute, 0.01 = one vol
    /// point): Black-Scholes vol + shift; Heston and Bates sqrt(v0) and sqrt(theta) both + shift.
    /// This is the shift that DESIGN.md's vega and the stress grid's vol shocks mean.
    /// </summary>
    public UnderlyingModel ShiftVol(double volShift)
    {
        if (Heston is null)
        {
            return this with { Vol = Vol!.Value + volShift };
        }
        return this with
        {
            Heston = Heston with
            {
                V0 = UnderlyingDynamics.ShiftVariance(Heston.V0, volShift),
                Theta = UnderlyingDynamics.ShiftVariance(Heston.Theta, volShift),
            },
        };
    }
}
