"""Runs modules written by `anneal export --to pytorch` and prints what they give at each step.

Usage: export_driver.py MANIFEST OUT. Each line of MANIFEST is `NAME PATH N M LR`: the module at
PATH is imported, make_scheduler is called on an SGD optimizer (lr=BASE_LR when the module sets it,
else LR; momentum 0.9), and for k in 0..N-1 a line of OUT holds the optimizer's lr and momentum
after k steps (nan from step M on: the scheduler is stepped M - 1 times), then every SCHEDULES
function at k, each as repr (which reads back as the same double). A case is headed `case NAME SCHEDULE...`; one that fails is `error NAME MESSAGE`.
"""
import importlib.util
import sys
import traceback
import warnings

import torch

warnings.simplefilter("ignore")


def run(name, path, n, m, lr, out):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    parameter = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.SGD([parameter], lr=getattr(module, "BASE_LR", lr), momentum=0.9)
    scheduler = module.make_scheduler(optimizer)
    names = list(module.SCHEDULES)
    functions = [module.SCHEDULES[key] for key in names]
    group = optimizer.param_groups[0]
    rows = []
    for k in range(n):
        held = [repr(group["lr"]), repr(group["momentum"])] if k < m else ["nan", "nan"]
        rows.append(" ".join(held + [repr(f(k)) for f in functions]))
        if k + 1 < m:
            optimizer.step()
            scheduler.step()
    out.write("case " + name + " " + " ".join(names) + "\n" + "\n".join(rows) + "\n")


def main(manifest, output):
    with open(manifest) as cases, open(output, "w") as out:
        for line in cases:
            name, path, n, m, lr = line.split()
            try:
                run(name, path, int(n), int(m), float(lr), out)
            except Exception:
                out.write("error " + name + " " + traceback.format_exc().strip().replace("\n", " | ") + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
