"""Reads the JMH JSON of bench/probes.sh and prints the probe-layer ratios against the targets.

    python3.11 bench/jmh_ratios.py jmh.json

Scores are JMH's average time in ns/op with its 99.9% confidence half-width (+-). A difference's
half-width is the two half-widths added in quadrature (an approximation; JMH gives no joint one).
"""
import json
import math
import sys

PREFIX = "org.herthon.bridge.bench."


forks = {}  # benchmark -> mean of each fork's measurement iterations


def load(path):
    scores = {}
    for result in json.load(open(path)):
        name = result["benchmark"][len(PREFIX):]
        params = result.get("params") or {}
        if params:
            name += "[" + ",".join(f"{v}" for v in params.values()) + "]"
        metric = result["primaryMetric"]
        error = metric.get("scoreError")
        if not isinstance(error, (int, float)) or math.isnan(error):
            error = float("nan")
        scores[name] = (metric["score"], error)
        forks[name] = [sum(it) / len(it) for it in metric.get("rawData", []) if it]
    return scores


def verdict(ok):
    return "MET" if ok else "NOT MET"


def main():
    scores = load(sys.argv[1])
    print(f"{'benchmark':50} {'ns/op':>9} {'+-':>7}   per-fork means")
    for name, (score, error) in sorted(scores.items()):
        print(f"{name:50} {score:9.3f} {error:7.3f}   " + " ".join(f"{m:.2f}" for m in forks.get(name, [])))

    def have(*names):
        return all(n in scores for n in names)

    if have("DisabledProbeBench.functionEntrySite", "DisabledProbeBench.functionEntrySiteProbesOff"):
        print()
        print("Disabled probe site (nothing attached, no recording) vs -Dherthon.probes=off, per site passed:")
        if "DisabledProbeBench.noProbeSite" in scores:
            print(f"  loop without any probe site:  {scores['DisabledProbeBench.noProbeSite'][0]:.3f} ns per iteration")
        for label, on, off in (("function__entry", "functionEntrySite", "functionEntrySiteProbesOff"),
                               ("line", "lineSite", "lineSiteProbesOff")):
            (a, ea), (b, eb) = scores["DisabledProbeBench." + on], scores["DisabledProbeBench." + off]
            diff = a - b
            print(f"  {label:16} {a:.3f} - {b:.3f} = {diff:+.3f} ns (+- {math.hypot(ea, eb):.3f})"
                  f"   target <= 1 ns: {verdict(diff <= 1.0)}")

    bare = scores.get("JfrProbeBench.bareLongCommit")
    if bare:
        b = bare[0]
        print()
        print(f"JFR, recording to disk; floor = bare one-long event commit: {b:.1f} ns")
        for kind in ("short", "typical", "long"):
            hook = scores.get(f"JfrProbeBench.probesFunctionEntry[{kind}]")
            twin = scores.get(f"JfrProbeBench.twinDirectCommit[{kind}]")
            if hook:
                print(f"  names {kind:7}: Probes.functionEntry (herthon.FunctionEntry only) {hook[0]:6.1f} ns"
                      f"  ratio to bare {hook[0] / b:.3f}")
            if twin:
                print(f"  names {kind:7}: twin FunctionEntryEvent committed directly        {twin[0]:6.1f} ns"
                      f"  ratio to bare {twin[0] / b:.3f}")
            if hook and twin:
                print(f"  names {kind:7}: the hook's own overhead (hook - direct)             {hook[0] - twin[0]:+6.1f} ns"
                      f"  hook / direct {hook[0] / twin[0]:.3f}   target <= 1.1: {verdict(hook[0] / twin[0] <= 1.1)}")
        call = scores.get("JfrProbeBench.pairFunctionCallOnly")
        full = scores.get("JfrProbeBench.pairEntryReturnCall")
        if call:
            print(f"  entry+return pair, herthon.FunctionCall only (1 event):        {call[0]:6.1f} ns"
                  f"  = {call[0] / b:.2f} x bare")
        if full:
            print(f"  entry+return pair, FunctionEntry+Return+Call (3 events):       {full[0]:6.1f} ns"
                  f"  = {full[0] / b:.2f} x bare = {full[0] / 3 / b:.2f} x bare per event")

    breakdown(scores)


def breakdown(scores):
    """JfrCostBreakdownBench: the fixed cost of a commit, and what each kind of string adds to it."""
    for disk in ("true", "false"):
        fixed = scores.get(f"JfrCostBreakdownBench.nullStringCommit[{disk}]")
        bare = scores.get(f"JfrCostBreakdownBench.bareLongCommit[{disk}]")
        if not (fixed and bare):
            continue
        f, b = fixed[0], bare[0]
        print()
        print(f"JFR cost breakdown, recording {'to disk' if disk == 'true' else 'in memory'}:")
        print(f"  fixed cost of a commit (one null string):  {f:6.1f} ns")
        print(f"  bare one-long event (the floor):           {b:6.1f} ns")
        for kind, how in (("short", "inline"), ("long", "pooled")):
            one = scores.get(f"JfrCostBreakdownBench.filenameStringCommit[{disk},{kind}]")
            twin = scores.get(f"JfrCostBreakdownBench.twinDirectCommit[{disk},{kind}]")
            hook = scores.get(f"JfrCostBreakdownBench.probesFunctionEntry[{disk},{kind}]")
            if one:
                print(f"  one {how} filename string adds:         {one[0] - f:+6.1f} ns")
            if twin:
                print(f"  twin with {kind:5} names, direct commit:   {twin[0]:6.1f} ns  ratio to bare {twin[0] / b:.3f}")
            if hook:
                print(f"  twin with {kind:5} names, through the hook:{hook[0]:6.1f} ns  ratio to bare {hook[0] / b:.3f}")
        plain = scores.get(f"JfrCostBreakdownBench.twinWithoutStrings[{disk}]")
        if plain:
            print(f"  twin without strings:                      {plain[0]:6.1f} ns  ratio to bare {plain[0] / b:.3f}")


if __name__ == "__main__":
    main()
