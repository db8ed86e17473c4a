namespace GpuRisk.Hedging;

/// <summary>The rebalancing policies of DESIGN.md's backtest grammar.</summary>
public enum PolicyKind
{
    /// <summary><c>none</c>: never trade.</summary>
    None,
    /// <summary><c>band:X</c> or <c>band:X%</c>.</summary>
    Band,
    /// <summary><c>time:D</c>.</summary>
    Time,
    /// <summary><c>time-or-band:D,X[%]</c>.</summary>
    TimeOrBand,
    /// <summary><c>ww:gamma=G</c>.</summary>
    WhalleyWilmott,
    /// <summary><c>zakamouline:gamma=G</c>.</summary>
    Zakamouline,
    /// <summary><c>thresholds:FILE</c>.</summary>
    Thresholds,
    /// <summary><c>cppi:underlying=U,floor=F,m=M</c>.</summary>
    Cppi,
    /// <summary><c>voltarget:underlying=U,target=S,cap=L</c>.</summary>
    VolTarget,
}
