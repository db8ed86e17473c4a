namespace GpuRisk.Books;

/// <summary>What a book row holds. Options are on one coin, cash-settled at expiry.</summary>
public enum PositionKind
{
    /// <summary>European call: pays max(S - K, 0) per coin at expiry.</summary>
    Call,
    /// <summary>European put: pays max(K - S, 0) per coin at expiry.</summary>
    Put,
    /// <summary>Dated future: marked at the forward S e^((rate - carry) T).</summary>
    Future,
    /// <summary>Perpetual swap: marked at spot.</summary>
    Perp,
    /// <summary>Coins held outright: worth quantity x S.</summary>
    Spot,
}
