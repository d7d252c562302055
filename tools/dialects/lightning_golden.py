"""Golden tables for `--dialect lightning`: the learning rate at every optimizer step of a Lightning CLI
config, made by PyTorch's own schedulers (PyTorch 1.13, installed here) stepped as Lightning steps
them, for DialectGoldenTest: every optimizer step of the run and 20 past it (OneCycleLR, which PyTorch
refuses to step past its total_steps: the run alone).

Lightning does not install here; its stepping is transcribed from
  Lightning-AI/lightning  src/lightning/pytorch/loops/training_epoch_loop.py  _update_learning_rates:
    current_idx = self.batch_idx if interval == "step" else trainer.current_epoch
    current_idx += 1
    if config.interval == interval and current_idx % config.frequency == 0: scheduler.step()
called after every optimizer step ("step") and at the end of every epoch ("epoch"); LightningCLI
returns the scheduler without a config, so interval defaults to "epoch" and frequency to 1.

    python3 tools/dialects/lightning_golden.py > src/test/resources/dialects/lightning-golden.json
"""
import json
import sys

import torch
import yaml

DEFAULT_LR = {"Adam": 1e-3, "AdamW": 1e-3}


def table(config, steps_per_epoch, rows):
    optimizer_config = config.get("optimizer", {})
    cls = optimizer_config.get("class_path", "torch.optim.SGD").split(".")[-1]
    lr = optimizer_config.get("init_args", {}).get("lr", DEFAULT_LR.get(cls))
    param = torch.nn.Parameter(torch.zeros(1))
    optimizer = getattr(torch.optim, cls)([param], lr=lr)
    sched = config["lr_scheduler"]
    name = sched["class_path"].split(".")[-1]
    scheduler = getattr(torch.optim.lr_scheduler, name)(optimizer, **sched.get("init_args", {}))
    interval = sched.get("interval", "epoch")
    frequency = sched.get("frequency", 1)
    values = []
    for step in range(rows):
        values.append(optimizer.param_groups[0]["lr"])
        optimizer.step()
        batch_idx = step % steps_per_epoch if steps_per_epoch else step
        if interval == "step" and (batch_idx + 1) % frequency == 0:
            scheduler.step()
        if interval == "epoch" and (step + 1) % steps_per_epoch == 0:
            epoch = step // steps_per_epoch
            if (epoch + 1) % frequency == 0:
                scheduler.step()
    return values


def config(scheduler, init_args, lr=0.1, optimizer="torch.optim.SGD", trainer=None, **extra):
    out = {"optimizer": {"class_path": optimizer, "init_args": {"lr": lr} if lr is not None else {}},
           "lr_scheduler": {"class_path": scheduler, "init_args": init_args, **extra}}
    if trainer:
        out["trainer"] = trainer
    return out


P = "torch.optim.lr_scheduler."
CASES = [
    ("cosine-epoch", config(P + "CosineAnnealingLR", {"T_max": 10}, trainer={"max_epochs": 10}), 20),
    ("cosine-step", config(P + "CosineAnnealingLR", {"T_max": 1000, "eta_min": 1e-5}, interval="step",
                           trainer={"max_steps": 1000}), None),
    ("steplr-epoch-frequency-2", config(P + "StepLR", {"step_size": 3, "gamma": 0.5}, frequency=2,
                                        trainer={"max_epochs": 12}), 7),
    ("multistep-epoch", config(P + "MultiStepLR", {"milestones": [30, 80], "gamma": 0.1}, trainer={"max_epochs": 100}), 5),
    ("exponential-epoch", config(P + "ExponentialLR", {"gamma": 0.95}, lr=0.05, trainer={"max_epochs": 30}), 10),
    ("onecycle-step", config(P + "OneCycleLR", {"max_lr": 0.01, "total_steps": 500}, interval="step",
                             trainer={"max_steps": 499}), None),
    ("cyclic-triangular2-step", config(P + "CyclicLR", {"base_lr": 1e-4, "max_lr": 1e-2, "step_size_up": 50,
                                                        "mode": "triangular2", "cycle_momentum": False},
                                       interval="step", trainer={"max_steps": 600}), None),
    ("warm-restarts-step", config(P + "CosineAnnealingWarmRestarts", {"T_0": 10, "T_mult": 2, "eta_min": 1e-5},
                                  interval="step", trainer={"max_steps": 300}), None),
    ("linear-warmup-epoch", config(P + "LinearLR", {"start_factor": 0.1, "total_iters": 10}, lr=0.02,
                                   trainer={"max_epochs": 20}), 4),
    ("polynomial-step-frequency-5", config(P + "PolynomialLR", {"total_iters": 50, "power": 2.0}, interval="step",
                                           frequency=5, trainer={"max_steps": 400}), 25),
    ("constant-short-name", config("ConstantLR", {"factor": 0.5, "total_iters": 4}, trainer={"max_epochs": 10}), 3),
    ("adam-default-lr", config(P + "CosineAnnealingLR", {"T_max": 50}, lr=None, optimizer="torch.optim.AdamW",
                               interval="step", trainer={"max_steps": 200}), None),
]


def main():
    out = []
    for name, cfg, per_epoch in CASES:
        trainer = cfg.get("trainer", {})
        steps = trainer["max_steps"] if trainer.get("max_steps", -1) > 0 else trainer["max_epochs"] * per_epoch
        out.append({"name": name, "config": yaml.safe_dump(cfg, sort_keys=False), "total_steps": None,
                    "steps_per_epoch": per_epoch, "values": table(cfg, per_epoch, steps if "OneCycleLR" in str(cfg) else steps + 20)})
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
