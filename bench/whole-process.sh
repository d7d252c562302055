#!/usr/bin/env bash
# Whole-process timings, side by side in one run (hyperfine): anneal's 1,000,000-row table against
# PyTorch's scheduler loop printing the same CSV (values checked equal), `anneal validate` of one
# file, and of 1,000 files in one call against ajv-cli on the same files and schema.
# Needs hyperfine, python3 with torch and yaml, node and npm: as root on Debian it installs them
# (hyperfine, python3-torch, python3-yaml, npm), and ajv-cli from npm into target/bench.
# Writes target/bench/whole-process.md (the tables) and prints it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=target/bench
mkdir -p "$out"
runs="${RUNS:-10}"
py=/usr/bin/python3
[ -x "$py" ] || py=python3

# what the comparison needs comes from Debian's packages and npm; as root, they are installed here
debian_packages=()
command -v hyperfine >/dev/null || debian_packages+=(hyperfine)
command -v npm >/dev/null || debian_packages+=(npm)
"$py" -c 'import torch' 2>/dev/null || debian_packages+=(python3-torch)
"$py" -c 'import yaml' 2>/dev/null || debian_packages+=(python3-yaml)
if [ "${#debian_packages[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "bench: installing ${debian_packages[*]} (apt-get)..." >&2
    apt-get install -y -q "${debian_packages[@]}" >&2 || { apt-get update -q >&2 && apt-get install -y -q "${debian_packages[@]}" >&2; }
    py=/usr/bin/python3
  else
    echo "bench: missing ${debian_packages[*]}: install them (Debian: apt-get install ${debian_packages[*]})" >&2
    exit 2
  fi
fi
if [ ! -x "$out/node_modules/.bin/ajv" ]; then
  npm install --silent --no-audit --no-fund --prefix "$out" ajv-cli@5 >/dev/null
fi
ajv="$out/node_modules/.bin/ajv"

./anneal --version >/dev/null   # builds the jar and its class cache once, outside the timings
ANNEAL_VERBOSE=1 ./anneal --version 2>&1 >/dev/null | tee "$out/java.txt"

# --- 1. the 1,000,000-step table against PyTorch --------------------------------------------------
table=bench/torch-sequential-restarts.yaml
steps=1000000
./anneal table --steps "$steps" "$table" > "$out/anneal.csv"
"$py" bench/torch_table.py "$table" "$steps" > "$out/torch.csv"
"$py" - "$out/anneal.csv" "$out/torch.csv" <<'PY' | tee "$out/agreement.txt"
import sys
a = open(sys.argv[1]).read().split("\n")[1:-1]
b = open(sys.argv[2]).read().split("\n")[1:-1]
assert len(a) == len(b), (len(a), len(b))
worst, same = 0.0, 0
for x, y in zip(a, b):
    sx, vx = x.split(","); sy, vy = y.split(",")
    assert sx == sy
    fx, fy = float(vx), float(vy)
    same += fx == fy
    worst = max(worst, abs(fx - fy) / abs(fy) if fy else abs(fx))
print(f"{len(a)} rows: {same} values bit-identical, worst relative difference {worst:.1e}")
assert worst <= 1e-9, "anneal and PyTorch disagree beyond 1e-9"
PY
hyperfine -N -w 1 -r "$runs" --export-json "$out/table.json" \
  -n anneal "./anneal table --steps $steps $table" \
  -n pytorch "$py bench/torch_table.py $table $steps" >/dev/null

# --- 2. validate: one file, then 1,000 files in one call, against ajv-cli ------------------------
one=samples/gpt-warmup-cosine.yaml
rm -rf "$out/files" && mkdir -p "$out/files"
for i in $(seq -w 1 1000); do cp "$one" "$out/files/run-$i.yaml"; done
"$ajv" validate --spec=draft2020 --strict=false -s schemas/anneal.schema.json -d "$out/files/run-0001.yaml" >/dev/null
hyperfine -N -w 2 -r "$runs" --export-json "$out/validate-one.json" \
  -n anneal "./anneal validate $one" \
  -n ajv-cli "$ajv validate --spec=draft2020 --strict=false -s schemas/anneal.schema.json -d $one" >/dev/null
hyperfine -w 1 -r "$(( (runs + 1) / 2 ))" --export-json "$out/validate-1000.json" \
  -n anneal "./anneal validate $out/files" \
  -n ajv-cli "$ajv validate --spec=draft2020 --strict=false -s schemas/anneal.schema.json -d '$out/files/*.yaml'" >/dev/null

"$py" - "$out" "$runs" <<'PY' | tee "$out/whole-process.md"
import json, sys
out = sys.argv[1]
def load(name):
    return {r["command"]: r for r in json.load(open(f"{out}/{name}.json"))["results"]}
def row(r):
    return f"{r['median']:.3f} s (mean {r['mean']:.3f} ± {r['stddev'] or 0:.3f}, {len(r['times'])} runs)"
t, v1, v1000 = load("table"), load("validate-one"), load("validate-1000")
print("| comparison | ratio | anneal | other |")
print("|---|---|---|---|")
print(f"| 1,000,000-row table: PyTorch loop / anneal | **{t['pytorch']['median'] / t['anneal']['median']:.1f}x** | {row(t['anneal'])} | {row(t['pytorch'])} |")
print(f"| validate 1 file: ajv-cli / anneal | **{v1['ajv-cli']['median'] / v1['anneal']['median']:.2f}x** | {row(v1['anneal'])} | {row(v1['ajv-cli'])} |")
print(f"| validate 1,000 files: ajv-cli / anneal | **{v1000['ajv-cli']['median'] / v1000['anneal']['median']:.2f}x** | {row(v1000['anneal'])} | {row(v1000['ajv-cli'])} |")
PY
cat "$out/agreement.txt"
