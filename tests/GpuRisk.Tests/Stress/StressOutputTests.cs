using System.Text.Json;
using System.Xml.Linq;
using GpuRisk.Books;
using GpuRisk.Stress;
using Parquet.Serialization;
using static GpuRisk.Tests.Stress.StressFixtures;

namespace GpuRisk.Tests.Stress;

/// <summary>The files of <c>stress --out D</c>: DESIGN.md's JSON shape, the Parquet rows, a well-formed SVG, the text table.</summary>
public sealed class StressOutputTests(CpuAcceleratorFixture fx) : IClassFixture<CpuAcceleratorFixture>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gpurisk-stress-" + Guid.NewGuid().ToString("N"));

    private StressResult Result() => fx.Engine.Run(
        Book(Option("c", "BTC", PositionKind.Call, 100000, 30, 1.0), Option("p", "ETH", PositionKind.Put, 3000, 60, -5.0)),
        Market(0.04, BlackScholes("BTC", 95000, 0.6), BlackScholes("ETH", 3400, 0.75)),
        StressGrid.DeribitDefault);

    [Fact]
    public async Task WritesDesignShapedJsonParquetAndSvg()
    {
        StressResult r = Result();
        await StressOutputs.WriteAllAsync(r, _folder);

        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, StressOutputs.Json)));
        JsonElement cells = doc.RootElement.GetProperty("cells");
        Assert.Equal(r.Cells.Count, cells.GetArrayLength());
        JsonElement first = cells[0];
        foreach (string field in new[] { "underlying", "spotShock", "volShock", "valueChange", "delta", "gamma", "vega", "theta" })
        {
            Assert.True(first.TryGetProperty(field, out _), field);
        }
        JsonElement worst = doc.RootElement.GetProperty("worst");
        Assert.Equal(r.Worst.Total.ValueChange, worst.GetProperty("valueChange").GetDouble());
        Assert.Equal(r.Worst.Underlying, worst.GetProperty("underlying").GetString());
        // One applied shift per shocked (underlying, expiry) of the book's options: BTC 30 days, ETH 60 days.
        JsonElement[] shifts = worst.GetProperty("volShifts").EnumerateArray().ToArray();
        Assert.Equal(["BTC", "ETH"], shifts.Select(x => x.GetProperty("underlying").GetString()));
        Assert.Equal([30.0, 60.0], shifts.Select(x => x.GetProperty("daysToExpiry").GetDouble()));
        Assert.All(shifts, x => Assert.Equal(x.GetProperty("scaled").GetDouble(), x.GetProperty("applied").GetDouble()));
        Assert.Contains(cells.EnumerateArray(), c => c.GetProperty("underlying").GetString() == "ALL");

        await using var stream = File.OpenRead(Path.Combine(_folder, StressOutputs.Parquet));
        var rows = (await ParquetSerializer.DeserializeAsync<RiskMatrixRow>(stream)).Data;
        Assert.Equal(r.Cells.Count * 3, rows.Count);
        var total = rows.Where(x => x.Scope == RiskMatrixParquet.Total).ToArray();
        Assert.Equal(r.Cells.Select(c => c.Total.ValueChange), total.Select(x => x.ValueChange));

        XDocument svg = XDocument.Load(Path.Combine(_folder, StressOutputs.HeatMapSvg));
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        // Every cell of the ALL grid is labelled with its value change.
        string svgText = string.Concat(svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value + "|"));
        foreach (StressCell c in r.Cells.Where(c => c.Underlying == StressResult.All))
        {
            Assert.Contains(c.Total.ValueChange.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), svgText);
        }
        byte[] png = File.ReadAllBytes(Path.Combine(_folder, StressOutputs.HeatMapPng));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public void TextTableHasEverySpotColumnAndTheWorstCell()
    {
        StressResult r = Result();
        string text = RiskMatrixText.Render(r);
        Assert.Contains("-16%", text);
        Assert.Contains("+500%", text);
        Assert.Contains("Worst:", text);
        // The worst cell (every underlying, vol up) says the shift it applied to each underlying's options.
        Assert.Contains("vol shift applied to BTC: +0.45 over 1 expiry", text);
        Assert.Contains("vol shift applied to ETH: +0.", text);
        // Title, header, one line per distinct vol shock (-0.3, 0, +0.45), the worst cell and its two shift lines.
        Assert.Equal(1 + 1 + 3 + 1 + 2, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
