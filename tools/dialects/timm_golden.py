"""Golden tables for `--dialect timm`: the learning rate at every optimizer step of a timm training run,
as timm computes it, for LightningGoldenTest's sibling TimmGoldenTest.

timm does not install here (no network for pip); this is a test-only transcription of
  huggingface/pytorch-image-models  timm/scheduler/cosine_lr.py and poly_lr.py (commit 7479d451),
  step_lr.py (16664ea3), multistep_lr.py (0514e98d), tanh_lr.py (31a85de7, the same _get_lr in cosine_lr.py
  at 31a85de7): each `_get_lr`, copied line for line;
  timm/scheduler/scheduler_factory.py (create_scheduler_v2: every epoch count times updates_per_epoch
  when not step_on_epochs) and train.py's defaults and stepping: the lr of epoch e is _get_lr(e)
  (`lr_scheduler.step(epoch + 1)` after each epoch), with sched_on_updates that of update u is
  _get_lr(u) (`step_update(num_updates)` after each update).

    python3 tools/dialects/timm_golden.py > src/test/resources/dialects/timm-golden.json

Tanh's warm-up differs from every other scheduler's: without warmup_prefix it ramps from warmup_lr to
_get_lr(warmup_t) (the tanh value there, t not shifted), not to lr (tanh_lr.py's __init__, `t_v`).
"""
import bisect
import json
import math
import sys

import yaml

DEFAULTS = dict(sched="cosine", epochs=300, warmup_epochs=5, warmup_lr=1e-5, min_lr=0.0, decay_epochs=90,
                decay_milestones=[90, 180, 270], decay_rate=0.1, lr_cycle_mul=1.0, lr_cycle_decay=0.5,
                lr_cycle_limit=1, lr_k_decay=1.0, warmup_prefix=False, sched_on_updates=False, cooldown_epochs=0)


class Warmup:
    def __init__(self, base, warmup_t, warmup_lr_init, warmup_prefix):
        self.base_values = [base]
        self.warmup_t = warmup_t
        self.warmup_lr_init = warmup_lr_init
        self.warmup_prefix = warmup_prefix
        if self.warmup_t:
            self.warmup_steps = [(v - warmup_lr_init) / self.warmup_t for v in self.base_values]
        else:
            self.warmup_steps = [1 for _ in self.base_values]


class Cycles(Warmup):
    """CosineLRScheduler and PolyLRScheduler's _get_lr (poly when power is not None)."""

    def __init__(self, base, t_initial, lr_min, cycle_mul, cycle_decay, cycle_limit, k_decay, power, **warmup):
        super().__init__(base, **warmup)
        self.t_initial, self.lr_min, self.cycle_mul = t_initial, lr_min, cycle_mul
        self.cycle_decay, self.cycle_limit, self.k_decay, self.power = cycle_decay, cycle_limit, k_decay, power

    def _get_lr(self, t):
        if t < self.warmup_t:
            lrs = [self.warmup_lr_init + t * s for s in self.warmup_steps]
        else:
            if self.warmup_prefix:
                t = t - self.warmup_t

            if self.cycle_mul != 1:
                i = math.floor(math.log(1 - t / self.t_initial * (1 - self.cycle_mul), self.cycle_mul))
                t_i = self.cycle_mul ** i * self.t_initial
                t_curr = t - (1 - self.cycle_mul ** i) / (1 - self.cycle_mul) * self.t_initial
            else:
                i = t // self.t_initial
                t_i = self.t_initial
                t_curr = t - (self.t_initial * i)

            gamma = self.cycle_decay ** i
            lr_max_values = [v * gamma for v in self.base_values]
            k = self.k_decay

            if i < self.cycle_limit:
                if self.power is None:
                    lrs = [self.lr_min + 0.5 * (lr_max - self.lr_min) * (1 + math.cos(math.pi * t_curr ** k / t_i ** k))
                           for lr_max in lr_max_values]
                else:
                    lrs = [self.lr_min + (lr_max - self.lr_min) * (1 - t_curr ** k / t_i ** k) ** self.power
                           for lr_max in lr_max_values]
            else:
                lrs = [self.lr_min for _ in self.base_values]
        return lrs


