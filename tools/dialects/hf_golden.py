"""Golden tables for `--dialect hf`: the learning rate at every step of Hugging Face schedules, as
transformers computes them, for HfGoldenTest.

transformers does not install here (no network for pip, and Debian has no python3-transformers), so
this is a test-only transcription of its schedule code, made from
  huggingface/transformers  src/transformers/optimization.py  at commit
  005edacb6b5dabbf0843e92c6623de9e07ca6241
(the `_get_*_lr_lambda` functions, `get_polynomial_decay_schedule_with_warmup`'s lr_init,
`get_inverse_sqrt_schedule`'s timescale, `get_cosine_with_min_lr_schedule_with_warmup`'s min_lr,
`get_wsd_schedule`'s stable steps and `get_scheduler`'s dispatch, copied line for line) and of
  src/transformers/training_args.py  TrainingArguments.get_warmup_steps (warmup_steps >= 1 is a
  count, below 1 a ratio rounded up; the older warmup_ratio key likewise)
  src/transformers/trainer.py  max_steps, else ceil(num_train_epochs * update steps per epoch)
and, at commit 00349ae87eddc872ffa21a8a54f264375a0056a8, TrainingArguments.__post_init__'s reading of
an lr_scheduler_kwargs string (one that starts with { is json.loads'ed, then _convert_str_dict)
and axolotl's own schedulers (axolotl-ai-cloud/axolotl at commit 067b021c8b87a9e5e380b9173c704cf7340e30f5:
SchedulerMixin.create_scheduler in src/axolotl/core/trainers/mixins/scheduler.py, which runs PyTorch's own
OneCycleLR for one_cycle, and wraps a JaggedLRRestartScheduler round the scheduler for jagged_restart_steps;
get_cosine_schedule_with_warmup_decay_constant's lambda and the RexLR and JaggedLRRestartScheduler classes
from src/axolotl/utils/schedulers.py, copied line for line), axolotl's warmup (src/axolotl/core/builders: warmup_steps, else int(warmup_ratio * steps), else
min(int(0.03 * steps), 100); 1 becomes 2) and its cosine_min_lr_ratio schedule
(src/axolotl/utils/schedulers.py, _get_cosine_schedule_with_min_lr_lambda).

Each lambda runs inside PyTorch's own LambdaLR (PyTorch 1.13, installed here), so the value at step
k is what the optimizer holds after k scheduler steps: learning_rate * lr_lambda(k).

    python3 tools/dialects/hf_golden.py > src/test/resources/dialects/hf-golden.json
"""
import json
import math
import sys
import warnings
from collections.abc import Sequence
from functools import partial

import torch
import yaml


# --- transformers/optimization.py (005edacb), transcribed -------------------------------------
def _get_constant_lambda(_=None):
    return 1


def _get_constant_schedule_with_warmup_lr_lambda(current_step, *, num_warmup_steps):
    if current_step < num_warmup_steps:
        return float(current_step) / float(max(1.0, num_warmup_steps))
    return 1.0


def _get_linear_schedule_with_warmup_lr_lambda(current_step, *, num_warmup_steps, num_training_steps):
    if current_step < num_warmup_steps:
        return float(current_step) / float(max(1, num_warmup_steps))
    return max(0.0, float(num_training_steps - current_step) / float(max(1, num_training_steps - num_warmup_steps)))


def _get_cosine_schedule_with_warmup_lr_lambda(current_step, *, num_warmup_steps, num_training_steps, num_cycles,
                                              min_lr_rate=0.0):
    # the later definition in optimization.py (with min_lr_rate) is the one both cosine types use
    if current_step < num_warmup_steps:
        return float(current_step) / float(max(1, num_warmup_steps))
    progress = float(current_step - num_warmup_steps) / float(max(1, num_training_steps - num_warmup_steps))
    factor = 0.5 * (1.0 + math.cos(math.pi * float(num_cycles) * 2.0 * progress))
    factor = factor * (1 - min_lr_rate) + min_lr_rate
    return max(0, factor)


def _get_cosine_with_hard_restarts_schedule_with_warmup_lr_lambda(current_step, *, num_warmup_steps,
                                                                  num_training_steps, num_cycles):
    if current_step < num_warmup_steps:
        return float(current_step) / float(max(1, num_warmup_steps))
    progress = float(current_step - num_warmup_steps) / float(max(1, num_training_steps - num_warmup_steps))
    if progress >= 1.0:
        return 0.0
    return max(0.0, 0.5 * (1.0 + math.cos(math.pi * ((float(num_cycles) * progress) % 1.0))))


