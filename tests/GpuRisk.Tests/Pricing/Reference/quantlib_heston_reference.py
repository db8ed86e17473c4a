"""Reference values for tests/GpuRisk.Tests/Pricing: QuantLib 1.29 (Python bindings).

Not run by the tests (CI has no QuantLib); run by hand with `python3 quantlib_heston_reference.py`
and paste its output into HestonReferenceValues.cs / BatesReferenceValues.cs.

Heston: AnalyticHestonEngine(model, AndersenPiterbargOptCV, Integration.gaussLobatto(1e-12, 3e-16, 1e6),
andersenPiterbargEpsilon=1e-15). The default epsilon 1e-8 truncates the integral early and is off by up to
1e-7 USD (S=95000, K=118750, 7 days); at 1e-15 it agrees with the Gatheral form and with COSHestonEngine.
Convergence check: the same case by AnalyticHestonEngine(model, AndersenPiterbarg (the mean-variance control
variate), Integration.gaussKronrod(1e-12, 1e6), 1e-15); the largest difference is printed as a comment.
(The Gatheral form with gaussKronrod crashes QuantLib 1.29's recursive Kronrod at 1-day expiries.)
Bates: see bates_mixture_reference.py (BatesEngine itself is not accurate enough at short expiries).
Time: expiry = today + days, Actual365Fixed, so T = days / 365 exactly.
"""
import QuantLib as ql

today = ql.Date(24, 11, 2026)
ql.Settings.instance().evaluationDate = today
dc = ql.Actual365Fixed()
I = ql.AnalyticHestonEngine_Integration


def models(S, r, q, v0, kappa, theta, xi, rho, jumps):
    rts = ql.YieldTermStructureHandle(ql.FlatForward(today, r, dc))
    qts = ql.YieldTermStructureHandle(ql.FlatForward(today, q, dc))
    s0 = ql.QuoteHandle(ql.SimpleQuote(S))
    if jumps is None:
        m = ql.HestonModel(ql.HestonProcess(rts, qts, s0, v0, kappa, theta, xi, rho))
        return (ql.AnalyticHestonEngine(m, ql.AnalyticHestonEngine.AndersenPiterbargOptCV, I.gaussLobatto(1e-12, 3e-16, 1000000), 1e-15),
                ql.AnalyticHestonEngine(m, ql.AnalyticHestonEngine.AndersenPiterbarg, I.gaussKronrod(1e-12, 1000000), 1e-15))
    lam, nu, delta = jumps
    m = ql.BatesModel(ql.BatesProcess(rts, qts, s0, v0, kappa, theta, xi, rho, lam, nu, delta))
    return ql.BatesEngine(m, 1e-12, 1000000), ql.BatesEngine(m, 192)


def npv(engine, kind, K, days):
    opt = ql.VanillaOption(ql.PlainVanillaPayoff(kind, K), ql.EuropeanExercise(today + days))
    opt.setPricingEngine(engine)
    return opt.NPV()


# (name, S, r, carry, v0, kappa, theta, xi, rho)
HESTON_SETS = [
    ("designBtc", 95000.0, 0.04, 0.0, 0.25, 3.0, 0.30, 1.0, -0.3),
    ("lowVolSteepSkew", 95000.0, 0.04, 0.0, 0.09, 1.0, 0.09, 2.0, -0.9),
    ("highVolPositiveRho", 95000.0, 0.04, 0.01, 2.25, 2.0, 1.0, 2.0, 0.5),
    ("fellerViolated", 95000.0, 0.04, 0.0, 0.5, 0.5, 0.6, 1.5, -0.6),
    ("eth", 3400.0, 0.04, 0.02, 0.5625, 4.0, 0.49, 1.2, -0.5),
]
MONEYNESS = [0.5, 0.8, 1.0, 1.25, 2.0]
DAYS = [1, 7, 30, 365, 730]
JUMP_SETS = [("designJumps", (3.0, -0.06, 0.10)), ("crashJumps", (12.0, -0.15, 0.20))]


def table(jumps, label):
    worst = 0.0
    print(f"    // {label}: name, spot, rate, carry, v0, kappa, theta, xi, rho, strike, days, call, put")
    for name, S, r, q, v0, kappa, theta, xi, rho in HESTON_SETS:
        ref, check = models(S, r, q, v0, kappa, theta, xi, rho, jumps)
        for days in DAYS:
            for m in MONEYNESS:
                K = m * S
                c, p = npv(ref, ql.Option.Call, K, days), npv(ref, ql.Option.Put, K, days)
                c2, p2 = npv(check, ql.Option.Call, K, days), npv(check, ql.Option.Put, K, days)
                for a, b in ((c, c2), (p, p2)):
                    worst = max(worst, abs(a - b) / max(abs(a), 1.0))
                print(f'    new("{name}", {S!r}, {r!r}, {q!r}, {v0!r}, {kappa!r}, {theta!r}, {xi!r}, {rho!r}, {K!r}, {days}, {c!r}, {p!r}),')
    print(f"    // largest |difference| between the two QuantLib settings, relative to max(price, 1 USD): {worst:.2e}")


if __name__ == "__main__":
    table(None, "Heston")