class Tanh(Warmup):
    """TanhLRScheduler's __init__ (warm-up target) and _get_lr."""

    def __init__(self, base, t_initial, lr_min, cycle_mul, cycle_decay, cycle_limit, lb=-7., ub=3., **warmup):
        super().__init__(base, **warmup)
        self.lb, self.ub = lb, ub
        self.t_initial, self.lr_min, self.cycle_mul = t_initial, lr_min, cycle_mul
        self.cycle_decay, self.cycle_limit = cycle_decay, cycle_limit
        if self.warmup_t:
            t_v = self.base_values if self.warmup_prefix else self._get_lr(self.warmup_t)
            self.warmup_steps = [(v - self.warmup_lr_init) / self.warmup_t for v in t_v]

    def _get_lr(self, t):
        if t < self.warmup_t:
            lrs = [self.warmup_lr_init + t * s for s in self.warmup_steps]
        else:
            if self.warmup_prefix:
                t = t - self.warmup_t

            if self.cycle_mul != 1:
                i = math.floor(math.log(1 - t / self.t_initial * (1 - self.cycle_mul), self.cycle_mul))
                t_i = self.cycle_mul ** i * self.t_initial
                t_curr = t - (1 - self.cycle_mul ** i) / (1 - self.cycle_mul) * self.t_initial
            else:
                i = t // self.t_initial
                t_i = self.t_initial
                t_curr = t - (self.t_initial * i)

            if i < self.cycle_limit:
                gamma = self.cycle_decay ** i
                lr_max_values = [v * gamma for v in self.base_values]

                tr = t_curr / t_i
                lrs = [
                    self.lr_min + 0.5 * (lr_max - self.lr_min) * (1 - math.tanh(self.lb * (1. - tr) + self.ub * tr))
                    for lr_max in lr_max_values
                ]
            else:
                lrs = [self.lr_min for _ in self.base_values]
        return lrs


