using GpuRisk.MonteCarlo;

namespace GpuRisk.Tests.MonteCarlo;

public sealed class TimeGridTests
{
    /// <summary>Every expiry is a grid point; steps stay within [0.5, 1.5] of the uniform step or hold a shared expiry.</summary>
    [Fact]
    public void Holds_every_expiry_exactly_with_no_tiny_steps()
    {
        double day = 1 / 365.0;
        double[] expiries = [0.3 * day, 2.49 * day, 2.51 * day, 30 * day, 30.0001 * day, 45.7 * day];
        var grid = TimeGrid.Build(expiries, 2);
        foreach (double t in expiries)
        {
            int step = grid.StepEndingAt(t);
            Assert.Equal(t, grid.Time(step + 1));
        }
        Assert.Equal(45.7 * day, grid.Time(grid.Steps));
        for (int s = 0; s < grid.Steps; s++) Assert.True(grid.Dt(s) > 0);
        Assert.Equal(0, grid.EndDay(0));
        Assert.Equal(45, grid.EndDay(grid.Steps - 1));
    }
}
