"""PyTorch's values for the cases generate.py made: each case's scheduler built in real PyTorch
on torch.optim.SGD over one parameter (lr = the file's base_lr, momentum 0.9), then step()
called steps - 1 times; row k is what the optimizer holds after k calls.

    /usr/bin/python3 tools/torch-diff/run_torch.py < cases.jsonl > results.jsonl

Each line is the case (without config) plus:
  torch: "ok", "raises" (PyTorch raised before the last row) or "nonfinite" (nan or inf in a row)
  lr, and momentum when a CyclicLR/OneCycleLR in the tree has cycle_momentum: the rows PyTorch gave
    (none for "raises" and "nonfinite", which anneal must refuse; rows: how many PyTorch gave)
  ended: a OneCycleLR stepped past its total_steps raises ValueError; such a case is "ok" with the
    rows before it (as many as PyTorch allows), and this says so
  error: PyTorch's exception, for "raises"
  known: as generate.py made it
  version: torch.__version__
"""
import json
import math
import sys
import warnings

import torch

INTEGER_KEYS = {"step_size", "milestones", "total_iters", "T_max", "T_0", "T_mult", "total_steps",
                "epochs", "steps_per_epoch", "last_epoch"}


def argument(key, value):
    if isinstance(value, bool) or isinstance(value, str):
        return value
    if key in INTEGER_KEYS:
        return [int(v) for v in value] if isinstance(value, list) else int(value)
    return float(value)


def build(node, optimizer):
    kind = node["type"].removeprefix("torch.")
    args = {k: argument(k, v) for k, v in node.items() if k not in ("type", "schedulers")}
    scheduler = getattr(torch.optim.lr_scheduler, kind)
    if kind == "SequentialLR":
        children = [build(child, optimizer) for child in node["schedulers"]]
        return scheduler(optimizer, children, **args)
    if kind == "ChainedScheduler":
        return scheduler([build(child, optimizer) for child in node["schedulers"]])
    return scheduler(optimizer, **args)


def momentum_scheduled(node):
    if node["type"] in ("torch.CyclicLR", "torch.OneCycleLR"):
        return node.get("cycle_momentum", True)
    return any(momentum_scheduled(c) for c in node.get("schedulers", []))


def run(case):
    config = case.pop("config")
    param = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.SGD([param], lr=config["base_lr"], momentum=0.9)
    with_momentum = momentum_scheduled(config["schedule"])
    lrs, momenta = [], []
    status = "ok"
    try:
        scheduler = build(config["schedule"], optimizer)
        for k in range(case["steps"]):
            if k > 0:
                optimizer.step()
                scheduler.step()
            group = optimizer.param_groups[0]
            lrs.append(group["lr"])
            if with_momentum:
                momenta.append(group["momentum"])
    except Exception as e:  # PyTorch refuses the config, or fails at some step
        error = f"{type(e).__name__}: {e}"
        if error.startswith("ValueError: Tried to step") and lrs:
            case["ended"] = error  # a OneCycleLR past its total_steps: the rows before it are compared
        else:
            status = "raises"
            case["error"] = error
        if with_momentum:
            del momenta[len(lrs):]
    if status == "ok" and not all(math.isfinite(v) for v in lrs + momenta):
        status = "nonfinite"
    case["torch"] = status
    case["version"] = torch.__version__
    if status != "ok":
        case["rows"] = len(lrs)  # a refused case keeps no values: anneal must refuse it, whatever they were
        return case
    case["lr"] = lrs
    if with_momentum:
        case["momentum"] = momenta
    return case


def main():
    warnings.simplefilter("ignore")
    for line in sys.stdin:
        sys.stdout.write(json.dumps(run(json.loads(line))) + "\n")


if __name__ == "__main__":
    main()
