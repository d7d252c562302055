# ---- anneal's native nodes, in the very floating-point steps of anneal's compiler ----------------
# A node is a builder: called with a time stretch s = (num, den) (1 outside `restarts`; L_i / D
# inside cycle i, multiplying every duration) and the value where the previous part of a sequence
# ended (for a node without `from`), it returns (curve, duration): curve(t) is the value at local
# step t, duration is math.nan when the node goes on forever.

_NAN = math.nan
_ONE = (1.0, 1.0)


def _pow(x, y):
    try:
        return math.pow(x, y)
    except OverflowError:
        return -math.inf if x < 0 and y % 2 == 1 else math.inf
    except ValueError:
        return math.nan


def _round(x):
    f = math.floor(x)
    return f + 1 if x - f >= 0.5 else f


def _stretch(steps, s):
    return float(steps) if s[0] == s[1] else steps * s[0] / s[1]


def _from(given, previous):
    return given if given is not None else previous


def _progress(t, steps):
    return 1.0 if t >= steps else t / steps


def _within(value, lo, hi):
    return lo if value < lo else hi if value > hi else value


def _mix(a, b, w, lo, hi):
    if w == 1:
        return a
    if w == 0:
        return b
    return _within(b + (a - b) * w, lo, hi)


def _optional(steps, s):
    return _NAN if steps is None else _stretch(steps, s)


def _linear(given, to, steps):
    def build(s, previous):
        a, d = _from(given, previous), _stretch(steps, s)
        lo, hi = min(a, to), max(a, to)

        def curve(t):
            p = _progress(t, d)
            return to if p == 1 else _within(a + (to - a) * p, lo, hi)
        return curve, d
    return build


def _log_linear(given, to, steps):
    def build(s, previous):
        a, d = _from(given, previous), _stretch(steps, s)
        lo, hi, ratio = min(a, to), max(a, to), to / a

        def curve(t):
            p = _progress(t, d)
            return to if p == 1 else _within(a * _pow(ratio, p), lo, hi)
        return curve, d
    return build


def _shape(weight):
    def node(given, to, steps, *extra):
        def build(s, previous):
            a, d = _from(given, previous), _stretch(steps, s)
            lo, hi = min(a, to), max(a, to)
            return (lambda t: _mix(a, to, weight(_progress(t, d), *extra), lo, hi)), d
        return build
    return node


_cosine = _shape(lambda p: (1 + math.cos(math.pi * p)) / 2)
_cosine_k = _shape(lambda p, k: (1 + math.cos(math.pi * _pow(p, k))) / 2)
_polynomial = _shape(lambda p, power: _pow(1 - p, power))
_polynomial_k = _shape(lambda p, power, k: _pow(1 - _pow(p, k), power))
_one_minus_sqrt = _shape(lambda p: 1 - math.sqrt(p))
_rex = _shape(lambda p: (1 - p) / (0.1 + 0.9 * (1 - p)))
_tanh = _shape(lambda p, lb, ub: 0.0 if p == 1 else 0.5 * (1 - math.tanh(lb * (1 - p) + ub * p)))


def _endless(make):
    def node(given, *args):
        steps = args[-1]

        def build(s, previous):
            return make(_from(given, previous), *args[:-1]), _optional(steps, s)
        return build
    return node


def _count_at_or_below(points, t):
    return bisect.bisect_right(points, t)


_exponential = _endless(lambda a, rate, every, staircase: (lambda t: a * _pow(rate, math.floor(t / every)))
                        if staircase else (lambda t: a * _pow(rate, t / every)))
_step = _endless(lambda a, gamma, every: lambda t: a * _pow(gamma, math.floor(t / every)))
_multistep = _endless(lambda a, gamma, milestones: lambda t: a * _pow(gamma, _count_at_or_below(milestones, t)))
_inverse_sqrt = _endless(lambda a, timescale: lambda t: a / math.sqrt(1 + t / timescale))


def _constant(value, steps):
    return lambda s, previous: ((lambda t: value), _optional(steps, s))


def _piecewise_constant(values, boundaries, steps):
    return lambda s, previous: ((lambda t: values[_count_at_or_below(boundaries, t)]), _optional(steps, s))


