"""Reference values for tests/GpuRisk.Tests/MonteCarlo: PricingAccuracyTests and StatisticalTests.

QuantLib 1.29 (Python bindings), S = 100, r = 0.04, carry 0, Actual365Fixed, expiry = today + days (T = days/365).
Value: AnalyticEuropeanEngine (Black-Scholes), AnalyticHestonEngine(model, 1e-12, 100000) (Heston),
BatesEngine(model, 1e-12, 100000) (Bates; nu = the log-jump mean, delta = its stdev).
Greeks on one coin, by central differences of those prices: delta and gamma with dS = 1% of S; vega per 0.01
of vol, (V(+0.01) - V(-0.01)) / 2, shifting Black-Scholes vol or Heston's sqrt(v0) and sqrt(theta) together;
theta per calendar day, -(V(T + 1 day) - V(T - 1 day)) / 2 (not printed for 1-day options).
Usage: python3 monte_carlo_reference.py
"""
import math
import QuantLib as ql
from quantlib_heston_reference import today, dc

# name, (vol) or (v0, kappa, theta, xi, rho[, lambda, mean, stdev]), put, strike, days
CASES = [
    ("BS call 30d vol 65%", (0.65,), False, 100, 30),
    ("BS put K80 1y vol 120%", (1.2,), True, 80, 365),
    ("Heston call 1d, Feller violated", (0.36, 2.0, 0.40, 1.5, -0.5), False, 100, 1),
    ("Heston call 30d, Feller violated", (0.36, 2.0, 0.40, 1.5, -0.5), False, 100, 30),
    ("Heston put K85 90d xi 2 rho -0.9", (0.49, 1.0, 0.30, 2.0, -0.9), True, 85, 90),
    ("Heston call K130 1y rho +0.5", (0.25, 3.0, 0.30, 1.0, 0.5), False, 130, 365),
    ("Bates call 30d", (0.25, 3.0, 0.30, 1.0, -0.3, 3.0, -0.06, 0.10), False, 100, 30),
    ("Bates put K90 182d", (0.25, 3.0, 0.30, 1.0, -0.3, 3.0, -0.06, 0.10), True, 90, 182),
    # StatisticalTests: coverage (Black-Scholes 7 days) and the Heston bias at one step per day.
    ("StatisticalTests BS call 7d vol 65%", (0.65,), False, 100, 7),
]


def value(model, put, K, days, S=100.0, shift=0.0, r=0.04):
    rts = ql.YieldTermStructureHandle(ql.FlatForward(today, r, dc))
    qts = ql.YieldTermStructureHandle(ql.FlatForward(today, 0.0, dc))
    s0 = ql.QuoteHandle(ql.SimpleQuote(S))
    if len(model) == 1:
        vol = ql.BlackVolTermStructureHandle(ql.BlackConstantVol(today, ql.NullCalendar(), model[0] + shift, dc))
        engine = ql.AnalyticEuropeanEngine(ql.BlackScholesMertonProcess(s0, qts, rts, vol))
    else:
        v0, kappa, theta, xi, rho = model[:5]
        v0, theta = (math.sqrt(v0) + shift) ** 2, (math.sqrt(theta) + shift) ** 2
        if len(model) == 5:
            engine = ql.AnalyticHestonEngine(ql.HestonModel(ql.HestonProcess(rts, qts, s0, v0, kappa, theta, xi, rho)), 1e-12, 100000)
        else:
            lam, nu, delta = model[5:]
            engine = ql.BatesEngine(ql.BatesModel(ql.BatesProcess(rts, qts, s0, v0, kappa, theta, xi, rho, lam, nu, delta)), 1e-12, 100000)
    option = ql.VanillaOption(ql.PlainVanillaPayoff(ql.Option.Put if put else ql.Option.Call, K), ql.EuropeanExercise(today + days))
    option.setPricingEngine(engine)
    return option.NPV()


if __name__ == "__main__":
    print("    // name: value, delta, gamma, vega, theta")
    for name, model, put, K, days in CASES:
        v = value(model, put, K, days)
        dS = 1.0
        up, down = value(model, put, K, days, S=101.0), value(model, put, K, days, S=99.0)
        delta, gamma = (up - down) / (2 * dS), (up - 2 * v + down) / (dS * dS)
        vega = (value(model, put, K, days, shift=0.01) - value(model, put, K, days, shift=-0.01)) / 2
        theta = -(value(model, put, K, days + 1) - value(model, put, K, days - 1)) / 2 if days > 1 else float("nan")
        print(f"    {name}: {v:.10g}, {delta:.8g}, {gamma:.8g}, {vega:.8g}, {theta:.8g}")
