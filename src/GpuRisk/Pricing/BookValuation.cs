namespace GpuRisk.Pricing;

/// <summary>
/// What a pricing engine returns for a book: each position, and the book's total.
/// </summary>
/// <param name="Method">"analytic" or "mc".</param>
/// <param name="Device">The accelerator used ("cpu" for host-only analytic pricing).</param>
/// <param name="Paths">Monte Carlo paths (0 for analytic).</param>
/// <param name="Positions">Per position, in book order.</param>
/// <param name="Total">The whole book (its stderr from the engine, which knows the correlation of the estimates).</param>
/// <param name="TotalGreekErrors">Standard errors of the book's Monte Carlo Greeks; null when exact.</param>
public sealed record BookValuation(
    string Method,
    string Device,
    long Paths,
    IReadOnlyList<PositionValuation> Positions,
    Valuation Total,
    GreekStdErrs? TotalGreekErrors = null);
