using GpuRisk.MonteCarlo;

namespace GpuRisk.Tests.MonteCarlo;

public sealed class TimeGridTests
{
    /// <summary>
    /// Every expiry is a grid point, and no step is tiny: each step lies within [0.5, 1.5] uniform steps,
    /// except next to an expiry that had to be inserted because the uniform point nearest to it was already
    /// taken by another expiry (a shared point).
    /// </summary>
    [Fact]
    public void Holds_every_expiry_exactly_with_no_tiny_steps()
    {
        double day = 1 / 365.0;
        double uniform = day / 2;
        double[] expiries = [0.3 * day, 2.49 * day, 2.51 * day, 30 * day, 30.0001 * day, 45.7 * day];
        // 2.49 and 2.51 days both round to half-day point 5, 30 and 30.0001 days to point 60: the first of each
        // pair takes the point, the second is inserted beside it.
        double[] inserted = [2.51 * day, 30.0001 * day];
        var grid = TimeGrid.Build(expiries, 2);
        foreach (double t in expiries)
        {
            int step = grid.StepEndingAt(t);
            Assert.Equal(t, grid.Time(step + 1));
        }
        Assert.Equal(45.7 * day, grid.Time(grid.Steps));
        int nextToInserted = 0;
        for (int s = 0; s < grid.Steps; s++)
        {
            double ratio = grid.Dt(s) / uniform;
            if (inserted.Contains(grid.Time(s)) || inserted.Contains(grid.Time(s + 1)))
            {
                nextToInserted++;
                Assert.True(ratio > 0, $"step {s} has length {ratio} uniform steps");
                continue;
            }
            Assert.InRange(ratio, 0.5, 1.5);
        }
        Assert.Equal(2 * inserted.Length, nextToInserted);
        // The uniform part: 45.7 days at 2 steps a day end on point 91 (45.5 days, moved to 45.7), plus the two inserted.
        Assert.Equal(91 + inserted.Length, grid.Steps);
        Assert.Equal(0, grid.EndDay(0));
        Assert.Equal(45, grid.EndDay(grid.Steps - 1));
    }
}
