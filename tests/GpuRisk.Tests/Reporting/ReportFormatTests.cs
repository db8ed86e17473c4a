using GpuRisk.Reporting;

namespace GpuRisk.Tests.Reporting;

/// <summary>How the report rounds: to the error's second significant digit, to four digits when bare, by column in tables.</summary>
public sealed class ReportFormatTests
{
    [Theory]
    [InlineData(525_589.8203, 13_205.7865, "525,590 ± 13,206")]
    [InlineData(347.30, 1.2345, "347.3 ± 1.2")]
    [InlineData(0.808117, 0.000142, "0.80812 ± 0.00014")]
    [InlineData(-1_746.9, 819.4, "−1,747 ± 819")]
    [InlineData(1_234.5, 0.0, "1,235")]
    public void FigureWithErrorIsRoundedToTheErrorsSecondDigit(double x, double stderr, string expected) =>
        Assert.Equal(expected, ReportFormat.WithError(x, stderr));

    [Theory]
    [InlineData(562_421.3351, "562,421")]
    [InlineData(347.4457, "347.4")]
    [InlineData(0.8, "0.8")]
    [InlineData(-6_503_576.57, "−6,503,577")]
    [InlineData(0.0, "0")]
    public void BareFigureKeepsFourSignificantDigits(double x, string expected) => Assert.Equal(expected, ReportFormat.Number(x));

    [Fact]
    public void IntervalSharesTheFiguresDecimals()
    {
        Assert.Equal(("1,083,295", "1,064,317 – 1,104,630"), ReportFormat.WithInterval(1_083_295.3, 1_064_317.4, 1_104_629.7));
        Assert.Equal(("1.210", "1.060 – 1.360"), ReportFormat.WithInterval(1.21, 1.06, 1.36));
        Assert.Equal(("5", ReportFormat.Missing), ReportFormat.WithInterval(5, null, 6));
    }

    [Fact]
    public void ColumnShowsEveryWrittenDigitAndAlignsDecimals()
    {
        Assert.Equal(2, ReportFormat.ColumnDecimals([1.62, 96.4, 43.0, null, 0]));
        Assert.Equal(0, ReportFormat.ColumnDecimals([7_420, 21_350.25]));
        Assert.Equal(0, ReportFormat.ColumnDecimals([]));
    }

    [Fact]
    public void ShocksLevelsSeedsAndRiskAversions()
    {
        Assert.Equal("+500%", ReportFormat.SignedPercent(5));
        Assert.Equal("−16%", ReportFormat.SignedPercent(-0.16));
        Assert.Equal("+0.45", ReportFormat.Signed(0.45));
        Assert.Equal("99.9%", ReportFormat.Level(0.999));
        Assert.Equal("20261124", ReportFormat.Integer(20_261_124));
        Assert.Equal("2e−6", ReportFormat.Scientific(2e-6));
        Assert.Equal(ReportFormat.Missing, ReportFormat.Number(null));
    }
}
