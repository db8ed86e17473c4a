"""Reference values for tests/GpuRisk.Tests/Stress: DevicePricingTests.QuantLibCases and StressEngineTests.

QuantLib 1.29 (Python bindings): AnalyticHestonEngine(model, relTolerance 1e-13, maxEvaluations 1e6) for Heston,
BatesEngine(model, 1e-13, 1e6) for Bates; flat rate and dividend curves, Actual365Fixed, expiry = today + days,
so T = days / 365 exactly.
Usage: python3 device_pricing_reference.py
"""
import math
import QuantLib as ql
from quantlib_heston_reference import today, dc

# spot, strike, days, rate, carry, v0, kappa, theta, xi, rho, lambda, jump mean, jump stdev, call
DEVICE_CASES = [
    (95000, 95000, 30, 0.04, 0.0, 0.25, 3.0, 0.30, 1.0, -0.3, 0, 0, 0, True),
    (95000, 60000, 7, 0.04, 0.0, 0.25, 3.0, 0.30, 1.0, -0.3, 0, 0, 0, False),
    (95000, 150000, 365, 0.04, 0.01, 0.36, 1.5, 0.49, 2.0, -0.9, 0, 0, 0, True),
    (95000, 80000, 1, 0.04, 0.0, 0.64, 2.0, 0.5, 1.5, 0.5, 0, 0, 0, False),
    (3400, 3000, 730, 0.04, 0.0, 0.09, 0.5, 0.16, 0.8, -0.5, 0, 0, 0, True),
    (95000, 95000, 30, 0.04, 0.0, 0.25, 3.0, 0.30, 1.0, -0.3, 3.0, -0.06, 0.10, True),
    (95000, 70000, 90, 0.04, 0.0, 0.25, 3.0, 0.30, 1.0, -0.3, 3.0, -0.06, 0.10, False),
    (100, 200, 3650, 0.0, 0.0, 0.16, 1.0, 0.16, 2.0, -0.8, 0, 0, 0, True),
]


def price(S, K, days, r, q, v0, kappa, theta, xi, rho, lam, mu, sd, call):
    rts = ql.YieldTermStructureHandle(ql.FlatForward(today, r, dc))
    qts = ql.YieldTermStructureHandle(ql.FlatForward(today, q, dc))
    s0 = ql.QuoteHandle(ql.SimpleQuote(S))
    if lam > 0:
        engine = ql.BatesEngine(ql.BatesModel(ql.BatesProcess(rts, qts, s0, v0, kappa, theta, xi, rho, lam, mu, sd)), 1e-13, 1000000)
    else:
        engine = ql.AnalyticHestonEngine(ql.HestonModel(ql.HestonProcess(rts, qts, s0, v0, kappa, theta, xi, rho)), 1e-13, 1000000)
    option = ql.VanillaOption(ql.PlainVanillaPayoff(ql.Option.Call if call else ql.Option.Put, K), ql.EuropeanExercise(today + days))
    option.setPricingEngine(engine)
    return option.NPV()


if __name__ == "__main__":
    print("    // DevicePricingTests.QuantLibCases: ..., expected")
    for case in DEVICE_CASES:
        print(f"    {list(case)} -> {price(*case)!r}")
    # StressEngineTests.HestonCellMatchesQuantLibAtShockedInputs: 30-day ATM put on 1 coin, then spot x 0.84 with
    # sqrt(v0) and sqrt(theta) both + 0.1.
    v0, theta = (math.sqrt(0.25) + 0.1) ** 2, (math.sqrt(0.30) + 0.1) ** 2
    base = price(95000, 95000, 30, 0.04, 0.0, 0.25, 3.0, 0.30, 1.0, -0.3, 0, 0, 0, False)
    shocked = price(95000 * 0.84, 95000, 30, 0.04, 0.0, v0, 3.0, theta, 1.0, -0.3, 0, 0, 0, False)
    print(f"    // stress cell: base {base!r}; shocked (v0 {v0!r}, theta {theta!r}) {shocked!r}")
