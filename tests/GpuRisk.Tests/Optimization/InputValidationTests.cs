using GpuRisk.Markets;
using GpuRisk.Optimization;

namespace GpuRisk.Tests.Optimization;

/// <summary>Bad input is an <see cref="ArgumentException"/> (the CLI maps it to exit code 2), raised before any work.</summary>
public sealed class InputValidationTests
{
    private static readonly double Dt = 1 / 8760.0;
    private static readonly RegimeHedgeLaw Calm = BlackScholesHedgeLaw.Create("calm", 100_000, 0.5, 1e-4, Dt, feeBps: 5, gasUsd: 2);
    private static readonly HedgeBandProblem Good = new([Calm, Calm with { Name = "stressed" }], [[0.9, 0.1], [0.2, 0.8]], Dt, 1e-4);

    public static TheoryData<string, HedgeBandProblem> BadProblems => new()
    {
        { "zero risk aversion", Good with { RiskAversionPerUsd = 0 } },
        { "negative risk aversion", Good with { RiskAversionPerUsd = -1e-4 } },
        { "NaN risk aversion", Good with { RiskAversionPerUsd = double.NaN } },
        { "infinite risk aversion", Good with { RiskAversionPerUsd = double.PositiveInfinity } },
        { "zero check", Good with { CheckYears = 0 } },
        { "no regime", Good with { Regimes = [], TransitionPerCheck = [] } },
        { "row sums to 1.1", Good with { TransitionPerCheck = [[0.9, 0.2], [0.2, 0.8]] } },
        { "row sums to 0.9", Good with { TransitionPerCheck = [[0.9, 0.1], [0.1, 0.8]] } },
        { "negative probability", Good with { TransitionPerCheck = [[1.1, -0.1], [0.2, 0.8]] } },
        { "matrix not square", Good with { TransitionPerCheck = [[1.0], [0.2, 0.8]] } },
        { "matrix of the wrong size", Good with { TransitionPerCheck = [[1.0]] } },
        { "two recurrent classes", Good with { TransitionPerCheck = [[1.0, 0.0], [0.0, 1.0]] } },
        { "negative target variance", Good with { Regimes = [Calm with { TargetIncrement = new TargetIncrementLaw(-1e-3) }, Calm] } },
        { "negative E2", Good with { Regimes = [Calm, Calm with { HedgeErrorVarianceUsd2PerCoin2 = -1 }] } },
        { "NaN E2", Good with { Regimes = [Calm, Calm with { HedgeErrorVarianceUsd2PerCoin2 = double.NaN }] } },
        { "negative jump sd", Good with { Regimes = [Calm with { TargetIncrement = new TargetIncrementLaw(1e-3, 0.1, new NormalJumpSize(0, -1)) }, Calm] } },
        { "jump probability above 1", Good with { Regimes = [Calm with { TargetIncrement = new TargetIncrementLaw(1e-3, 1.5, new NormalJumpSize(0, 1)) }, Calm] } },
        { "jump without a size law", Good with { Regimes = [Calm with { TargetIncrement = new TargetIncrementLaw(1e-3, 0.1) }, Calm] } },
        { "empty jump sample", Good with { Regimes = [Calm with { TargetIncrement = new TargetIncrementLaw(1e-3, 0.1, new EmpiricalJumpSize([])) }, Calm] } },
        { "failure probability above 1", Good with { Regimes = [Calm with { Costs = new CostModel(5, 0, 2, 1.2) }, Calm] } },
        { "negative fee", Good with { Regimes = [Calm with { Costs = new CostModel(-5, 0, 2, 0) }, Calm] } },
        { "zero spot", Good with { Regimes = [Calm with { SpotUsd = 0 }, Calm] } },
        { "zero depth", Good with { Regimes = [Calm with { DepthCoins = 0 }, Calm] } },
        { "even grid", Good with { Grid = new MismatchGridSettings(1.0, 100) } },
        { "negative grid range", Good with { Grid = new MismatchGridSettings(-1.0, 101) } },
    };

    [Theory]
    [MemberData(nameof(BadProblems))]
    public void Bad_problem_is_an_argument_exception(string what, HedgeBandProblem problem)
    {
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => BandOptimizer.Solve(problem));
        Assert.False(string.IsNullOrEmpty(e.Message), what);
        Assert.ThrowsAny<ArgumentException>(() => PolicyEvaluator.Evaluate(problem, BandPolicy.Uniform(RegimeBand.Symmetric(0.3, 0), problem.Regimes?.Count ?? 0)));
    }

    [Fact]
    public void Bad_policy_options_or_schedule_is_an_argument_exception()
    {
        Assert.ThrowsAny<ArgumentException>(() => PolicyEvaluator.Evaluate(Good, BandPolicy.Uniform(RegimeBand.Symmetric(0.3, 0), 1)));
        Assert.ThrowsAny<ArgumentException>(() => PolicyEvaluator.Evaluate(Good, BandPolicy.Uniform(RegimeBand.Symmetric(-0.3, 0), 2)));
        Assert.ThrowsAny<ArgumentException>(() => PolicyEvaluator.Evaluate(Good, BandPolicy.Uniform(RegimeBand.Symmetric(0.3, 0.5), 2)));
        Assert.ThrowsAny<ArgumentException>(() => BandOptimizer.Solve(Good, new BandOptimizerOptions(Tolerance: 0)));
        Assert.ThrowsAny<ArgumentException>(() => BandOptimizer.Solve(Good, new BandOptimizerOptions(MaxIterations: 0)));
        Assert.ThrowsAny<ArgumentException>(() => BandOptimizer.Schedule(Good, []));
        Assert.ThrowsAny<ArgumentException>(() => BandOptimizer.Schedule(Good, [new ScheduleBucket(0, Good.Regimes)]));
        Assert.ThrowsAny<ArgumentException>(() => BandOptimizer.Schedule(Good, [new ScheduleBucket(10, [Calm, Calm])]));
    }
}