def _get_polynomial_decay_schedule_with_warmup_lr_lambda(current_step, *, num_warmup_steps, num_training_steps,
                                                         lr_end, power, lr_init):
    if current_step < num_warmup_steps:
        return float(current_step) / float(max(1, num_warmup_steps))
    elif current_step > num_training_steps:
        return lr_end / lr_init  # as LambdaLR multiplies by lr_init
    else:
        lr_range = lr_init - lr_end
        decay_steps = num_training_steps - num_warmup_steps
        pct_remaining = 1 - (current_step - num_warmup_steps) / decay_steps
        decay = lr_range * pct_remaining**power + lr_end
        return decay / lr_init  # as LambdaLR multiplies by lr_init


def _get_inverse_sqrt_schedule_lr_lambda(current_step, *, num_warmup_steps, timescale=None):
    if current_step < num_warmup_steps:
        return float(current_step) / float(max(1, num_warmup_steps))
    shift = timescale - num_warmup_steps
    decay = 1.0 / math.sqrt((current_step + shift) / timescale)
    return decay


def _get_cosine_with_min_lr_schedule_with_warmup_lr_rate_lambda(current_step, *, num_warmup_steps,
                                                                num_training_steps, num_cycles, min_lr_rate=0.0,
                                                                warmup_lr_rate=None):
    current_step = float(current_step)
    num_warmup_steps = float(num_warmup_steps)
    num_training_steps = float(num_training_steps)

    if current_step < num_warmup_steps:
        if warmup_lr_rate is None:
            return (current_step + 1.) / max(1., num_warmup_steps)
        else:
            warmup_lr_rate = float(warmup_lr_rate)
            return warmup_lr_rate + (1.0 - warmup_lr_rate) * (current_step) / (max(1, num_warmup_steps - 1))
    progress = (current_step - num_warmup_steps + 1.) / (max(1., num_training_steps - num_warmup_steps))
    factor = 0.5 * (1.0 + math.cos(math.pi * num_cycles * 2.0 * progress))
    factor = factor * (1 - min_lr_rate) + min_lr_rate
    return max(0, factor)


def _get_wsd_scheduler_lambda(current_step, *, num_warmup_steps, num_stable_steps, num_decay_steps, warmup_type,
                              decay_type, min_lr_ratio, num_cycles):
    if current_step < num_warmup_steps:
        progress = float(current_step) / float(max(1, num_warmup_steps))
        if warmup_type == "linear":
            factor = progress
        elif warmup_type == "cosine":
            factor = 0.5 * (1.0 - math.cos(math.pi * progress))
        elif warmup_type == "1-sqrt":
            factor = 1.0 - math.sqrt(1.0 - progress)
        factor = factor * (1.0 - min_lr_ratio) + min_lr_ratio
        return max(0.0, factor)

    if current_step < num_warmup_steps + num_stable_steps:
        return 1.0

    if current_step < num_warmup_steps + num_stable_steps + num_decay_steps:
        progress = float(current_step - num_warmup_steps - num_stable_steps) / float(max(1, num_decay_steps))
        if decay_type == "linear":
            factor = 1.0 - progress
        elif decay_type == "cosine":
            factor = 0.5 * (1.0 + math.cos(math.pi * float(num_cycles) * 2.0 * progress))
        elif decay_type == "1-sqrt":
            factor = 1.0 - math.sqrt(progress)
        factor = factor * (1.0 - min_lr_ratio) + min_lr_ratio
        return max(0.0, factor)
    return min_lr_ratio


