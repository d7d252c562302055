"""Seeded random configurations of anneal's torch.* nodes, as anneal schedule files.

    /usr/bin/python3 tools/torch-diff/generate.py --seed 13 --count 4000 > cases.jsonl

One JSON object per line: id, kind (the top node's class, with its members for composites),
steps (rows to compare: steps 0..steps-1), known (a reason from the list below when the case
hits a mismatch that is handled elsewhere, else null), config (the file as a mapping) and yaml
(the same file as anneal reads it). No PyTorch needed; run_torch.py adds PyTorch's values.

Only configurations that docs/format.md says anneal accepts are made, so that anneal refusing one
is a finding too. They include the shapes of three mismatches fixed since the first run: two
OneCycleLR in one tree (they share the param group's initial_lr/max_lr/min_lr), SequentialLR
milestones starting at 0, and a CosineAnnealingLR whose eta_min is far above its base_lr.
"""
import argparse
import json
import math
import random
import sys

LEAVES = ["ConstantLR", "LinearLR", "StepLR", "MultiStepLR", "ExponentialLR", "PolynomialLR",
          "CosineAnnealingLR", "CosineAnnealingWarmRestarts", "CyclicLR", "OneCycleLR"]


def loguniform(r, lo, hi):
    return math.exp(r.uniform(math.log(lo), math.log(hi)))


def magnitude(r):
    """A learning rate: nice values, any size from 1e-9 to 1e6, or 0."""
    u = r.random()
    if u < 0.35:
        return r.choice([0.1, 1.0, 3e-4, 0.01, 0.5, 1e-3, 2.0])
    if u < 0.8:
        return loguniform(r, 1e-9, 1e3)
    if u < 0.95:
        return loguniform(r, 1e3, 1e6)
    return 0.0


def iters(r, steps):
    """A length in steps: 1, small, about the run, or past it."""
    u = r.random()
    if u < 0.12:
        return 1
    if u < 0.25:
        return r.randint(2, 4)
    if u < 0.85:
        return r.randint(1, max(1, steps))
    return r.randint(steps, steps * 2 + 5)


def factor(r, low_inclusive):
    u = r.random()
    if u < 0.15:
        return 1.0
    if u < 0.25:
        return 0.0 if low_inclusive else 1e-6
    if u < 0.35:
        return r.choice([0.5, 0.1, 1.0 / 3, 0.25])
    x = r.random()
    return x if (x > 0 or low_inclusive) else 0.5


def eta_min(r, base):
    u = r.random()
    if u < 0.4:
        return 0.0
    if u < 0.65:
        return base * r.random()
    if u < 0.8:
        return base * r.uniform(1.0, 3.0)  # above base_lr: the cosine runs upside down
    if u < 0.9:
        return loguniform(r, 1e-10, 1e-2)
    return r.choice([0.001, 1e-6, base, -0.1 * base])


def gamma_decay(r):
    u = r.random()
    if u < 0.2:
        return r.choice([0.1, 0.5, 0.9, 0.99, 1.0])
    if u < 0.3:
        return r.choice([0.0, 1.1, 2.0, -0.5])
    return r.uniform(0.0, 1.0)


def constant_lr(r, steps, base):
    node = {"type": "torch.ConstantLR"}
    if r.random() < 0.85:
        node["factor"] = factor(r, False)
        node["total_iters"] = iters(r, steps)
    return node


def linear_lr(r, steps, base):
    node = {"type": "torch.LinearLR"}
    if r.random() < 0.9:
        node["start_factor"] = factor(r, False)
        node["end_factor"] = factor(r, True)
        node["total_iters"] = iters(r, steps)
    return node


