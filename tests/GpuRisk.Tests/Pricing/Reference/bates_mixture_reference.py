"""Bates reference values for the tests, independent of QuantLib's BatesEngine (QuantLib 1.29, run by hand).

Jumps are independent of the Heston diffusion, so with N ~ Poisson(lambda T) jumps of size N(mu, delta^2),
S_T(Bates) = S_T(Heston) exp(sum J - lambda kbar T), kbar = e^(mu + delta^2/2) - 1, and
V_Bates(S) = sum_n P(N = n) E_Z[V_Heston(S exp(n mu + sqrt(n) delta Z - lambda kbar T))], Z ~ N(0, 1).
V_Heston: AnalyticHestonEngine(model, AndersenPiterbarg, Integration.gaussKronrod(1e-12, 1e6), andersenPiterbargEpsilon=1e-15).
E_Z: composite 8-point Gauss-Legendre on [-9, 9], panels of half the payoff-kink width
w = sqrt(max(v0, theta) T)/(sqrt(n) delta) within 10 w of the kink, of 1.0 elsewhere (where the integrand is
smooth on the scale of the normal density); the Poisson sum stops beyond the mean once P(N = n) < 1e-15.
Why not BatesEngine: BatesEngine(model, 1e-12, 1e6) (Gatheral form, Gauss-Lobatto) is off by up to ~5e-6 USD
at 1-day expiries (a negative call of -5e-6 USD at S=95000 K=190000), and BatesEngine(model, 192) (Gauss-Laguerre)
by up to 8% at short expiries. BatesEngine(model, 1e-12, 1e6) is printed beside the mixture for each case.
Usage: python3 bates_mixture_reference.py [JUMPS [SET [DAYS]]], e.g. `designJumps designBtc 730` for the
2-year rows of QuantLibReferenceValues.BatesDesignJumps; each argument left out means all of them.
Each 2-year mixture value takes a few seconds, the whole grid a few hours: generate what the tests cache.
"""
import math
import QuantLib as ql
from quantlib_heston_reference import HESTON_SETS, MONEYNESS, JUMP_SETS, today, dc, I, models, npv

GL_X = [0.1834346424956498, 0.5255324099163290, 0.7966664774136267, 0.9602898564975363]
GL_W = [0.3626837833783620, 0.3137066458778873, 0.2223810344533745, 0.1012285362903763]


def panels(lo, hi, width):
    m = max(1, int(math.ceil((hi - lo) / width)))
    h = (hi - lo) / m
    return [(lo + i * h, lo + (i + 1) * h) for i in range(m)]


def mixture(S, r, q, v0, kappa, theta, xi, rho, jumps, K, days):
    lam, mu, delta = jumps
    T = days / 365.0
    kbar = math.exp(mu + 0.5 * delta * delta) - 1.0
    rts = ql.YieldTermStructureHandle(ql.FlatForward(today, r, dc))
    qts = ql.YieldTermStructureHandle(ql.FlatForward(today, q, dc))
    quote = ql.SimpleQuote(S)
    m = ql.HestonModel(ql.HestonProcess(rts, qts, ql.QuoteHandle(quote), v0, kappa, theta, xi, rho))
    engine = ql.AnalyticHestonEngine(m, ql.AnalyticHestonEngine.AndersenPiterbarg, I.gaussKronrod(1e-12, 1000000), 1e-15)
    opts = [ql.VanillaOption(ql.PlainVanillaPayoff(k, K), ql.EuropeanExercise(today + days)) for k in (ql.Option.Call, ql.Option.Put)]
    for o in opts:
        o.setPricingEngine(engine)

    def at(log_shift):
        quote.setValue(S * math.exp(log_shift - lam * kbar * T))
        return opts[0].NPV(), opts[1].NPV()

    call, put = 0.0, 0.0
    n, pn = 0, math.exp(-lam * T)
    while True:
        if n == 0:
            c, p = at(0.0)
        else:
            s = math.sqrt(n) * delta
            w = math.sqrt(max(v0, theta) * T) / s
            kink = (math.log(K / S) + lam * kbar * T - n * mu) / s
            a, b = min(max(kink - 10 * w, -9.0), 9.0), min(max(kink + 10 * w, -9.0), 9.0)
            mesh = panels(-9.0, a, 1.0) if a > -9.0 else []
            mesh += panels(a, b, 0.5 * w) if b > a else []
            mesh += panels(b, 9.0, 1.0) if b < 9.0 else []
            c, p = 0.0, 0.0
            for lo, hi in mesh:
                centre, half = 0.5 * (lo + hi), 0.5 * (hi - lo)
                for x, wt in zip(GL_X, GL_W):
                    for z in (centre - half * x, centre + half * x):
                        dens = wt * half * math.exp(-0.5 * z * z) / math.sqrt(2.0 * math.pi)
                        cz, pz = at(n * mu + s * z)
                        c += dens * cz
                        p += dens * pz
        call += pn * c
        put += pn * p
        n += 1
        pn *= lam * T / n
        if n > lam * T and pn < 1e-15:
            return call, put


# Bates uses a smaller grid than Heston: each mixture value costs thousands of QuantLib Heston prices.
BATES_SETS = [h for h in HESTON_SETS if h[0] in ("designBtc", "lowVolSteepSkew", "highVolPositiveRho", "eth")]
BATES_DAYS = [1, 7, 30, 365, 730]

if __name__ == "__main__":
    import sys
    want_jumps, want_set, want_days = (sys.argv[1:] + [None, None, None])[:3]
    for jname, j in JUMP_SETS:
        if want_jumps not in (None, jname):
            continue
        print(f"    // Bates {jname}: lambda, mean, stdev = {j}; name, spot, rate, carry, v0, kappa, theta, xi, rho, strike, days, call, put")
        worst = 0.0
        for name, S, r, q, v0, kappa, theta, xi, rho in BATES_SETS:
            if want_set not in (None, name):
                continue
            bates, _ = models(S, r, q, v0, kappa, theta, xi, rho, j)
            for days in BATES_DAYS:
                if want_days not in (None, str(days)):
                    continue
                for mny in MONEYNESS:
                    K = mny * S
                    c, p = mixture(S, r, q, v0, kappa, theta, xi, rho, j, K, days)
                    bc, bp = npv(bates, ql.Option.Call, K, days), npv(bates, ql.Option.Put, K, days)
                    worst = max(worst, abs(bc - c), abs(bp - p))
                    print(f'        new("{name}", {S!r}, {r!r}, {q!r}, {v0!r}, {kappa!r}, {theta!r}, {xi!r}, {rho!r}, {K!r}, {days}, {c!r}, {p!r}), '
                          f'// BatesEngine {bc:.10g} {bp:.10g}', flush=True)
        print(f"        // largest |BatesEngine - mixture| in USD: {worst:.2e}")
