using GpuRisk.Optimization;

namespace GpuRisk.Tests.Optimization;

/// <summary>The target's move put on the grid keeps the continuous law's mean and variance.</summary>
public sealed class LatticeMassTests
{
    private const double Step = 0.01;

    /// <summary>
    /// A normal wider than a step (point weights at the lattice): mean and variance exact to about
    /// 8 pi^2 (sd/step)^2 exp(-2 pi^2 (sd/step)^2) relative (Poisson summation: 2.1e-7 at sd = step,
    /// 2e-9 at sd = 1.1 steps) plus ~1e-10 from the 7-sd truncation: 3e-7 relative.
    /// </summary>
    [Theory]
    [InlineData(0.0, 0.01)]
    [InlineData(0.0, 0.037)]
    [InlineData(0.123, 0.05)]
    [InlineData(-0.0456, 0.011)]
    public void Wide_normal_keeps_mean_and_variance(double mean, double sd)
    {
        LatticeMass lattice = LatticeMass.Normal(mean, sd, Step);
        Assert.Equal(1.0, Total(lattice), 1e-14);
        Assert.Equal(mean / Step, lattice.Mean(), 3e-7 * Math.Max(1, Math.Abs(mean / Step)));
        Assert.Equal(sd * sd / (Step * Step), lattice.Variance(), 3e-7 * sd * sd / (Step * Step));
    }

    /// <summary>
    /// A normal narrower than a step: split between neighbours (mean exact) plus three-point noise
    /// topping the variance up to sd^2, exact where the split leaves room (f (1 - f) step^2 &lt;= sd^2).
    /// </summary>
    [Theory]
    [InlineData(0.0, 0.004)]
    [InlineData(0.001, 0.005)]
    [InlineData(0.0231, 0.0099)]
    public void Narrow_normal_keeps_mean_and_variance(double mean, double sd)
    {
        LatticeMass lattice = LatticeMass.Normal(mean, sd, Step);
        Assert.Equal(1.0, Total(lattice), 1e-14);
        Assert.Equal(mean / Step, lattice.Mean(), 1e-12);
        Assert.Equal(sd * sd / (Step * Step), lattice.Variance(), 1e-12);
    }

    /// <summary>An empirical sample: each point split between its neighbours, so the mean is the sample mean exactly.</summary>
    [Fact]
    public void Points_keep_the_sample_mean()
    {
        double[] sample = [-0.3, -0.1234, 0.05, 0.2001];
        LatticeMass lattice = LatticeMass.Points(sample, Step);
        Assert.Equal(1.0, Total(lattice), 1e-14);
        Assert.Equal(sample.Average() / Step, lattice.Mean(), 1e-12);
    }

    /// <summary>
    /// Diffusion plus jumps: E[dD] = p E[J] and Var[dD] = v + p E[J^2] - (p E[J])^2, carried to the
    /// lattice by the mixture and convolution (each part exact as above).
    /// </summary>
    [Fact]
    public void Jump_diffusion_keeps_its_moments()
    {
        var law = new TargetIncrementLaw(0.03 * 0.03, 0.05, new NormalJumpSize(-0.2, 0.04));
        LatticeMass lattice = law.ToLattice(Step);
        double mean = 0.05 * -0.2, second = 0.03 * 0.03 + 0.05 * (0.04 * 0.04 + 0.2 * 0.2);
        Assert.Equal(mean / Step, lattice.Mean(), 1e-8);
        Assert.Equal((second - mean * mean) / (Step * Step), lattice.Variance(), 1e-8 * second / (Step * Step));
        Assert.Equal(second, law.SecondMomentCoins2, 1e-15);
    }

    /// <summary>Folding onto a short grid keeps every bit of mass and puts the tails on the end offsets.</summary>
    [Fact]
    public void Folding_keeps_mass_and_clamps_tails()
    {
        LatticeMass folded = LatticeMass.Normal(0.02, 0.05, Step).Folded(3);
        Assert.Equal(-3, folded.MinOffset);
        Assert.Equal(3, folded.MaxOffset);
        Assert.Equal(1.0, Total(folded), 1e-14);
        Assert.True(folded.Weight(3) > folded.Weight(2));
    }

    private static double Total(LatticeMass lattice)
    {
        double sum = 0;
        for (int j = lattice.MinOffset; j <= lattice.MaxOffset; j++) sum += lattice.Weight(j);
        return sum;
    }
}