def scheduler_lambda(name, lr, num_warmup_steps, num_training_steps, kwargs):
    """get_scheduler's dispatch and the get_*_schedule functions' argument handling."""
    if name == "constant":
        return _get_constant_lambda
    if name == "constant_with_warmup":
        return partial(_get_constant_schedule_with_warmup_lr_lambda, num_warmup_steps=num_warmup_steps)
    if name == "inverse_sqrt":
        timescale = num_warmup_steps or 10_000
        return partial(_get_inverse_sqrt_schedule_lr_lambda, num_warmup_steps=num_warmup_steps, timescale=timescale)
    if name == "warmup_stable_decay":
        num_stable_steps = kwargs.get("num_stable_steps")
        num_decay_steps = kwargs["num_decay_steps"]
        if num_stable_steps is None:
            num_stable_steps = num_training_steps - num_warmup_steps - num_decay_steps
        return partial(_get_wsd_scheduler_lambda, num_warmup_steps=num_warmup_steps,
                       num_stable_steps=num_stable_steps, num_decay_steps=num_decay_steps,
                       warmup_type=kwargs.get("warmup_type", "linear"), decay_type=kwargs.get("decay_type", "cosine"),
                       min_lr_ratio=kwargs.get("min_lr_ratio", 0), num_cycles=kwargs.get("num_cycles", 0.5))
    common = dict(num_warmup_steps=num_warmup_steps, num_training_steps=num_training_steps)
    if name == "linear":
        return partial(_get_linear_schedule_with_warmup_lr_lambda, **common)
    if name == "cosine":
        return partial(_get_cosine_schedule_with_warmup_lr_lambda, num_cycles=kwargs.get("num_cycles", 0.5), **common)
    if name == "cosine_with_restarts":
        return partial(_get_cosine_with_hard_restarts_schedule_with_warmup_lr_lambda,
                       num_cycles=kwargs.get("num_cycles", 1), **common)
    if name == "polynomial":
        return partial(_get_polynomial_decay_schedule_with_warmup_lr_lambda, lr_end=kwargs.get("lr_end", 1e-7),
                       power=kwargs.get("power", 1.0), lr_init=lr, **common)
    min_lr_rate = kwargs["min_lr"] / lr if "min_lr" in kwargs else kwargs["min_lr_rate"]
    if name == "cosine_with_min_lr":
        return partial(_get_cosine_schedule_with_warmup_lr_lambda, num_cycles=kwargs.get("num_cycles", 0.5),
                       min_lr_rate=min_lr_rate, **common)
    if name == "cosine_warmup_with_min_lr":
        return partial(_get_cosine_with_min_lr_schedule_with_warmup_lr_rate_lambda,
                       num_cycles=kwargs.get("num_cycles", 0.5), min_lr_rate=min_lr_rate,
                       warmup_lr_rate=kwargs.get("warmup_lr_rate"), **common)
    raise ValueError(name)


# --- transformers/training_args.py (00349ae8), transcribed --------------------------------------
def _convert_str_dict(passed_value: dict):
    for key, value in passed_value.items():
        if isinstance(value, dict):
            passed_value[key] = _convert_str_dict(value)
        elif isinstance(value, str):
            if value.lower() in ("true", "false"):
                passed_value[key] = value.lower() == "true"
            elif value.isdigit():
                passed_value[key] = int(value)
            elif value.replace(".", "", 1).isdigit():
                passed_value[key] = float(value)
    return passed_value


def kwargs_of(config):
    """TrainingArguments.__post_init__: a string that starts with { is json.loads'ed, then _convert_str_dict."""
    passed_value = config.get("lr_scheduler_kwargs")
    if isinstance(passed_value, str) and passed_value.startswith("{"):
        passed_value = _convert_str_dict(json.loads(passed_value))
    return passed_value or {}


# --- axolotl ------------------------------------------------------------------------------------
def _axolotl_cosine_with_min_lr_lambda(current_step, *, num_warmup_steps, num_training_steps, min_lr_ratio):
    if current_step < num_warmup_steps:
        return float(current_step) / float(max(1, num_warmup_steps))
    progress = float(current_step - num_warmup_steps) / float(max(1, num_training_steps - num_warmup_steps))
    scaling = 0.5 * (1.0 + math.cos(math.pi * progress))
    return (1 - min_lr_ratio) * scaling + min_lr_ratio


# axolotl-ai-cloud/axolotl  src/axolotl/utils/schedulers.py  at commit 067b021c8b87a9e5e380b9173c704cf7340e30f5
def _get_cosine_schedule_with_quadratic_warmup_lr_lambda(current_step, *, num_warmup_steps, num_training_steps,
                                                         num_cycles):
    if current_step < num_warmup_steps:
        return (float(current_step) / float(max(1, num_warmup_steps))) ** 2
    progress = float(current_step - num_warmup_steps) / float(max(1, num_training_steps - num_warmup_steps))
    return max(0.0, 0.5 * (1.0 + math.cos(math.pi * float(num_cycles) * 2.0 * progress)))


