"""Speed reference for `gpurisk bench`: QuantLib 1.29's MCEuropeanHestonEngine on the benchmark's model.

Not run by the tests (CI has no QuantLib). Run it by hand right after the bench, on the same machine, so both
see the same cores and the same load (quote the ratio, not the absolute figures; see the README):

    gpurisk bench --device cpu-simd --out bench.json
    /usr/bin/python3 quantlib_mc_heston_speed.py --bench bench.json

The model, steps and discretisation are those of src/GpuRisk/MonteCarlo/SimulationBenchmark.cs: Heston with
drift (rate) 0.04, v0 0.36, kappa 2, theta 0.40, xi 1.5, rho -0.5, 64 daily steps (T = 64/365, ACT/365),
Andersen's QE with martingale correction (HestonProcess.QuadraticExponentialMartingale, QuantLib's default),
S = K = 100, one thread. QuantLib walks in double, with a Mersenne twister and inverse-cumulative normals
("pseudorandom"); GpuRisk in float with Philox and Box-Muller. Throughput = samples x steps / seconds of NPV()
(the whole Monte Carlo run), the best of --repeats runs, per wall second and per CPU second (process time).

Two ratios are printed: wall (what a user waits for, on this machine now) and per CPU second (each side's work
per second of processor time it got). On a machine shared with other work the second one holds while the first
moves with the load: QuantLib's one thread takes its share of a core, the two SIMD workers theirs of two.
"""
import argparse
import json
import time

import QuantLib as ql

MODEL = dict(rate=0.04, v0=0.36, kappa=2.0, theta=0.40, xi=1.5, rho=-0.5)
STEPS = 64


def measure(samples, seed):
    today = ql.Date(24, 11, 2026)
    ql.Settings.instance().evaluationDate = today
    dc = ql.Actual365Fixed()
    rts = ql.YieldTermStructureHandle(ql.FlatForward(today, MODEL["rate"], dc))
    qts = ql.YieldTermStructureHandle(ql.FlatForward(today, 0.0, dc))
    s0 = ql.QuoteHandle(ql.SimpleQuote(100.0))
    process = ql.HestonProcess(rts, qts, s0, MODEL["v0"], MODEL["kappa"], MODEL["theta"], MODEL["xi"], MODEL["rho"],
                               ql.HestonProcess.QuadraticExponentialMartingale)
    engine = ql.MCEuropeanHestonEngine(process, "pseudorandom", timeSteps=STEPS, requiredSamples=samples, seed=seed)
    option = ql.VanillaOption(ql.PlainVanillaPayoff(ql.Option.Call, 100.0), ql.EuropeanExercise(today + STEPS))
    option.setPricingEngine(engine)
    start, cpu = time.perf_counter(), time.process_time()
    npv = option.NPV()
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    return samples * STEPS / seconds, samples * STEPS / cpu_seconds, npv, option.errorEstimate(), seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--samples", type=int, default=1 << 20, help="Monte Carlo samples (default 2^20, as the bench)")
    parser.add_argument("--repeats", type=int, default=2, help="runs; the best is kept (default 2)")
    parser.add_argument("--bench", help="a `gpurisk bench --out` file: print each simulation stage's ratio to QuantLib")
    args = parser.parse_args()
    runs = [measure(args.samples, 42 + r) for r in range(args.repeats)]
    rate, cpu_rate, npv, error, seconds = max(runs)
    print(f"QuantLib {ql.__version__} MCEuropeanHestonEngine (QE, 1 thread): {args.samples} x {STEPS} in {seconds:.2f} s, "
          f"{rate / 1e6:.3f} M path-steps/s, {cpu_rate / 1e6:.3f} M per CPU second (call {npv:.4f} +- {error:.4f})")
    if args.bench:
        with open(args.bench) as f:
            report = json.load(f)
        for stage in report["stages"]:
            if stage["unit"] != "path-step":
                continue
            line = (f"{stage.get('device', report['device'])} {stage['name']}: {stage['pathStepsPerSecond'] / 1e6:.1f} M path-steps/s"
                    f" = {stage['pathStepsPerSecond'] / rate:.0f} x QuantLib (wall)")
            if "pathStepsPerCpuSecond" in stage:
                per_cpu = stage["pathStepsPerCpuSecond"]
                line += f"; {per_cpu / 1e6:.1f} M per CPU second = {per_cpu / cpu_rate:.0f} x QuantLib per CPU second"
            print(line)


if __name__ == "__main__":
    main()
