namespace GpuRisk.Tests.IO;

/// <summary>Asserts that loading input fails with an <see cref="InputException"/> pointing at the right place.</summary>
internal static class InputAssert
{
    /// <summary>Runs <paramref name="load"/> and checks the exception's file, row, field and problem text.</summary>
    public static InputException Throws(Action load, string file, string row, string field, string problemFragment)
    {
        InputException e = Assert.Throws<InputException>(load);
        Assert.Equal((file, row, field), (e.File, e.Row, e.Field));
        Assert.Contains(problemFragment, e.Problem, StringComparison.Ordinal);
        // The message is what the command line prints: it must name all three.
        Assert.Contains(file, e.Message, StringComparison.Ordinal);
        Assert.Contains(row, e.Message, StringComparison.Ordinal);
        Assert.Contains(field, e.Message, StringComparison.Ordinal);
        return e;
    }
}