def _get_cosine_schedule_with_warmup_decay_constant_lr_lambda(current_step, *, num_warmup_steps, num_training_steps,
                                                              constant_lr_ratio, min_lr_ratio, num_cycles):
    if current_step < num_warmup_steps:
        return float(current_step) / float(max(1, num_warmup_steps))

    num_constant_steps = int(num_training_steps * constant_lr_ratio)
    current_step = min(current_step, num_constant_steps)

    progress = float(current_step - num_warmup_steps) / float(max(1, num_constant_steps - num_warmup_steps))

    return (max(0, (1 - min_lr_ratio) * 0.5 * (1.0 + math.cos(math.pi * float(num_cycles) * 2.0 * progress)))
            + min_lr_ratio)


# --- axolotl src/axolotl/utils/schedulers.py (067b021c) RexLR, transcribed (its base class torch's own) -----
_LRScheduler = getattr(torch.optim.lr_scheduler, "LRScheduler", torch.optim.lr_scheduler._LRScheduler)


class RexLR(_LRScheduler):
    def __init__(
        self, optimizer, max_lr, min_lr, total_steps=0, num_warmup_steps=0, last_step=0
    ):
        if min_lr > max_lr:
            raise ValueError(
                f'Value of "min_lr" should be less than value of "max_lr". Got min_lr={min_lr} and max_lr={max_lr}'
            )
        if num_warmup_steps > total_steps:
            raise ValueError(
                f"num_warmup_steps ({num_warmup_steps}) must be less than or equal to total_steps ({total_steps})."
            )

        self.min_lr = min_lr
        self.max_lr = max_lr
        self.total_steps = total_steps
        self.num_warmup_steps = num_warmup_steps
        self.last_step = max(last_step - 1, 0)

        # Ensure each parameter group has an "initial_lr" key to avoid issues when resuming.
        for group in optimizer.param_groups:
            initial_lr = group["lr"]
            if isinstance(initial_lr, torch.Tensor):
                initial_lr = initial_lr.clone()
            group.setdefault("initial_lr", initial_lr)
        # Pass self.last_step as last_epoch to the parent.
        super().__init__(optimizer, last_epoch=self.last_step)

    @property
    def last_step(self):
        return self.last_epoch

    @last_step.setter
    def last_step(self, value):
        self.last_epoch = value

    def get_lr(self):
        # Warmup phase: if defined, increase lr linearly from 0 to max_lr.
        if 1 <= self.last_step <= self.num_warmup_steps:
            return [
                base_lr * self.last_step / self.num_warmup_steps
                for base_lr in self.base_lrs
            ]

        # Post-warmup phase: adjust step relative to the end of warmup.
        step_after = self.last_step - self.num_warmup_steps
        remaining_steps = self.total_steps - self.num_warmup_steps

        # Avoid LR spiking
        if step_after >= remaining_steps or step_after == -1 or remaining_steps <= 0:
            return [self.min_lr for _ in self.base_lrs]

        mod_iter = step_after % remaining_steps
        z = (remaining_steps - mod_iter) / remaining_steps
        rex_factor = self.min_lr / self.max_lr + (1.0 - self.min_lr / self.max_lr) * (
            z / (0.1 + 0.9 * z)
        )
        return [base_lr * rex_factor for base_lr in self.base_lrs]


class JaggedLRRestartScheduler(_LRScheduler):
    """Wraps another scheduler to apply per-lora-restart learning rate warmups."""

    def __init__(
        self,
        optimizer,
        inner_schedule,
        jagged_restart_steps: int,
        jagged_restart_warmup_steps: int,
        jagged_restart_anneal_steps: int = 1,
        min_lr_scale: float = 0.001,
    ) -> None:
        self.inner_schedule = inner_schedule
        self.restarts_steps = jagged_restart_steps
        self.warmup_steps = jagged_restart_warmup_steps
        self.anneal_steps = jagged_restart_anneal_steps
        self.min_lr_scale = min_lr_scale
        super().__init__(optimizer, inner_schedule.last_epoch)

    def get_lr(self):
        self.inner_schedule.last_epoch = self.last_epoch

        original = self.inner_schedule.get_lr()
        step = self.last_epoch

        if step < self.restarts_steps - self.anneal_steps:
            scale = 1
        else:
            per_restart_progress = step % self.restarts_steps
            if per_restart_progress < self.warmup_steps:
                cycle_t = min(1.0, (per_restart_progress) / self.warmup_steps)
            elif per_restart_progress > (self.restarts_steps - self.anneal_steps):
                cycle_t = min(
                    1.0,
                    (self.restarts_steps - per_restart_progress) / self.anneal_steps,
                )
            else:
                cycle_t = 1
            scale = cycle_t * (1 - self.min_lr_scale) + self.min_lr_scale

        if isinstance(original, Sequence):
            return [lr * scale for lr in original]

        return original * scale


