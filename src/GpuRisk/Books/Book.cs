namespace GpuRisk.Books;

/// <summary>A validated book: positions in file order, and the file they came from.</summary>
public sealed record Book(IReadOnlyList<Position> Positions, string SourceFile)
{
    /// <summary>The distinct underlyings the book refers to, in order of first appearance.</summary>
    public IReadOnlyList<string> Underlyings =>
        Positions.Select(p => p.Underlying).Distinct(StringComparer.Ordinal).ToArray();
}
