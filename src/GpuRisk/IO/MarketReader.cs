using System.Text.Json;
using GpuRisk.Markets;
using GpuRisk.Models;

namespace GpuRisk.IO;

/// <summary>
/// Loads and validates a market file (DESIGN.md, "Market: JSON") into a <see cref="MarketSnapshot"/>.
/// </summary>
/// <remarks>
/// <para>Root properties: <c>valuationTime</c> (ISO-8601 UTC, required), <c>rate</c> (required),
/// <c>underlyings</c> (required, at least one), <c>correlation</c>, <c>regimes</c>, <c>costs</c>.</para>
/// <para>Per underlying: <c>spot</c> (&gt; 0, required); exactly one of <c>vol</c> (&gt; 0) or
/// <c>heston</c> {v0 &gt;= 0, kappa &gt;= 0, theta &gt; 0, xi &gt;= 0, rho in [-1, 1]}, all five
/// required; <c>jumps</c> {lambda &gt;= 0, mean, stdev &gt;= 0}, all three required (with vol: Merton;
/// with heston: Bates); <c>carry</c> (default 0); <c>drift</c>, the real-world spot drift per year (default
/// null: rate - carry); <c>depthCoins</c> (&gt; 0), the market depth in coins of the square-root
/// impact law, by default <see cref="DefaultDepthUsd"/> / spot. Names are non-empty and
/// contain no '/', which separates the names in a correlation key.</para>
/// <para><c>correlation</c>: "A/B" keys of two different known underlyings, values in [-1, 1],
/// each pair at most once (A/B and B/A are the same pair); pairs not given are 0. The matrix must
/// be positive semi-definite (smallest eigenvalue &gt;= -<see cref="PsdTolerance"/>).</para>
/// <para><c>regimes</c>: <c>names</c> (non-empty, unique, not "default"), <c>initial</c> (one of
/// the names), <c>transitionPerDay</c> (n x n, entries in [0, 1], rows summing to 1 within
/// <see cref="RowSumTolerance"/>) and optional <c>overrides</c>: regime -&gt; underlying -&gt;
/// {vol (Black-Scholes underlyings only), heston {any of v0, kappa, theta, xi, rho} (Heston underlyings
/// only), jumps {any of lambda, mean, stdev} (all three when the base has no jumps), drift}, with the base's range rules. Absent: <see cref="RegimeChain.Single"/>.</para>
/// <para><c>costs</c>: keys "default" or a regime name; fields feeBps &gt;= 0, impact &gt;= 0,
/// gasUsd &gt;= 0, failProbability in [0, 1] (1: a halted chain). A field a regime's entry leaves out takes the
/// "default" entry's value, or 0 when that is absent too.</para>
/// <para>Every unknown or repeated property name is an error. Errors are
/// <see cref="InputException"/>s whose <c>Row</c> is the JSON path of the bad value (e.g.
/// <c>$.underlyings.BTC.heston.v0</c>) and whose <c>Field</c> is the property name; malformed JSON
/// gives as row the path of the value being read (<c>$</c> where none was), field
/// <see cref="InputLocation.JsonSyntaxField"/>, and the line, byte and text around it (<see cref="JsonInput"/>).</para>
/// </remarks>
public static partial class MarketReader
{
    /// <summary>
    /// Default market depth in USD: <c>depthCoins</c> defaults to this / spot, i.e. about 1,050 BTC
    /// at 95,000 or 29,400 ETH at 3,400. The square-root law scales impact by daily traded volume
    /// (Almgren, Thum, Hauptmann and Li, "Direct estimation of equity market impact", Risk 2005);
    /// 100 million USD is deliberately below the daily volume of BTC or ETH on one large venue
    /// (billions of USD), so the default overstates impact rather than hides it. Give
    /// <c>depthCoins</c> per underlying for a calibrated value.
    /// </summary>
    public const double DefaultDepthUsd = 1e8;

    /// <summary>Tolerance on the smallest eigenvalue of the correlation matrix: round-off, not a licence.</summary>
    public const double PsdTolerance = 1e-10;

    /// <summary>Tolerance on each transition-matrix row sum.</summary>
    public const double RowSumTolerance = 1e-9;

    private const string Root = InputLocation.JsonRootRow;

    private static readonly string[] RootFields = ["valuationTime", "rate", "underlyings", "correlation", "regimes", "costs"];
    private static readonly string[] UnderlyingFields = ["spot", "carry", "vol", "heston", "jumps", "drift", "depthCoins"];

