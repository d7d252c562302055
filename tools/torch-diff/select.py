"""The committed set: the cases run_torch.py ran, less the known mismatches handled elsewhere,
written as one gzipped JSON line per case (the form TorchDifferentialTest reads), with the
counts by class printed as markdown.

    /usr/bin/python3 tools/torch-diff/select.py OUT.jsonl.gz CASES.jsonl [REFUSED.jsonl] > counts.md

From CASES every case is kept but the known ones (counted); from REFUSED (generate.py
--refused) only those PyTorch refuses (raises, or a value that is not finite), which anneal must
refuse too.
"""
import collections
import gzip
import json
import sys

KEEP = ("id", "kind", "steps", "yaml", "torch", "error", "rows", "ended", "lr", "momentum")
KNOWN = {"b": "two OneCycleLR in one tree (share the param group)",
         "c": "CosineAnnealingLR with eta_min over 1e4 times its base_lr (drift about 1e-9)",
         "d": "SequentialLR milestones starting at 0 (anneal refuses)"}


def members(kind):
    """The leaf classes inside a composite's kind string."""
    names = kind.replace("]", "").replace("[", ",").split(",")
    return [n for n in names if n not in ("SequentialLR", "ChainedScheduler")]


def main():
    out, sources = sys.argv[1], sys.argv[2:]
    kept, known, version = [], collections.Counter(), None
    for n, path in enumerate(sources):
        for line in open(path):
            case = json.loads(line)
            version = case["version"]
            if case["known"]:
                known[case["known"]] += 1
            elif n == 0 or case["torch"] != "ok":
                kept.append({k: case[k] for k in KEEP if k in case})
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as z:
        for case in kept:
            z.write((json.dumps(case) + "\n").encode())
    top, inner, refused = collections.Counter(), collections.Counter(), collections.Counter()
    values = 0
    for case in kept:
        kind = case["kind"]
        if case["torch"] != "ok":
            refused[case.get("error", "a value that is not finite").split(":")[0] + " in " + members(kind)[-1]] += 1
            continue
        values += len(case["lr"]) + len(case.get("momentum", []))
        head = kind.split("[")[0]
        if head in ("SequentialLR", "ChainedScheduler"):
            nested = "ChainedScheduler[" in kind[1:] or "SequentialLR[" in kind[1:]
            top[head + (" (nesting a composite)" if nested else "")] += 1
            for m in members(kind):
                inner[m] += 1
        else:
            top[head] += 1
    print(f"PyTorch {version}; {len(kept)} cases, {values} values compared\n")
    print("| top-level class | cases |\n|---|---|")
    for k, v in sorted(top.items()):
        print(f"| {k} | {v} |")
    print(f"| **all compared** | **{sum(top.values())}** |\n")
    print("| class inside a composite | occurrences |\n|---|---|")
    for k, v in sorted(inner.items()):
        print(f"| {k} | {v} |")
    print("\n| refused by PyTorch (anneal must refuse) | cases |\n|---|---|")
    for k, v in sorted(refused.items()):
        print(f"| {k} | {v} |")
    print("\n| known mismatch, left out | cases |\n|---|---|")
    for k, v in sorted(known.items()):
        print(f"| {k}: {KNOWN[k]} | {v} |")


if __name__ == "__main__":
    main()
