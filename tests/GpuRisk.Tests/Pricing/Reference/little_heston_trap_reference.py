"""Reference values for AnalyticHestonEngineTests: the Little Heston Trap cases and the Kahl-Jaeckel case.

QuantLib 1.29 (Python bindings), engines as in quantlib_heston_reference.py: AnalyticHestonEngine with
AndersenPiterbargOptCV and gaussLobatto(1e-12, 3e-16, 1e6), epsilon 1e-15 (the reference), and with
AndersenPiterbarg and gaussKronrod(1e-12, 1e6) (the check); the largest relative difference is printed.
Little Heston Trap: Albrecher, Mayer, Schoutens, Tistaert, Wilmott (2007): S=100, r=0.025, q=0, v0=0.0175,
kappa=1.5768, theta=0.0398, xi=0.5751, rho=-0.5711; calls, T = 1, 10, 30 years, K = 80, 100, 120.
Kahl-Jaeckel: Wilmott (Sept 2005): S=100, K=200, T=10, v0=theta=0.16, kappa=1, xi=2, rho=-0.8, r=q=0.
Time: expiry = today + 365 T days, Actual365Fixed, so T is exact.
Usage: python3 little_heston_trap_reference.py
"""
import QuantLib as ql
from quantlib_heston_reference import models, npv

if __name__ == "__main__":
    worst = 0.0
    print("    // Little Heston Trap: years, strike, call")
    ref, check = models(100.0, 0.025, 0.0, 0.0175, 1.5768, 0.0398, 0.5751, -0.5711, None)
    for years in (1, 10, 30):
        for K in (80.0, 100.0, 120.0):
            c, c2 = npv(ref, ql.Option.Call, K, 365 * years), npv(check, ql.Option.Call, K, 365 * years)
            worst = max(worst, abs(c - c2) / abs(c))
            print(f"    [InlineData({years:.1f}, {K!r}, {c!r})]")
    ref, check = models(100.0, 0.0, 0.0, 0.16, 1.0, 0.16, 2.0, -0.8, None)
    c, c2 = npv(ref, ql.Option.Call, 200.0, 3650), npv(check, ql.Option.Call, 200.0, 3650)
    worst = max(worst, abs(c - c2) / abs(c))
    print(f"    // Kahl-Jaeckel call: {c!r}")
    print(f"    // largest relative difference between the two QuantLib settings: {worst:.1e}")
