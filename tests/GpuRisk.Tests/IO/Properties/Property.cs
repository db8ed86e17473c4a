using CsCheck;

namespace GpuRisk.Tests.IO.Properties;

/// <summary>
/// Runs a property over inputs drawn from a CsCheck generator with a fixed seed, one after the other, so a run is
/// deterministic: the same inputs in the same order on every machine. A failure names the sample and prints it;
/// a property that does not finish in time (a hang in a reader) fails instead of stalling the suite.
/// </summary>
internal static class Property
{
    /// <summary>Far longer than the samples take (well under a second each); past it the reader is stuck.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>Checks <paramref name="property"/> on <paramref name="count"/> samples of <paramref name="gen"/> drawn from <paramref name="seed"/>.</summary>
    public static void ForAll<T>(Gen<T> gen, ulong seed, int count, Action<T> property, Func<T, string> print)
    {
        var pcg = new PCG(1, seed);
        var samples = new T[count];
        for (int i = 0; i < count; i++) samples[i] = gen.Generate(pcg, null!, out _);
        Task run = Task.Run(() =>
        {
            for (int i = 0; i < count; i++)
            {
                try
                {
                    property(samples[i]);
                }
                catch (Exception e)
                {
                    throw new Xunit.Sdk.XunitException($"sample {i} of seed {seed} failed: {e.GetType().Name}: {e.Message}\ninput: {print(samples[i])}\n{e}");
                }
            }
        });
        if (!run.Wait(Limit)) Assert.Fail($"a sample of seed {seed} did not finish within {Limit}: a reader hangs");
        run.GetAwaiter().GetResult();
    }
}