class Step(Warmup):
    def __init__(self, base, decay_t, decay_rate, **warmup):
        super().__init__(base, **warmup)
        self.decay_t, self.decay_rate = decay_t, decay_rate

    def _get_lr(self, t):
        if t < self.warmup_t:
            lrs = [self.warmup_lr_init + t * s for s in self.warmup_steps]
        else:
            if self.warmup_prefix:
                t = t - self.warmup_t
            lrs = [v * (self.decay_rate ** (t // self.decay_t)) for v in self.base_values]
        return lrs


class MultiStep(Warmup):
    def __init__(self, base, decay_t, decay_rate, **warmup):
        super().__init__(base, **warmup)
        self.decay_t, self.decay_rate = decay_t, decay_rate

    def _get_lr(self, t):
        if t < self.warmup_t:
            lrs = [self.warmup_lr_init + t * s for s in self.warmup_steps]
        else:
            if self.warmup_prefix:
                t = t - self.warmup_t
            lrs = [v * (self.decay_rate ** bisect.bisect_right(self.decay_t, t)) for v in self.base_values]
        return lrs


def scheduler(args, updates_per_epoch):
    a = dict(DEFAULTS, **args)
    step_on_epochs = not a["sched_on_updates"]
    u = 1 if step_on_epochs else updates_per_epoch
    warmup = dict(warmup_t=a["warmup_epochs"] * u, warmup_lr_init=a["warmup_lr"], warmup_prefix=a["warmup_prefix"])
    if a["sched"] in ("cosine", "poly", "tanh"):
        if a["sched"] == "tanh":
            s = Tanh(a["lr"], a["epochs"] * u, a["min_lr"], a["lr_cycle_mul"], a["lr_cycle_decay"], a["lr_cycle_limit"],
                     **warmup)
        else:
            s = Cycles(a["lr"], a["epochs"] * u, a["min_lr"], a["lr_cycle_mul"], a["lr_cycle_decay"],
                       a["lr_cycle_limit"], a["lr_k_decay"], None if a["sched"] == "cosine" else a["decay_rate"],
                       **warmup)
        cycles = max(1, a["lr_cycle_limit"])
        if a["lr_cycle_mul"] == 1.0:
            t = a["epochs"] * cycles
        else:
            t = int(math.floor(-a["epochs"] * (a["lr_cycle_mul"] ** cycles - 1) / (1 - a["lr_cycle_mul"])))
        epochs = (t + a["warmup_epochs"] if a["warmup_prefix"] else t) + a["cooldown_epochs"]
    elif a["sched"] == "step":
        s = Step(a["lr"], a["decay_epochs"] * u, a["decay_rate"], **warmup)
        epochs = a["epochs"] + (a["warmup_epochs"] if a["warmup_prefix"] else 0)
    else:
        s = MultiStep(a["lr"], [d * u for d in a["decay_milestones"]], a["decay_rate"], **warmup)
        epochs = a["epochs"] + (a["warmup_epochs"] if a["warmup_prefix"] else 0)
    return s, epochs, step_on_epochs


def table(args, updates_per_epoch):
    s, epochs, on_epochs = scheduler(args, updates_per_epoch)
    rows = epochs * updates_per_epoch + 3 * updates_per_epoch
    return [s._get_lr(step // updates_per_epoch if on_epochs else step)[0] for step in range(rows)]


CASES = [
    ("cosine-defaults-warmup", {"lr": 0.1, "epochs": 40}, 10),
    ("cosine-warmup-prefix-min", {"lr": 0.05, "epochs": 30, "warmup_epochs": 3, "warmup_prefix": True,
                                  "min_lr": 1e-5, "warmup_lr": 1e-6}, 7),
    ("cosine-on-updates", {"lr": 5e-4, "epochs": 20, "warmup_epochs": 2, "min_lr": 1e-6, "sched_on_updates": True}, 25),
    ("cosine-cycles-mul2", {"lr": 0.1, "epochs": 10, "warmup_epochs": 0, "lr_cycle_limit": 3, "lr_cycle_mul": 2.0,
                            "lr_cycle_decay": 0.5}, 4),
    ("cosine-cycles-min-decay1", {"lr": 0.1, "epochs": 12, "warmup_epochs": 2, "warmup_prefix": True,
                                  "lr_cycle_limit": 4, "lr_cycle_decay": 1.0, "min_lr": 1e-4}, 5),
    ("cosine-cycles-min-decay", {"lr": 0.1, "epochs": 8, "warmup_epochs": 0, "lr_cycle_limit": 3,
                                 "lr_cycle_decay": 0.5, "min_lr": 1e-3}, 3),
    ("cosine-k2-warmup", {"lr": 0.1, "epochs": 40, "lr_k_decay": 2.0}, 10),
    ("cosine-k05-on-updates-prefix", {"lr": 5e-4, "epochs": 20, "warmup_epochs": 2, "warmup_prefix": True,
                                      "min_lr": 1e-6, "lr_k_decay": 0.5, "sched_on_updates": True}, 25),
    ("cosine-k15-cycles-min", {"lr": 0.1, "epochs": 8, "warmup_epochs": 1, "lr_cycle_limit": 3, "lr_cycle_mul": 1.5,
                               "lr_cycle_decay": 0.5, "min_lr": 1e-3, "lr_k_decay": 1.5}, 4),
    ("cosine-k3-restarts", {"lr": 0.1, "epochs": 6, "warmup_epochs": 0, "lr_cycle_limit": 3, "lr_cycle_mul": 2.0,
                            "lr_cycle_decay": 0.7, "lr_k_decay": 3.0}, 5),
    ("poly-power-2", {"sched": "poly", "lr": 0.01, "epochs": 50, "decay_rate": 2.0, "warmup_epochs": 5,
                      "warmup_prefix": True}, 6),
    ("poly-on-updates", {"sched": "poly", "lr": 0.01, "epochs": 10, "decay_rate": 0.9, "min_lr": 1e-5,
                         "sched_on_updates": True, "warmup_epochs": 1}, 30),
    ("step-defaults", {"sched": "step", "lr": 0.1, "epochs": 200, "decay_epochs": 30}, 2),
    ("step-on-updates-prefix", {"sched": "step", "lr": 0.1, "epochs": 12, "decay_epochs": 2.5, "decay_rate": 0.5,
                                "sched_on_updates": True, "warmup_epochs": 1, "warmup_prefix": True}, 8),
    ("multistep-epochs", {"sched": "multistep", "lr": 0.2, "epochs": 100, "decay_milestones": [30, 60, 90],
                          "warmup_epochs": 5}, 3),
    ("multistep-on-updates", {"sched": "multistep", "lr": 0.2, "epochs": 20, "decay_milestones": [8, 15],
                              "decay_rate": 0.2, "sched_on_updates": True, "warmup_epochs": 0}, 11),
    ("poly-k2", {"sched": "poly", "lr": 0.01, "epochs": 30, "decay_rate": 2.0, "lr_k_decay": 2.0,
                 "warmup_epochs": 3}, 6),
    ("poly-k05-cycles-min", {"sched": "poly", "lr": 0.02, "epochs": 6, "decay_rate": 0.9, "lr_k_decay": 0.5,
                             "warmup_epochs": 1, "lr_cycle_limit": 3, "lr_cycle_decay": 0.5, "min_lr": 1e-4,
                             "sched_on_updates": True}, 9),
    ("tanh-defaults-warmup", {"sched": "tanh", "lr": 0.1, "epochs": 40}, 10),
    ("tanh-warmup-prefix-min", {"sched": "tanh", "lr": 0.05, "epochs": 30, "warmup_epochs": 3, "warmup_prefix": True,
                                "min_lr": 1e-5, "warmup_lr": 1e-6}, 7),
    ("tanh-on-updates", {"sched": "tanh", "lr": 5e-4, "epochs": 20, "warmup_epochs": 2, "min_lr": 1e-6,
                         "sched_on_updates": True}, 25),
    ("tanh-cycles-mul2-decay", {"sched": "tanh", "lr": 0.1, "epochs": 10, "warmup_epochs": 0, "lr_cycle_limit": 3,
                                "lr_cycle_mul": 2.0, "lr_cycle_decay": 0.5, "min_lr": 1e-3}, 4),
    ("tanh-restarts-cooldown", {"sched": "tanh", "lr": 0.1, "epochs": 6, "warmup_epochs": 2, "lr_cycle_limit": 3,
                                "lr_cycle_mul": 2.0, "lr_cycle_decay": 0.7, "cooldown_epochs": 2}, 5),
    ("tanh-warmup-past-cycle", {"sched": "tanh", "lr": 0.1, "epochs": 5, "warmup_epochs": 7, "lr_cycle_limit": 2,
                                "lr_k_decay": 2.0}, 3),
]


def main():
    out = []
    for name, args, per_epoch in CASES:
        text = yaml.safe_dump(dict(args, model="resnet50", batch_size=128, opt="sgd"), sort_keys=False)
        out.append({"name": name, "config": text, "total_steps": None, "steps_per_epoch": per_epoch,
                    "values": table(args, per_epoch)})
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
