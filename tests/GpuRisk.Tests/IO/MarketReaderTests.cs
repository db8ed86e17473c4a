using System.Text;
using GpuRisk.IO;
using GpuRisk.Markets;
using GpuRisk.Models;

namespace GpuRisk.Tests.IO;

public class MarketReaderTests
{
    private const string MarketFile = "market.json";

    private static MarketSnapshot Read(string json) =>
        MarketReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), MarketFile);

    [Theory]
    [MemberData(nameof(BadInputCases.Markets), MemberType = typeof(BadInputCases))]
    public void Bad_market_names_file_path_and_field(string caseName, string json, string row, string field, string problem)
    {
        _ = caseName;
        InputAssert.Throws(() => Read(json), MarketFile, row, field, problem);
    }

    [Fact]
    public void Full_market_lands_in_the_right_records()
    {
        MarketSnapshot m = Read(BadInputCases.ValidMarketJson);

        // Values as written in BadInputCases.ValidMarketJson.
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), m.ValuationTime);
        Assert.Equal(0.04, m.Rate);
        Assert.Equal(MarketFile, m.SourceFile);
        Assert.Equal(["BTC", "ETH", "SOL"], m.Underlyings.Select(u => u.Name));

        UnderlyingMarket btc = m.Underlying("BTC");
        Assert.Equal(new UnderlyingMarket("BTC", 95000, 0.0, 0.10, 2000,
            new UnderlyingModel(null, new HestonParameters(0.25, 3.0, 0.30, 1.0, -0.3), new JumpParameters(3.0, -0.06, 0.10))), btc);
        Assert.Equal(ModelKind.Bates, btc.Model.Kind);
        UnderlyingMarket eth = m.Underlying("ETH");
        Assert.Equal(new UnderlyingMarket("ETH", 3400, 0.0, null, MarketReader.DefaultDepthUsd / 3400, UnderlyingModel.BlackScholes(0.75)), eth);
        Assert.Equal(ModelKind.Heston, m.Underlying("SOL").Model.Kind);
        Assert.Equal(0.01, m.Underlying("SOL").Carry);

        // "SOL/BTC" and "ETH/SOL" are given in the other order from the underlyings'; the matrix is symmetric.
        Assert.Equal(new[] { new[] { 1.0, 0.8, 0.6 }, new[] { 0.8, 1.0, 0.7 }, new[] { 0.6, 0.7, 1.0 } }, m.Correlation);

        RegimeChain r = m.Regimes;
        Assert.Equal(["calm", "normal", "stressed"], r.Names);
        Assert.Equal(1, r.Initial);
        Assert.Equal(new[] { new[] { 0.95, 0.05, 0.0 }, new[] { 0.03, 0.94, 0.03 }, new[] { 0.0, 0.15, 0.85 } }, r.TransitionPerDay);
        Assert.Equal(new ModelOverride(Theta: 0.8, JumpLambda: 12, Drift: -0.5), r.Overrides["stressed"]["BTC"]);
        Assert.Equal(new ModelOverride(Vol: 0.5), r.Overrides["calm"]["ETH"]);

        // Costs: "calm" gives only gasUsd; its other fields come from "default".
        Assert.Equal(new CostModel(3, 0.1, 2.0, 0.0), m.CostsIn(1));
        Assert.Equal(new CostModel(5, 0.3, 40.0, 0.2), m.CostsIn(2));
        Assert.Equal(new CostModel(3, 0.1, 1.0, 0.0), m.CostsIn(0));
    }

    [Fact]
    public void Regime_overrides_apply_through_UnderlyingIn()
    {
        MarketSnapshot m = Read(BadInputCases.ValidMarketJson);
        int stressed = 2;
        UnderlyingMarket btc = m.UnderlyingIn("BTC", stressed);
        Assert.Equal(new HestonParameters(0.25, 3.0, 0.8, 1.0, -0.3), btc.Model.Heston);
        Assert.Equal(new JumpParameters(12, -0.06, 0.10), btc.Model.Jumps);
        Assert.Equal(-0.5, btc.Drift);
        // SOL has no base jumps; the stressed regime adds all three, making it Bates there only.
        Assert.Equal(new JumpParameters(6, -0.1, 0.15), m.UnderlyingIn("SOL", stressed).Model.Jumps);
        Assert.Equal(ModelKind.Heston, m.UnderlyingIn("SOL", 1).Model.Kind);
        Assert.Equal(0.5, m.UnderlyingIn("ETH", 0).Model.Vol);
        Assert.Equal(0.75, m.UnderlyingIn("ETH", 1).Model.Vol);
    }

    [Fact]
    public void Minimal_market_gets_documented_defaults()
    {
        MarketSnapshot m = Read("""
            { "valuationTime": "2026-11-24T08:00:00Z", "rate": 0.0,
              "underlyings": { "BTC": { "spot": 100000, "vol": 0.6 }, "ETH": { "spot": 4000, "vol": 0.8 } } }
            """);
        Assert.Same(RegimeChain.Single, m.Regimes);
        Assert.Empty(m.Costs);
        Assert.Equal(CostModel.Zero, m.CostsIn(0));
        Assert.Equal(new[] { new[] { 1.0, 0.0 }, new[] { 0.0, 1.0 } }, m.Correlation); // pairs not given are 0
        UnderlyingMarket btc = m.Underlying("BTC");
        Assert.Equal((0.0, (double?)null, 1000.0), (btc.Carry, btc.Drift, btc.DepthCoins)); // 1e8 USD / 100,000 USD
    }

    [Fact]
    public void A_halted_chain_fails_every_rebalance()
    {
        // DESIGN.md: failProbability runs from 0 to 1, and 1 is a halted chain (no rebalance goes through).
        MarketSnapshot m = Read(BadInputCases.ValidMarketJson.Replace("\"failProbability\": 0.2", "\"failProbability\": 1"));
        Assert.Equal(new CostModel(5, 0.3, 40.0, 1.0), m.CostsIn(2));
    }

    [Fact]
    public void Boundary_correlation_matrix_of_rank_one_is_accepted()
    {
        // All three pairs at +1 give the all-ones matrix: eigenvalues 3, 0, 0 (PSD, on the boundary),
        // which round-off in the eigen solver must not turn into a rejection.
        MarketSnapshot m = Read(BadInputCases.ValidMarketJson.Replace("\"BTC/ETH\": 0.8, \"SOL/BTC\": 0.6, \"ETH/SOL\": 0.7",
            "\"BTC/ETH\": 1, \"SOL/BTC\": 1, \"ETH/SOL\": 1"));
        Assert.All(m.Correlation, row => Assert.All(row, c => Assert.Equal(1.0, c)));
    }

    [Fact]
    public void Malformed_json_message_gives_the_line()
    {
        InputException e = InputAssert.Throws(() => Read("{\n  \"rate\": 0.04,\n  \"valuationTime\" 5\n}"), MarketFile, "$", "json", "line 3");
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(e.InnerException);
    }

    [Fact]
    public void Invalid_utf8_is_an_input_error_and_a_bom_is_accepted()
    {
        // {"\xFF\xFE":1}: a property name that is not UTF-8.
        byte[] bad = [0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D];
        InputAssert.Throws(() => MarketReader.Read(new MemoryStream(bad), MarketFile), MarketFile, "file", "format", "not UTF-8");
        Assert.Equal(0.04, Read("\uFEFF" + BadInputCases.ValidMarketJson).Rate);
    }

    [Fact]
    public void Read_by_path_and_missing_file()
    {
        string path = Path.Combine(Path.GetTempPath(), $"gpurisk-io-{Environment.ProcessId}-market.json");
        File.WriteAllText(path, BadInputCases.ValidMarketJson);
        try
        {
            Assert.Equal(path, MarketReader.Read(path).SourceFile);
        }
        finally
        {
            File.Delete(path);
        }
        InputAssert.Throws(() => MarketReader.Read(path), path, "file", "path", "cannot open");
    }
}
