using GpuRisk.Models;

namespace GpuRisk.Markets;

/// <summary>
/// A regime's override of one underlying's parameters: every non-null field replaces the base value.
/// Jumps may be added to a Heston underlying only with all three jump fields given.
/// </summary>
public sealed record ModelOverride(
    double? Vol = null,
    double? V0 = null,
    double? Kappa = null,
    double? Theta = null,
    double? Xi = null,
    double? Rho = null,
    double? JumpLambda = null,
    double? JumpMean = null,
    double? JumpStdev = null,
    double? Drift = null)
{
    /// <summary>The base underlying with this override applied.</summary>
    public UnderlyingMarket ApplyTo(UnderlyingMarket u)
    {
        UnderlyingModel m = u.Model;
        HestonParameters? h = m.Heston is null ? null : new HestonParameters(
            V0 ?? m.Heston.V0, Kappa ?? m.Heston.Kappa, Theta ?? m.Heston.Theta, Xi ?? m.Heston.Xi, Rho ?? m.Heston.Rho);
        JumpParameters? j = m.Jumps is null
            ? (JumpLambda is { } l && JumpMean is { } mu && JumpStdev is { } sd ? new JumpParameters(l, mu, sd) : null)
            : new JumpParameters(JumpLambda ?? m.Jumps.Lambda, JumpMean ?? m.Jumps.Mean, JumpStdev ?? m.Jumps.Stdev);
        double? vol = m.Vol is null ? null : Vol ?? m.Vol;
        return u with { Model = new UnderlyingModel(vol, h, j), Drift = Drift ?? u.Drift };
    }
}