def jagged(config, optimizer, scheduler):
    """SchedulerMixin.create_scheduler's wrapping (067b021c): warmup `or 10`, anneal `or 1`, min scale
    `cosine_min_lr_ratio or 0.001`."""
    return JaggedLRRestartScheduler(optimizer, scheduler, config["jagged_restart_steps"],
                                    config.get("jagged_restart_warmup_steps") or 10,
                                    config.get("jagged_restart_anneal_steps") or 1,
                                    min_lr_scale=config.get("cosine_min_lr_ratio") or 0.001)


def axolotl_scheduler(config, optimizer, steps, warmup):
    """SchedulerMixin.create_scheduler (src/axolotl/core/trainers/mixins/scheduler.py at 067b021c), the branches
    anneal reads: one_cycle (PyTorch's own OneCycleLR), rex (RexLR, min_lr from cosine_min_lr_ratio), then cosine with lr_quadratic_warmup, then cosine with
    cosine_min_lr_ratio and cosine_constant_lr_ratio, then cosine with cosine_min_lr_ratio; None for transformers'
    get_scheduler."""
    name = config.get("lr_scheduler", "cosine")
    kwargs = config.get("lr_scheduler_kwargs") or {}
    min_ratio, constant_ratio = config.get("cosine_min_lr_ratio"), config.get("cosine_constant_lr_ratio")
    if name == "one_cycle":
        extra = {}
        if "pct_start" not in kwargs:
            extra["pct_start"] = warmup / steps
        if "anneal_strategy" not in kwargs:
            extra["anneal_strategy"] = "cos"
        return torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=config["learning_rate"], total_steps=steps,
                                                   **extra, **kwargs)
    if name == "rex":
        min_lr = 0 if min_ratio is None else config["learning_rate"] * min_ratio
        return RexLR(optimizer, max_lr=config["learning_rate"], min_lr=min_lr, total_steps=steps,
                     num_warmup_steps=warmup)
    if name != "cosine":
        return None
    if config.get("lr_quadratic_warmup") is True:
        lam = partial(_get_cosine_schedule_with_quadratic_warmup_lr_lambda, num_warmup_steps=warmup,
                      num_training_steps=steps, num_cycles=0.5)
    elif min_ratio is None:
        return None
    elif min_ratio and constant_ratio:
        lam = partial(_get_cosine_schedule_with_warmup_decay_constant_lr_lambda, num_warmup_steps=warmup,
                      num_training_steps=steps, min_lr_ratio=min_ratio, constant_lr_ratio=constant_ratio,
                      num_cycles=0.5)
    elif min_ratio:
        lam = partial(_axolotl_cosine_with_min_lr_lambda, num_warmup_steps=warmup, num_training_steps=steps,
                      min_lr_ratio=min_ratio)
    else:
        return None
    return torch.optim.lr_scheduler.LambdaLR(optimizer, lam)


