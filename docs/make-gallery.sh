#!/usr/bin/env bash
# Regenerates docs/gallery/<sample>.png from every samples/<sample>.yaml:
#   docs/make-gallery.sh
# (SamplesTest plots every sample the same way, so this keeps working as the code changes.)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mkdir -p "$here/docs/gallery"
for sample in "$here"/samples/*.yaml; do
  name="$(basename "$sample" .yaml)"
  at=()
  case "$name" in experiment-config*) at=(--at /train/optim) ;; esac
  (cd "$here" && ./anneal plot "${at[@]}" -o "docs/gallery/$name.png" "samples/$name.yaml")
  echo "docs/gallery/$name.png"
done
# the configs of other tools (--dialect), with what they leave to run time
for sample in "$here"/samples/dialects/*.yaml; do
  name="$(basename "$sample" .yaml)"
  flags=(--dialect hf)
  case "$name" in axolotl-*) flags+=(--steps-per-epoch 250) ;; lightning-*) flags=(--dialect lightning --steps-per-epoch 390) ;; timm-*) flags=(--dialect timm --steps-per-epoch 1251) ;; esac
  (cd "$here" && ./anneal plot "${flags[@]}" -o "docs/gallery/dialect-$name.png" "samples/dialects/$name.yaml")
  echo "docs/gallery/dialect-$name.png"
done
