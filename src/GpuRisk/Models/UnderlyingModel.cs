namespace GpuRisk.Models;

/// <summary>
/// The dynamics of one underlying: exactly one of <see cref="Vol"/> (Black-Scholes) or
/// <see cref="Heston"/>, plus optional <see cref="Jumps"/> on top of Heston (Bates).
/// </summary>
public sealed record UnderlyingModel(double? Vol, HestonParameters? Heston, JumpParameters? Jumps)
{
    /// <summary>Which model these parameters make.</summary>
    public ModelKind Kind => Heston is null ? ModelKind.BlackScholes
        : Jumps is null ? ModelKind.Heston : ModelKind.Bates;

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
        double sv0 = Math.Sqrt(Heston.V0) + volShift;
        double sth = Math.Sqrt(Heston.Theta) + volShift;
        return this with { Heston = Heston with { V0 = sv0 * sv0, Theta = sth * sth } };
    }
}