# --- the run: TrainingArguments / axolotl settings ----------------------------------------------
def run_of(config, flags):
    axolotl = "lr_scheduler_type" not in config and any(
        k in config for k in ("lr_scheduler", "num_epochs", "cosine_min_lr_ratio", "cosine_constant_lr_ratio",
                              "lr_quadratic_warmup", "jagged_restart_steps", "jagged_restart_warmup_steps",
                              "jagged_restart_anneal_steps"))
    steps = flags.get("total_steps")
    if steps is None and config.get("max_steps", -1) > 0:
        steps = config["max_steps"]
    if steps is None and flags.get("steps_per_epoch"):
        epochs = config.get("num_epochs", 1.0) if axolotl else config.get("num_train_epochs", 3.0)
        steps = math.ceil(epochs * flags["steps_per_epoch"])
    if axolotl:
        if config.get("warmup_steps") is not None:
            warmup = config["warmup_steps"]
        elif config.get("warmup_ratio") is not None:
            warmup = max(int(config["warmup_ratio"] * steps), 0)
        else:
            warmup = min(int(0.03 * steps), 100)
        if warmup == 1:
            warmup = 2
    else:
        ws = config.get("warmup_steps", 0)
        if ws >= 1:
            warmup = int(ws)
        elif ws > 0:
            warmup = math.ceil(steps * ws)
        else:
            warmup = math.ceil(steps * config.get("warmup_ratio", 0)) if config.get("warmup_ratio") else 0
    return axolotl, steps, warmup


def table(config, flags, rows):
    axolotl, steps, warmup = run_of(config, flags)
    lr = config["learning_rate"]
    name = config.get("lr_scheduler" if axolotl else "lr_scheduler_type", "cosine" if axolotl else "linear")
    param = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.SGD([param], lr=lr)
    scheduler = axolotl_scheduler(config, optimizer, steps, warmup) if axolotl else None
    if scheduler is None:
        lam = scheduler_lambda(name, lr, warmup, steps, kwargs_of(config))
        scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lam)
    if axolotl and config.get("jagged_restart_steps"):
        scheduler = jagged(config, optimizer, scheduler)
    values = []
    for row in range(rows):
        values.append(optimizer.param_groups[0]["lr"])
        optimizer.step()
        if row < rows - 1:
            scheduler.step()
    return values


