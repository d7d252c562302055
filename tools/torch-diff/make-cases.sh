#!/usr/bin/env bash
# tools/torch-diff/make-cases.sh [SEED] [COUNT] [REFUSED_COUNT]: the differential test's data.
# Generates COUNT random configurations (default 4000) and REFUSED_COUNT that PyTorch may refuse
# (default 600) with SEED (default 13), runs them through real PyTorch, and writes what
# TorchDifferentialTest reads: src/test/resources/golden/torch-diff/cases.jsonl.gz, and the
# counts by class beside it (counts.md). Needs python3 with torch and yaml: as root on Debian it
# installs them (python3-torch, python3-yaml), as bench/whole-process.sh does.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
seed="${1:-13}"
count="${2:-4000}"
refused="${3:-600}"
py=/usr/bin/python3   # not a pyenv shim on the PATH: Debian's python3-torch is for this one
[ -x "$py" ] || py=python3

debian_packages=()
"$py" -c 'import torch' 2>/dev/null || debian_packages+=(python3-torch)
"$py" -c 'import yaml' 2>/dev/null || debian_packages+=(python3-yaml)
if [ "${#debian_packages[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "torch-diff: installing ${debian_packages[*]} (apt-get)..." >&2
    apt-get install -y -q "${debian_packages[@]}" >&2 || { apt-get update -q >&2 && apt-get install -y -q "${debian_packages[@]}" >&2; }
    py=/usr/bin/python3
  else
    echo "torch-diff: missing ${debian_packages[*]}: install them (Debian: apt-get install ${debian_packages[*]})" >&2
    exit 2
  fi
fi

out=src/test/resources/golden/torch-diff
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
tools=tools/torch-diff
"$py" "$tools/generate.py" --seed "$seed" --count "$count" | "$py" "$tools/run_torch.py" > "$tmp/cases.jsonl"
"$py" "$tools/generate.py" --seed "$seed" --count "$refused" --refused | "$py" "$tools/run_torch.py" > "$tmp/refused.jsonl"
{
  echo "# torch-diff: counts of the committed cases"
  echo
  echo "Made by \`tools/torch-diff/make-cases.sh $seed $count $refused\` (seed $seed)."
  echo
  echo "Debian package: $(dpkg-query -W -f '${Package} ${Version}' python3-torch 2>/dev/null || echo unknown)."
  echo
  "$py" "$tools/select.py" "$out/cases.jsonl.gz" "$tmp/cases.jsonl" "$tmp/refused.jsonl"
} > "$out/counts.md"
cat "$out/counts.md"
