using GpuRisk.Optimization;
using Xunit;

namespace GpuRisk.Tests.Optimization;

public class FrontierSpecTests
{
    /// <summary>
    /// 1e-6..1e-4:9 is the quarter decades 10^(-6 + i/4): the ends exactly as written, the points between within
    /// the 4-digit rounding of the geometric sequence, and the middle exactly 1e-5 (the exported risk aversion).
    /// </summary>
    [Fact]
    public void A_frontier_is_the_geometric_sequence_rounded_to_four_digits_between_its_exact_ends()
    {
        Assert.Null(FrontierSpec.TryParse("1e-6..1e-4:9", out double[] points));

        Assert.Equal(9, points.Length);
        Assert.Equal(1e-6, points[0]);
        Assert.Equal(1e-4, points[^1]);
        Assert.Equal(1e-5, FrontierSpec.Middle(points));
        for (int i = 0; i < points.Length; i++)
        {
            double exact = Math.Pow(10, -6 + i / 4.0);
            Assert.InRange(Math.Abs(points[i] / exact - 1), 0, 5e-4);
        }
        Assert.Equal(1.778e-6, points[1]);
    }
}
