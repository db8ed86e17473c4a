using GpuRisk.Books;
using GpuRisk.Markets;
using GpuRisk.Models;

namespace GpuRisk.Pricing.Analytic;

/// <summary>
/// Values a book in closed form (Black-Scholes) or by one Fourier integral (Heston, Bates), each
/// underlying by its own pricing model: the reference every Monte Carlo figure is checked against.
/// </summary>
/// <remarks>
/// Per DESIGN.md: options on one coin, value D E[payoff] with D = e^(-rT); a future is worth
/// q (F - entry), F = S e^((r - carry) T), delta q e^((r - carry) T), theta -q (r - carry) F / 365; a perp
/// q (S - entry), delta q; spot q S, delta q. A missing entry price means today's mark (value 0).
/// T = <see cref="MarketSnapshot.YearsTo"/>(expiry), ACT/365. Options of one underlying and expiry are priced
/// as one strip (<see cref="AnalyticHestonEngine.PriceStrip"/>), sharing characteristic-function evaluations.
/// Stress and horizon engines reprice single positions through
/// <see cref="PricePosition(Position, UnderlyingMarket, double, double)"/> on shocked underlyings; they should
/// first fix futures' and perps' entry prices at today's marks with <see cref="WithEntryPriceAtMark"/>,
/// or a shocked future would again be worth 0.
/// </remarks>
public sealed class AnalyticBookPricer : IBookPricer
{
    private readonly AnalyticHestonEngine _heston;

    /// <summary>A pricer using an <see cref="AnalyticHestonEngine"/> at its default tolerance.</summary>
    public AnalyticBookPricer() : this(new AnalyticHestonEngine())
    {
    }

    /// <summary>A pricer using <paramref name="heston"/> for Heston and Bates underlyings.</summary>
    public AnalyticBookPricer(AnalyticHestonEngine heston) => _heston = heston;

    /// <summary>"analytic", as the price output's <c>method</c>.</summary>
    public const string MethodName = "analytic";

    /// <inheritdoc />
    /// <exception cref="KeyNotFoundException">A position's underlying is not in the market.</exception>
    public BookValuation Price(Book book, MarketSnapshot market)
    {
        market = market.Today();
        IReadOnlyList<Position> positions = book.Positions;
        var figures = new Valuation[positions.Count];
        // Options of one underlying and expiry form one strip; everything else is priced alone.
        var strips = new Dictionary<(string Underlying, DateTimeOffset Expiry), List<int>>();
        for (int i = 0; i < positions.Count; i++)
        {
            Position p = positions[i];
            if (p.IsOption && p.Expiry is { } expiry)
            {
                if (!strips.TryGetValue((p.Underlying, expiry), out List<int>? members))
                {
                    strips[(p.Underlying, expiry)] = members = [];
                }
                members.Add(i);
            }
            else
            {
                figures[i] = PricePosition(p, market);
            }
        }
        foreach (((string underlying, DateTimeOffset expiry), List<int> members) in strips)
        {
            PriceStrip(positions, members, market.Underlying(underlying), market.Rate, market.YearsTo(expiry), figures);
        }

        var results = new PositionValuation[positions.Count];
        Valuation total = Valuation.Zero;
        for (int i = 0; i < positions.Count; i++)
        {
            results[i] = new PositionValuation(positions[i].Id, positions[i].Underlying, figures[i]);
            total += figures[i];
        }
        return new BookValuation(MethodName, "cpu", 0, results, total);
    }

    /// <summary>Value and Greeks of one position, quantity included, on <paramref name="market"/>.</summary>
    /// <exception cref="KeyNotFoundException">The underlying is not in the market.</exception>
    /// <exception cref="InvalidOperationException">An option or future has no expiry.</exception>
    public Valuation PricePosition(Position position, MarketSnapshot market)
    {
        market = market.Today();
        double years = position.Expiry is { } expiry ? market.YearsTo(expiry)
            : position.IsOption || position.Kind == PositionKind.Future ? throw ThrowHelper.ExpiryMissing(position.Id)
            : 0.0;
        return PricePosition(position, market.Underlying(position.Underlying), market.Rate, years);
    }