CASES = [
    ("linear-warmup-steps", "learning_rate: 5.0e-5\nlr_scheduler_type: linear\nwarmup_steps: 100\nmax_steps: 1000\n", {}),
    ("linear-default-epochs", "learning_rate: 3.0e-4\nnum_train_epochs: 2\n", {"steps_per_epoch": 157}),
    ("cosine-warmup-ratio", "learning_rate: 2.0e-5\nlr_scheduler_type: cosine\nwarmup_ratio: 0.03\nmax_steps: 2000\n", {}),
    ("cosine-cycles-1.5", "learning_rate: 1.0e-4\nlr_scheduler_type: cosine\nwarmup_steps: 0.1\nmax_steps: 500\n"
                          "lr_scheduler_kwargs: {num_cycles: 1.5}\n", {}),
    ("cosine-total-steps-flag", "learning_rate: 1.0e-3\nlr_scheduler_type: cosine\nwarmup_ratio: 0.05\nnum_train_epochs: 3\n",
     {"total_steps": 777}),
    ("cosine-with-restarts-3", "learning_rate: 5.0e-4\nlr_scheduler_type: cosine_with_restarts\nwarmup_steps: 50\n"
                               "max_steps: 1000\nlr_scheduler_kwargs: {num_cycles: 3}\n", {}),
    ("cosine-with-restarts-7-uneven", "learning_rate: 5.0e-4\nlr_scheduler_type: cosine_with_restarts\nmax_steps: 997\n"
                                      "lr_scheduler_kwargs: {num_cycles: 7}\n", {}),
    ("polynomial-power-2", "learning_rate: 1.0e-3\nlr_scheduler_type: polynomial\nwarmup_steps: 100\nmax_steps: 1000\n"
                           "lr_scheduler_kwargs: {lr_end: 1.0e-5, power: 2.0}\n", {}),
    ("polynomial-default", "learning_rate: 3.0e-4\nlr_scheduler_type: polynomial\nmax_steps: 300\n", {}),
    ("constant", "learning_rate: 1.0e-4\nlr_scheduler_type: constant\nwarmup_steps: 30\nmax_steps: 200\n", {}),
    ("constant-with-warmup", "learning_rate: 1.0e-4\nlr_scheduler_type: constant_with_warmup\nwarmup_steps: 30\n"
                             "max_steps: 200\n", {}),
    ("inverse-sqrt-warmup", "learning_rate: 1.0e-3\nlr_scheduler_type: inverse_sqrt\nwarmup_steps: 400\nmax_steps: 3000\n", {}),
    ("inverse-sqrt-no-warmup", "learning_rate: 1.0e-3\nlr_scheduler_type: inverse_sqrt\nmax_steps: 3000\n", {}),
    ("cosine-with-min-lr-rate", "learning_rate: 2.0e-4\nlr_scheduler_type: cosine_with_min_lr\nwarmup_ratio: 0.1\n"
                                "max_steps: 1200\nlr_scheduler_kwargs: {min_lr_rate: 0.1}\n", {}),
    ("cosine-with-min-lr-abs", "learning_rate: 2.0e-4\nlr_scheduler_type: cosine_with_min_lr\nwarmup_steps: 20\n"
                               "max_steps: 600\nlr_scheduler_kwargs: {min_lr: 1.0e-6, num_cycles: 1.0}\n", {}),
    ("cosine-warmup-with-min-lr", "learning_rate: 1.0e-4\nlr_scheduler_type: cosine_warmup_with_min_lr\nwarmup_steps: 25\n"
                                  "max_steps: 400\nlr_scheduler_kwargs: {min_lr_rate: 0.05}\n", {}),
    ("cosine-warmup-with-min-lr-rate", "learning_rate: 1.0e-4\nlr_scheduler_type: cosine_warmup_with_min_lr\n"
                                       "warmup_steps: 25\nmax_steps: 400\n"
                                       "lr_scheduler_kwargs: {min_lr: 1.0e-6, warmup_lr_rate: 0.1}\n", {}),
    ("cosine-warmup-with-min-lr-no-warmup", "learning_rate: 1.0e-4\nlr_scheduler_type: cosine_warmup_with_min_lr\n"
                                            "max_steps: 300\nlr_scheduler_kwargs: {min_lr_rate: 0.0}\n", {}),
    ("wsd-default", "learning_rate: 3.0e-4\nlr_scheduler_type: warmup_stable_decay\nwarmup_steps: 100\nmax_steps: 1000\n"
                    "lr_scheduler_kwargs: {num_decay_steps: 200}\n", {}),
    ("wsd-sqrt-min", "learning_rate: 3.0e-4\nlr_scheduler_type: warmup_stable_decay\nwarmup_steps: 100\nmax_steps: 1000\n"
                     "lr_scheduler_kwargs: {num_decay_steps: 300, warmup_type: 1-sqrt, decay_type: 1-sqrt, min_lr_ratio: 0.1}\n",
     {}),
    ("wsd-cosine-warmup-stable-steps", "learning_rate: 1.0e-3\nlr_scheduler_type: warmup_stable_decay\nwarmup_steps: 50\n"
                                       "max_steps: 1000\nlr_scheduler_kwargs: {num_decay_steps: 100, num_stable_steps: 400,"
                                       " warmup_type: cosine, decay_type: linear, min_lr_ratio: 0.01}\n", {}),
    ("axolotl-cosine-min-lr", "base_model: NousResearch/Llama-3.2-1B\nlearning_rate: 0.0002\nlr_scheduler: cosine\n"
                              "cosine_min_lr_ratio: 0.1\nwarmup_ratio: 0.1\nnum_epochs: 3\n", {"steps_per_epoch": 123}),
    ("axolotl-default-warmup", "learning_rate: 0.00001\nlr_scheduler: linear\nmax_steps: 500\n", {}),
    ("axolotl-cosine-constant", "learning_rate: 0.0002\nlr_scheduler: cosine\ncosine_min_lr_ratio: 0.1\n"
                                "cosine_constant_lr_ratio: 0.8\nwarmup_steps: 30\nmax_steps: 500\n", {}),
    ("axolotl-cosine-constant-epochs", "learning_rate: 0.00005\nlr_scheduler: cosine\ncosine_min_lr_ratio: 0.05\n"
                                       "cosine_constant_lr_ratio: 0.55\nwarmup_ratio: 0.05\nnum_epochs: 2\n",
     {"steps_per_epoch": 333}),
    ("axolotl-cosine-constant-before-warmup", "learning_rate: 0.0001\nlr_scheduler: cosine\ncosine_min_lr_ratio: 0.2\n"
                                              "cosine_constant_lr_ratio: 0.05\nwarmup_steps: 13\nmax_steps: 200\n", {}),
    ("axolotl-one-cycle", "learning_rate: 0.0003\nlr_scheduler: one_cycle\nwarmup_steps: 50\nmax_steps: 400\n", {}),
    ("axolotl-one-cycle-kwargs", "learning_rate: 0.001\nlr_scheduler: one_cycle\nnum_epochs: 3\nwarmup_ratio: 0.1\n"
                                 "lr_scheduler_kwargs: {anneal_strategy: linear, div_factor: 10.0, final_div_factor: 100.0,"
                                 " three_phase: true}\n", {"steps_per_epoch": 97}),
    ("axolotl-one-cycle-pct-start", "learning_rate: 0.0002\nlr_scheduler: one_cycle\nmax_steps: 1000\n"
                                    "lr_scheduler_kwargs: {pct_start: 0.25}\n", {}),
    ("axolotl-one-cycle-no-warmup", "learning_rate: 0.001\nlr_scheduler: one_cycle\nwarmup_steps: 0\nmax_steps: 50\n", {}),
    ("axolotl-rex", "learning_rate: 0.0002\nlr_scheduler: rex\nwarmup_steps: 40\nmax_steps: 400\n", {}),
    ("axolotl-rex-min-ratio-epochs", "learning_rate: 0.0001\nlr_scheduler: rex\ncosine_min_lr_ratio: 0.1\nnum_epochs: 2\n"
                                     "warmup_ratio: 0.05\n", {"steps_per_epoch": 173}),
    ("axolotl-rex-default-warmup", "learning_rate: 0.0003\nlr_scheduler: rex\nmax_steps: 90\n", {}),
    ("axolotl-rex-no-warmup", "learning_rate: 0.001\nlr_scheduler: rex\nwarmup_steps: 0\nmax_steps: 60\n", {}),
    ("axolotl-rex-warmup-whole-run", "learning_rate: 0.001\nlr_scheduler: rex\nwarmup_steps: 30\nmax_steps: 30\n", {}),
    ("axolotl-jagged-cosine-min", "learning_rate: 0.0002\nlr_scheduler: cosine\ncosine_min_lr_ratio: 0.05\n"
                                  "warmup_steps: 20\nmax_steps: 600\njagged_restart_steps: 150\n", {}),
    ("axolotl-jagged-linear-steps", "learning_rate: 0.0001\nlr_scheduler: linear\nwarmup_steps: 10\nnum_epochs: 2\n"
                                    "jagged_restart_steps: 80\njagged_restart_warmup_steps: 15\n"
                                    "jagged_restart_anneal_steps: 5\n", {"steps_per_epoch": 120}),
    ("axolotl-jagged-rex", "learning_rate: 0.0003\nlr_scheduler: rex\nwarmup_steps: 30\nmax_steps: 300\n"
                           "jagged_restart_steps: 100\njagged_restart_anneal_steps: 10\n", {}),
    ("axolotl-quadratic-warmup", "learning_rate: 0.0001\nlr_scheduler: cosine\nlr_quadratic_warmup: true\n"
                                 "warmup_steps: 40\nmax_steps: 300\n", {}),
    ("axolotl-quadratic-default-warmup", "learning_rate: 0.0002\nlr_quadratic_warmup: true\nnum_epochs: 4\n",
     {"steps_per_epoch": 250}),
    ("cosine-kwargs-json-string", "learning_rate: 1.0e-4\nlr_scheduler_type: cosine\nwarmup_steps: 10\nmax_steps: 300\n"
                                  "lr_scheduler_kwargs: '{\"num_cycles\": \"1.5\"}'\n", {}),
    ("wsd-kwargs-json-string", "learning_rate: 3.0e-4\nlr_scheduler_type: warmup_stable_decay\nwarmup_steps: 40\n"
                               "max_steps: 400\nlr_scheduler_kwargs: '{\"num_decay_steps\": 100, \"decay_type\": \"1-sqrt\","
                               " \"min_lr_ratio\": \"0.1\"}'\n", {}),
]


def main():
    warnings.simplefilter("ignore")  # the wrapper calls its scheduler's get_lr outside step(), as axolotl's does
    out = []
    for name, text, flags in CASES:
        config = yaml.safe_load(text)
        _, steps, _ = run_of(config, flags)
        rows = steps + 1 if config.get("lr_scheduler") == "one_cycle" else steps + 50  # OneCycleLR raises past it
        out.append({"name": name, "config": text, "total_steps": flags.get("total_steps"),
                    "steps_per_epoch": flags.get("steps_per_epoch"), "values": table(config, flags, rows)})
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