def step_lr(r, steps, base):
    size = 1 if r.random() < 0.1 else iters(r, max(1, steps // 2))
    node = {"type": "torch.StepLR", "step_size": size}
    if r.random() < 0.85:
        g = gamma_decay(r)
        if abs(g) > 1 and steps / size * math.log(abs(g)) > 200:
            g = 0.5
        node["gamma"] = g
    return node


def multi_step_lr(r, steps, base):
    n = r.randint(1, 6) if r.random() < 0.8 else r.randint(7, 14)
    ms = [1 if r.random() < 0.15 else r.randint(0, steps + 10) for _ in range(n)]
    if r.random() < 0.75:
        ms = sorted(ms)
    node = {"type": "torch.MultiStepLR", "milestones": ms}
    if r.random() < 0.85:
        node["gamma"] = gamma_decay(r)
    return node


def exponential_lr(r, steps, base):
    u = r.random()
    g = r.choice([0.9, 0.99, 0.5, 1.0, 0.0]) if u < 0.3 else r.uniform(0.8, 1.03)
    return {"type": "torch.ExponentialLR", "gamma": g}


def polynomial_lr(r, steps, base):
    node = {"type": "torch.PolynomialLR"}
    if r.random() < 0.9:
        node["total_iters"] = iters(r, steps)
        node["power"] = r.choice([0.0, 0.5, 1.0, 2.0, 3.0, r.uniform(0.0, 5.0)])
    return node


def cosine_lr(r, steps, base):
    t = r.choice([1, 2, 3, steps, max(1, steps - 1), max(1, steps // 3), iters(r, steps)])
    node = {"type": "torch.CosineAnnealingLR", "T_max": t}
    if r.random() < 0.8:
        node["eta_min"] = eta_min(r, base)
    return node


def warm_restarts(r, steps, base):
    node = {"type": "torch.CosineAnnealingWarmRestarts", "T_0": r.choice([1, 2, iters(r, max(1, steps // 2))])}
    if r.random() < 0.6:
        node["T_mult"] = r.choice([1, 1, 2, 3])
    if r.random() < 0.8:
        node["eta_min"] = eta_min(r, base)
    return node


def cyclic_lr(r, steps, base):
    low = magnitude(r)
    high = low * loguniform(r, 1.0, 100.0) if r.random() < 0.85 else low * r.random()
    if high == 0.0:
        high = 0.1
    up = r.choice([1, 2, r.randint(1, max(1, steps // 2)), round(r.uniform(0.5, 20.0), 3)])
    node = {"type": "torch.CyclicLR", "base_lr": low, "max_lr": high, "step_size_up": up}
    if r.random() < 0.5:
        node["step_size_down"] = r.choice([1, r.randint(1, max(1, steps // 2)), round(r.uniform(0.5, 20.0), 3)])
    node["mode"] = r.choice(["triangular", "triangular2", "exp_range"])
    if node["mode"] == "exp_range" or r.random() < 0.2:
        node["gamma"] = r.choice([1.0, 0.99, r.uniform(0.9, 1.0), r.uniform(0.97, 1.005)])
    if r.random() < 0.3:
        node["scale_mode"] = r.choice(["cycle", "iterations"])
    node["cycle_momentum"] = r.random() < 0.6
    if r.random() < 0.4:
        node["base_momentum"] = round(r.uniform(0.5, 0.9), 4)
        node["max_momentum"] = round(r.uniform(0.85, 0.99), 4)
    return node


def one_cycle_phases_ok(pct, total, three):
    """Mirrors OneCycleLR.emptyPhaseReached: no step 0..total in a phase of length 0."""
    ends = [pct * total - 1, 2 * pct * total - 2, total - 1] if three else [pct * total - 1, total - 1]
    start, before = 0.0, -math.inf
    for i, end in enumerate(ends):
        first = 0 if before == -math.inf else max(0, math.floor(before) + 1)
        last = total if i == len(ends) - 1 else min(total, math.floor(end))
        if first <= last and end - start == 0:
            return False
        before = max(before, end)
        start = end
    return True


def one_cycle_lr(r, steps, base, total=None):
    while True:
        node = {"type": "torch.OneCycleLR", "max_lr": magnitude(r) or 0.1}
        n = total if total is not None else r.randint(2, 250)
        if r.random() < 0.2 and n >= 4:
            spe = r.choice([d for d in range(1, n + 1) if n % d == 0])
            node["epochs"], node["steps_per_epoch"] = n // spe, spe
        else:
            node["total_steps"] = n
        pct = r.choice([0.3, 0.25, 0.5, 0.0, 0.1, round(r.random(), 3), r.random()])
        node["pct_start"] = float(pct)
        node["anneal_strategy"] = r.choice(["cos", "linear"])
        node["three_phase"] = r.random() < 0.35
        node["cycle_momentum"] = r.random() < 0.6
        if r.random() < 0.3:
            node["base_momentum"] = round(r.uniform(0.5, 0.9), 4)
            node["max_momentum"] = round(r.uniform(0.85, 0.99), 4)
        if r.random() < 0.5:
            node["div_factor"] = r.choice([25.0, 10.0, r.uniform(1.0, 100.0)])
        if r.random() < 0.5:
            node["final_div_factor"] = r.choice([1e4, 100.0, loguniform(r, 1.0, 1e5)])
        if one_cycle_phases_ok(node["pct_start"], n, node["three_phase"]):
            return node


MAKERS = {"ConstantLR": constant_lr, "LinearLR": linear_lr, "StepLR": step_lr,
          "MultiStepLR": multi_step_lr, "ExponentialLR": exponential_lr, "PolynomialLR": polynomial_lr,
          "CosineAnnealingLR": cosine_lr, "CosineAnnealingWarmRestarts": warm_restarts,
          "CyclicLR": cyclic_lr, "OneCycleLR": one_cycle_lr}


def leaf(r, steps, base, one_cycle_left):
    kinds = LEAVES if one_cycle_left[0] > 0 else LEAVES[:-1]
    kind = r.choice(kinds)
    if kind == "OneCycleLR":
        one_cycle_left[0] -= 1
        total = steps + r.randint(0, 20) if r.random() < 0.7 else None
        return one_cycle_lr(r, steps, base, total)
    return MAKERS[kind](r, steps, base)


def sequential(r, steps, base, one_cycle_left, zero_first=False):
    n = r.randint(2, 4) if r.random() < 0.95 or zero_first else 1
    children = [leaf(r, steps, base, one_cycle_left) for _ in range(n)]
    pool = list(range(1, max(n, steps)))
    ms = sorted(r.sample(pool, n - 1))
    if ms and r.random() < 0.2:
        ms[0] = 1
    if zero_first:
        ms[0] = 0
    return {"type": "torch.SequentialLR", "schedulers": children, "milestones": ms}


def chained(r, steps, base, one_cycle_left, depth=0):
    members = []
    for _ in range(r.randint(1, 4)):
        u = r.random()
        if u < 0.2:
            members.append(sequential(r, steps, base, one_cycle_left))
        elif u < 0.28 and depth == 0:
            members.append(chained(r, steps, base, one_cycle_left, depth + 1))
        else:
            members.append(leaf(r, steps, base, one_cycle_left))
    return {"type": "torch.ChainedScheduler", "schedulers": members}


def count(node, kind):
    n = 1 if node["type"] == "torch." + kind else 0
    return n + sum(count(c, kind) for c in node.get("schedulers", []))


def kinds(node):
    own = node["type"].removeprefix("torch.")
    if "schedulers" not in node:
        return own
    return own + "[" + ",".join(kinds(c) for c in node["schedulers"]) + "]"


def scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        assert math.isfinite(v)
        return repr(v)
    if isinstance(v, int):
        return str(v)
    return v


def to_yaml(value, indent=0):
    pad = " " * indent
    out = []
    for key, v in value.items():
        if isinstance(v, dict):
            out.append(f"{pad}{key}:")
            out.append(to_yaml(v, indent + 2))
        elif isinstance(v, list) and v and isinstance(v[0], dict):
            out.append(f"{pad}{key}:")
            for item in v:
                body = to_yaml(item, indent + 4)
                out.append(pad + "  - " + body[indent + 4:])
        elif isinstance(v, list):
            out.append(f"{pad}{key}: [{', '.join(scalar(x) for x in v)}]")
        else:
            out.append(f"{pad}{key}: {scalar(v)}")
    return "\n".join(out)


def case(r, index):
    steps = int(loguniform(r, 20, 300))
    base = magnitude(r)
    u = r.random()
    known = None
    if u < 0.62:
        kind = LEAVES[index % len(LEAVES)]
        if kind == "OneCycleLR":
            schedule = one_cycle_lr(r, steps, base)
            steps = schedule.get("total_steps", schedule.get("epochs", 1) * schedule.get("steps_per_epoch", 1)) + 1
        else:
            schedule = MAKERS[kind](r, steps, base)
    elif u < 0.8:
        schedule = sequential(r, steps, base, [1])
    elif u < 0.985:
        schedule = chained(r, steps, base, [1])
    elif u < 0.993:
        schedule = chained(r, steps, base, [0])
        schedule["schedulers"] = [one_cycle_lr(r, steps, base, steps), one_cycle_lr(r, steps, base, steps)] + schedule["schedulers"][:1]
    else:
        schedule = sequential(r, steps, base, [1], zero_first=True)
    config = {"total_steps": steps, "base_lr": base, "schedule": schedule}
    return {"id": f"c{index:05d}", "kind": kinds(schedule), "steps": steps, "known": known,
            "config": config, "yaml": to_yaml(config) + "\n"}


def breaking(r, steps, base):
    """A scheduler that PyTorch may refuse, fail in (ZeroDivisionError) or overflow with."""
    kind = r.randrange(12)
    if kind == 0:
        return {"type": "torch.ExponentialLR", "gamma": loguniform(r, 10.0, 1e6)}
    if kind == 1:
        return {"type": "torch.StepLR", "step_size": r.randint(1, 3), "gamma": -loguniform(r, 10.0, 1e6)}
    if kind == 2:
        return {"type": "torch.MultiStepLR", "milestones": [1] * r.randint(40, 120), "gamma": loguniform(r, 1e3, 1e9)}
    if kind == 3:
        return {"type": "torch.PolynomialLR", "total_iters": r.randint(1, steps - 1), "power": -r.uniform(0.1, 3.0)}
    if kind == 4:
        return {"type": "torch.ConstantLR", "factor": 0.0, "total_iters": r.randint(1, steps - 1)}
    if kind == 5:
        node = cyclic_lr(r, steps, base)
        node.update(mode="exp_range", gamma=loguniform(r, 20.0, 1e4))
        return node
    if kind == 6:
        total = r.randint(2, 60)
        pct = r.choice([1.0, 1.0 / total, 2.0 / total, 0.5])
        return {"type": "torch.OneCycleLR", "max_lr": magnitude(r) or 0.1, "total_steps": total,
                "pct_start": float(pct), "three_phase": r.random() < 0.5}
    if kind == 7:
        return {"type": "torch.LinearLR", "start_factor": 0.0, "end_factor": r.random(), "total_iters": r.randint(1, 9)}
    if kind == 9:  # a subnormal factor: PyTorch multiplies by 1 / factor = inf at total_iters
        return {"type": "torch.ConstantLR", "factor": r.choice([1e-310, 3e-320, 5e-324]), "total_iters": r.randint(1, steps - 1)}
    if kind == 10:  # a subnormal start_factor: the first step divides by total_iters * start_factor
        return {"type": "torch.LinearLR", "start_factor": r.choice([1e-310, 3e-320, 5e-324]), "end_factor": r.random(),
                "total_iters": r.randint(1, 9)}
    node = cyclic_lr(r, steps, base)
    node["step_size_up"] = r.choice([0, 1e308, 1e-310, 1e-320])
    if node["step_size_up"] == 1e308:
        node["step_size_down"] = 1e308
    return node


def refused_case(r, index):
    """A configuration that PyTorch may refuse: alone, or in a composite."""
    steps = int(loguniform(r, 20, 300))
    base = magnitude(r) or 1.0
    schedule = breaking(r, steps, base)
    if r.random() < 0.3:
        schedule = {"type": "torch.ChainedScheduler", "schedulers": [leaf(r, steps, base, [0]), schedule]}
    if schedule["type"] == "torch.OneCycleLR":
        steps = schedule["total_steps"] + 1
    config = {"total_steps": steps, "base_lr": base, "schedule": schedule}
    return {"id": f"r{index:05d}", "kind": kinds(schedule), "steps": steps, "known": None,
            "config": config, "yaml": to_yaml(config) + "\n"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--count", type=int, default=4000)
    parser.add_argument("--refused", action="store_true",
                        help="configurations PyTorch may refuse or overflow with (run_torch.py says which)")
    args = parser.parse_args()
    r = random.Random(args.seed)
    for i in range(args.count):
        made = refused_case(r, i) if args.refused else case(r, i)
        sys.stdout.write(json.dumps(made) + "\n")


if __name__ == "__main__":
    main()