def _sequence(parts):
    def build(s, previous):
        curves, starts, start, end = [], [], 0.0, None
        for part in parts:
            curve, d = part(s, end)
            curves.append(curve)
            starts.append(start)
            start += d
            end = None if math.isnan(d) else curve(d)
        last = len(parts) - 1

        def at(t):
            i = last
            while starts[i] > t:
                i -= 1
            return curves[i](t - starts[i])
        return at, start
    return build


def _warmup(steps, a, then):
    def build(s, previous):
        d = _stretch(steps, s)
        following, rest = then(s, None)
        peak = following(0.0)
        return (lambda t: a + (peak - a) * (t / d) if t < d else following(t - d)), d + rest
    return build


def _scale(by, of):
    def build(s, previous):
        curve, d = of(s, None)
        return (lambda t: by * curve(t)), d
    return build


def _longest(durations):
    longest = 0.0
    for d in durations:
        if math.isnan(d):
            return _NAN
        longest = max(longest, d)
    return longest


def _members(of, s, combine, start):
    built = [member(s, None) for member in of]
    curves = [curve for curve, _ in built]

    def at(t):
        value = start
        for curve in curves:
            value = combine(value, curve(t))
        return value
    return at, _longest(d for _, d in built)


def _multiply(of):
    return lambda s, previous: _members(of, s, lambda x, y: x * y, 1.0)


def _add(of):
    return lambda s, previous: _members(of, s, lambda x, y: x + y, 0.0)


def _clamp(lo, hi, of):
    lo = -math.inf if lo is None else lo
    hi = math.inf if hi is None else hi

    def build(s, previous):
        curve, d = of(s, None)

        def at(t):
            v = curve(t)
            return v if v != v else min(hi, max(lo, v))
        return at, d
    return build


def _shift(by, of):
    def build(s, previous):
        curve, d = of(s, None)
        return (lambda t: curve(max(0.0, t - by))), d + by
    return build


def _cosine_cycles(given, to, steps, cycles, hard):
    def build(s, previous):
        a, d = _from(given, previous), _stretch(steps, s)
        lo, hi = min(a, to), max(a, to)
        if hard:
            return (lambda t: to if t >= d else
                    _mix(a, to, 0.5 * (1.0 + math.cos(math.pi * math.fmod(cycles * (t / d), 1.0))), lo, hi)), d
        return (lambda t: _mix(a, to, 0.5 * (1.0 + math.cos(math.pi * cycles * 2.0 * (t / d))), lo, hi)), d
    return build


def _hold(every, of):
    def build(s, previous):
        curve, d = of(s, None)
        return (lambda t: curve(float(math.floor(t / every)))), d * every
    return build


def _restarts(of, period_mult, decay, cycles):
    def build(s, previous):
        first, duration = of(s, None)
        built = {}
        starts = [0.0]
        limit = math.inf if cycles is None else cycles

        def length(i):
            return max(1, _round(duration * _pow(period_mult, i)))

        def cycle(i):
            if period_mult == 1:
                i = 0
            if i not in built:
                curve, d = of((s[0] * length(i), s[1] * duration), None)
                built[i] = (curve, curve(d))
            return built[i]

        def locate(t):
            if period_mult == 1:
                n = length(0)
                i = limit if t / n >= limit else math.floor(t / n)
                return i, i * float(n)
            i = 0
            while i < limit:
                if len(starts) <= i + 1:
                    starts.append(starts[i] + length(i))
                if t < starts[i + 1]:
                    break
                i += 1
            return i, starts[i] if i < len(starts) else math.nan

        def at(t):
            i, start = locate(t)
            if i >= limit:
                return cycle(cycles - 1)[1]
            curve, end = cycle(i)
            value = curve(t - start)
            if decay == 1 or i == 0:
                return value
            return end + (value - end) * _pow(decay, i)
        return at, (_NAN if cycles is None else locate(math.inf)[1])
    return build


def _torch(make, base_lr, key="lr"):
    """A torch.* node as a curve: the real scheduler, stepped on a private optimizer."""
    values = []
    state = {}

    def at(t):
        k = int(t)
        if not state:
            optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=base_lr, momentum=0.9)
            state["optimizer"], state["scheduler"] = optimizer, make(optimizer)
        while len(values) <= k:
            if values:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    state["scheduler"].step()
            values.append(state["optimizer"].param_groups[0][key])
        return values[k]
    return lambda s, previous: (at, _NAN)


def _schedule(node):
    """The function step -> value of a whole tree."""
    curve, _ = node(_ONE, None)
    return lambda step: curve(float(step))