    /// <summary>Reads the market file at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file cannot be opened or breaks a rule.</exception>
    public static MarketSnapshot Read(string path)
    {
        using Stream stream = InputFile.FromPath(path).OpenRead();
        return Read(stream, path);
    }

    /// <summary>Reads a market from <paramref name="stream"/> (read to the end, not disposed).</summary>
    /// <param name="stream">UTF-8 JSON.</param>
    /// <param name="displayName">What messages and <see cref="MarketSnapshot.SourceFile"/> call the file.</param>
    /// <exception cref="InputException">The JSON is malformed or breaks a rule.</exception>
    public static MarketSnapshot Read(Stream stream, string displayName)
    {
        using JsonDocument document = JsonInput.Parse(InputText.ReadAllBytes(stream, displayName), displayName, allowComments: false);
        return Build(StrictJsonObject.From(document.RootElement, displayName, Root, Root, RootFields));
    }

    private static MarketSnapshot Build(StrictJsonObject root)
    {
        JsonElement timeElement = root.Get("valuationTime");
        if (timeElement.ValueKind != JsonValueKind.String)
        {
            throw root.Error("valuationTime", $"must be an ISO-8601 UTC string, not {StrictJsonObject.Describe(timeElement)}");
        }
        if (!IsoInstant.TryParse(timeElement.GetString()!, out DateTimeOffset valuationTime, out string timeProblem))
        {
            throw root.Error("valuationTime", timeProblem);
        }
        double rate = root.Number("rate", NumberRule.Finite);
        IReadOnlyList<UnderlyingMarket> underlyings = ReadUnderlyings(root.Object("underlyings", null));
        double[][] correlation = ReadCorrelation(root.OptionalObject("correlation", null), underlyings);
        RegimeChain regimes = root.OptionalObject("regimes", RegimeFields) is { } r
            ? ReadRegimes(r, underlyings)
            : RegimeChain.Single;
        IReadOnlyDictionary<string, CostModel> costs = ReadCosts(root.OptionalObject("costs", null), regimes);
        return new MarketSnapshot(valuationTime, rate, underlyings, correlation, regimes, costs, root.File);
    }

    private static List<UnderlyingMarket> ReadUnderlyings(StrictJsonObject map)
    {
        if (map.Properties.Count == 0)
        {
            throw new InputException(map.File, map.Path, "underlyings", "must name at least one underlying");
        }
        var result = new List<UnderlyingMarket>(map.Properties.Count);
        foreach (var (name, value) in map.Properties)
        {
            if (name.Length == 0 || name.Contains('/'))
            {
                throw map.Error(name, "an underlying name must be non-empty and contain no '/' (it separates correlation pairs)");
            }
            result.Add(ReadUnderlying(name, StrictJsonObject.From(value, map.File, map.PathOf(name), name, UnderlyingFields)));
        }
        return result;
    }

    private static UnderlyingMarket ReadUnderlying(string name, StrictJsonObject u)
    {
        double spot = u.Number("spot", NumberRule.Positive);
        double carry = u.OptionalNumber("carry", NumberRule.Finite) ?? 0.0;
        double? drift = u.OptionalNumber("drift", NumberRule.Finite);
        double depth = u.OptionalNumber("depthCoins", NumberRule.Positive) ?? DefaultDepthUsd / spot;

        bool hasVol = u.Find("vol") is not null;
        bool hasHeston = u.Find("heston") is not null;
        if (hasVol == hasHeston)
        {
            throw hasVol
                ? u.Error("heston", "give either vol (Black-Scholes) or heston, not both")
                : u.Error("vol", "is missing: give exactly one of vol (Black-Scholes) or heston");
        }
        // Jumps on a vol underlying make Merton, on a heston one Bates.
        JumpParameters? jumps = u.OptionalObject("jumps", JumpFields) is { } j
            ? new JumpParameters(j.Number("lambda", JumpRules["lambda"]), j.Number("mean", JumpRules["mean"]),
                j.Number("stdev", JumpRules["stdev"]))
            : null;
        UnderlyingModel model;
        if (hasVol)
        {
            model = new UnderlyingModel(u.Number("vol", NumberRule.Positive), null, jumps);
        }
        else
        {
            StrictJsonObject h = u.Object("heston", HestonFields);
            var heston = new HestonParameters(
                h.Number("v0", HestonRules["v0"]), h.Number("kappa", HestonRules["kappa"]),
                h.Number("theta", HestonRules["theta"]), h.Number("xi", HestonRules["xi"]),
                h.Number("rho", HestonRules["rho"]));
            model = new UnderlyingModel(null, heston, jumps);
        }
        return new UnderlyingMarket(name, spot, carry, drift, depth, model);
    }
}
