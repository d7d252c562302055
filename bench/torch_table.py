"""The PyTorch side of the table comparison: the CSV `anneal table` prints, made by PyTorch's own
scheduler loop (one optimizer step, one scheduler step, one row per step).

    python3 bench/torch_table.py FILE.yaml STEPS > out.csv

FILE.yaml is an anneal file whose schedule is made of torch.* nodes (and base_lr); each node
becomes the PyTorch scheduler of the same name with the same arguments. Rows are
f"{step},{lr!r}", the shortest text that reads back as the same double, as anneal prints.
"""
import sys

import torch
import yaml


def build(node, optimizer):
    kind = node["type"].removeprefix("torch.")
    args = {k: v for k, v in node.items() if k != "type"}
    scheduler = getattr(torch.optim.lr_scheduler, kind)
    if kind in ("SequentialLR", "ChainedScheduler"):
        children = [build(child, optimizer) for child in args.pop("schedulers")]
        return scheduler(optimizer, children, **args) if kind == "SequentialLR" else scheduler(children)
    return scheduler(optimizer, **args)


def main():
    path, steps = sys.argv[1], int(sys.argv[2])
    config = yaml.safe_load(open(path))
    param = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.SGD([param], lr=config["base_lr"], momentum=0.9)
    scheduler = build(config["schedule"], optimizer)
    out = sys.stdout
    out.write("step,lr\n")
    for step in range(steps):
        out.write(f"{step},{optimizer.param_groups[0]['lr']!r}\n")
        optimizer.step()
        scheduler.step()


if __name__ == "__main__":
    main()
