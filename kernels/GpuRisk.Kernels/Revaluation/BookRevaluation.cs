using System.Numerics;
using GpuRisk.Kernels.Numerics;
using GpuRisk.Kernels.Pricing;
using GpuRisk.Kernels.Stress;
using ILGPU;

namespace GpuRisk.Kernels.Revaluation;

/// <summary>
/// The book revalued at one path's own state (spot, variance, regime, remaining time): the figures of a
/// revaluation group, and a group's settlement at expiry. Runs in the horizon kernels; tests call it on the
/// host to measure its error against the analytic engine.
/// </summary>
/// <remarks>
/// An option is Black-Scholes at the control-variate vol sigma_cv (sigma_cv^2 = A + B v for the path's variance v,
/// <see cref="GroupAtObservation{T}"/>), exact and in closed form through <see cref="BlackScholesFormula"/>, plus
/// the model's correction read from its regime's table (<see cref="CorrectionLookup"/>) at
/// y = ln(F/K) / (sigma_cv sqrt T); with no table (Black-Scholes) the first term is the price. Per unit strike
/// the correction dc(y) gives value K D dc, delta (K / S) D dc_y / sd and gamma (K / S^2) D (dc_yy / sd^2 - dc_y / sd),
/// sd = sigma_cv sqrt T, D = e^(-rT) (x = ln(F/K) moves one for one with ln S). Futures are worth
/// q (S e^((r-q)T) - entry), perps q (S - entry), spot q S.
/// </remarks>
public static class BookRevaluation
{
    /// <summary>
    /// Adds the figures of alive group <paramref name="group"/> at spot <paramref name="spot"/>
    /// (<paramref name="logReturn"/> = ln(S / S0)) and variance <paramref name="variance"/>.
    /// </summary>
    public static void AddGroup<T, TMath>(ref SlotFigures figures, in RevaluationGroup group, in GroupAtObservation<T> at,
        in SlotMarket<T> market, ArrayView<HeldPosition<T>> positions, ArrayView<CorrectionTableLayout> layouts,
        ArrayView<T> tables, T spot, T logReturn, T variance)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        T floor = TMath.From(1e-16);
        T controlVariance = at.ControlA + at.ControlB * variance;
        T sigma = TMath.Sqrt(controlVariance > floor ? controlVariance : floor);
        T sd = sigma * at.RootYears;
        T rootVariance = TMath.Sqrt(variance > T.Zero ? variance : T.Zero);
        for (int p = group.First; p < group.First + group.Count; p++)
        {
            HeldPosition<T> position = positions[p];
            double q = position.Quantity;
            switch ((InstrumentKind)position.Kind)
            {
                case InstrumentKind.Spot:
                    figures.Value += q * TMath.ToDouble(spot);
                    figures.Delta += q;
                    break;
                case InstrumentKind.Perp:
                    figures.Value += q * (TMath.ToDouble(spot) - position.EntryPrice);
                    figures.Delta += q;
                    break;
                case InstrumentKind.Future:
                    figures.Value += q * (TMath.ToDouble(spot * at.Growth) - position.EntryPrice);
                    figures.Delta += q * TMath.ToDouble(at.Growth);
                    break;
                default:
                    AddOption<T, TMath>(ref figures, position, at, market, layouts, tables, spot, logReturn, sigma, sd, rootVariance);
                    break;
            }
        }
    }

    private static void AddOption<T, TMath>(ref SlotFigures figures, in HeldPosition<T> position, in GroupAtObservation<T> at,
        in SlotMarket<T> market, ArrayView<CorrectionTableLayout> layouts, ArrayView<T> tables, T spot, T logReturn,
        T sigma, T sd, T rootVariance)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        int isPut = position.Kind == (int)InstrumentKind.Put ? 1 : 0;
        T logMoneyness = position.LogMoneyness + logReturn;
        OptionFigures<T> f = BlackScholesFormula.WithTerms<T, TMath>(isPut, spot, position.Strike, logMoneyness, at.Years,
            at.RootYears, market.Rate, market.Carry, at.Discount, at.CarryDiscount, sigma);
        T value = f.Value, delta = f.Delta, gamma = f.Gamma;
        if (at.Table >= 0 && sd > T.Zero)
        {
            CorrectionLookup.Read<T, TMath>(tables, layouts[at.Table], (logMoneyness + at.LogGrowth) / sd, rootVariance,
                at.SCell, at.SWeight, out T dc, out T dcY, out T dcYY);
            T strikeDiscount = position.Strike * at.Discount;
            value += strikeDiscount * dc;
            delta += strikeDiscount / spot * dcY / sd;
            gamma += strikeDiscount / (spot * spot) * (dcYY / (sd * sd) - dcY / sd);
        }
        double q = position.Quantity;
        double g = q * TMath.ToDouble(gamma);
        figures.Value += q * TMath.ToDouble(value);
        figures.Delta += q * TMath.ToDouble(delta);
        figures.Gamma += g;
        double absGamma = g < 0.0 ? -g : g;
        figures.AbsGamma += absGamma;
        figures.AbsGammaYears += absGamma * TMath.ToDouble(at.Years);
    }

    /// <summary>The group's payoff at expiry with spot <paramref name="spot"/> (USD, quantities included).</summary>
    public static double Settle<T, TMath>(in RevaluationGroup group, ArrayView<HeldPosition<T>> positions, double spot)
        where T : unmanaged, INumber<T> where TMath : struct, IRealMath<T>
    {
        double total = 0.0;
        for (int p = group.First; p < group.First + group.Count; p++)
        {
            HeldPosition<T> position = positions[p];
            double strike = TMath.ToDouble(position.Strike);
            double payoff = (InstrumentKind)position.Kind switch
            {
                InstrumentKind.Call => spot > strike ? spot - strike : 0.0,
                InstrumentKind.Put => strike > spot ? strike - spot : 0.0,
                InstrumentKind.Future => spot - position.EntryPrice,
                _ => 0.0,
            };
            total += position.Quantity * payoff;
        }
        return total;
    }
}