    /// <summary>
    /// Value and Greeks of one position, quantity included, on an underlying's (possibly shocked) market.
    /// </summary>
    /// <param name="position">The position; a null entry price means the mark in <paramref name="underlying"/>.</param>
    /// <param name="underlying">Spot, carry and pricing model.</param>
    /// <param name="rate">Continuously compounded rate per year.</param>
    /// <param name="years">Years to the position's expiry (ignored for perps and spot).</param>
    /// <returns>USD value, delta in coins, gamma in coins/USD, vega in USD per 0.01 vol, theta in USD per day.</returns>
    /// <exception cref="InvalidOperationException">The model lacks the parameters its kind needs.</exception>
    public Valuation PricePosition(Position position, UnderlyingMarket underlying, double rate, double years)
    {
        double q = position.QuantityCoins;
        switch (position.Kind)
        {
            case PositionKind.Call:
                return PriceOption(OptionRight.Call, position.Strike, underlying, rate, years).Scale(q);
            case PositionKind.Put:
                return PriceOption(OptionRight.Put, position.Strike, underlying, rate, years).Scale(q);
            default:
                return LinearPositions.Value(position, underlying, rate, Math.Max(years, 0.0));
        }
    }

    /// <summary>Value and Greeks of one European option on one coin under the underlying's model.</summary>
    /// <param name="right">Call or put.</param>
    /// <param name="strike">Strike in USD.</param>
    /// <param name="underlying">Spot, carry and pricing model (Black-Scholes, Merton, Heston or Bates).</param>
    /// <param name="rate">Continuously compounded rate per year.</param>
    /// <param name="years">Years to expiry (ACT/365).</param>
    /// <exception cref="InvalidOperationException">The model lacks the parameters its kind needs.</exception>
    public Valuation PriceOption(OptionRight right, double strike, UnderlyingMarket underlying, double rate, double years)
    {
        UnderlyingModel model = underlying.Model;
        if (model.Kind == ModelKind.BlackScholes)
        {
            double vol = model.Vol ?? throw ThrowHelper.ModelMissing(underlying.Name, "vol");
            return BlackScholes.Price(right, underlying.Spot, strike, years, rate, underlying.Carry, vol);
        }
        return _heston.Price(right, underlying.Spot, strike, years, rate, underlying.Carry, VarianceModel(model), model.Jumps);
    }

    /// <summary>
    /// The variance dynamics the Fourier engine integrates: Heston's own, or for Merton a constant variance
    /// (v0 = theta = vol^2, xi = 0; kappa is then immaterial and set to 1 so the characteristic function's
    /// Riccati terms stay finite), which makes Bates exactly Merton.
    /// </summary>
    private static HestonParameters VarianceModel(UnderlyingModel model) =>
        model.Heston ?? new HestonParameters(model.Vol!.Value * model.Vol.Value, 1.0, model.Vol.Value * model.Vol.Value, 0.0, 0.0);

    /// <summary>
    /// The position with a missing entry price set to today's mark on <paramref name="market"/> (the forward
    /// for futures, spot for perps), so that repricing it on a shocked market shows the P&amp;L of the shock.
    /// Other positions are returned unchanged.
    /// </summary>
    public static Position WithEntryPriceAtMark(Position position, MarketSnapshot market)
    {
        if (position.EntryPrice is not null) return position;
        UnderlyingMarket u = market.Underlying(position.Underlying);
        return position.Kind switch
        {
            PositionKind.Future when position.Expiry is { } expiry =>
                position with { EntryPrice = u.Spot * Math.Exp((market.Rate - u.Carry) * Math.Max(market.YearsTo(expiry), 0.0)) },
            PositionKind.Perp => position with { EntryPrice = u.Spot },
            _ => position,
        };
    }

    private void PriceStrip(IReadOnlyList<Position> positions, List<int> members, UnderlyingMarket underlying, double rate,
        double years, Valuation[] figures)
    {
        UnderlyingModel model = underlying.Model;
        if (model.Kind == ModelKind.BlackScholes)
        {
            foreach (int i in members) figures[i] = PricePosition(positions[i], underlying, rate, years);
            return;
        }
        var rights = new OptionRight[members.Count];
        var strikes = new double[members.Count];
        var perCoin = new Valuation[members.Count];
        for (int k = 0; k < members.Count; k++)
        {
            Position p = positions[members[k]];
            rights[k] = p.Kind == PositionKind.Call ? OptionRight.Call : OptionRight.Put;
            strikes[k] = p.Strike;
        }
        _heston.PriceStrip(underlying.Spot, years, rate, underlying.Carry, VarianceModel(model), model.Jumps, rights, strikes, perCoin);
        for (int k = 0; k < members.Count; k++) figures[members[k]] = perCoin[k].Scale(positions[members[k]].QuantityCoins);
    }
}
