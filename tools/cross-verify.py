#!/usr/bin/env python3
"""Checks that tools/verify.py reaches the same verdict as the Swift verifier on every kept log.

Usage: tools/cross-verify.py ARTIFACTS_DIR

The ledger tests keep each log they verify as <name>.jsonl beside <name>.verdict.json, the Swift
verifier's verdict: {"ok":bool,"events":N,"code":...,"seq":...,"line":...}. This script verifies each
such log with tools/verify.py (imported, not run once per log) and compares: both must say ok or
both must fail, and a failure must have the same code, seq and line; a clean log must have the same
number of events. Logs without a verdict file are not compared.

Prints a summary and exits 0 when the verifiers agree on every log; otherwise lists the
disagreements and exits 1 (also when no kept log was found at all).
"""
import importlib.util
import json
import pathlib
import sys

TOOLS = pathlib.Path(__file__).resolve().parent


def load_verifier():
    """tools/verify.py as a module."""
    spec = importlib.util.spec_from_file_location("logboek_verify", TOOLS / "verify.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def python_verdict(verify, log):
    """verify.py's verdict on a log, in the shape of the kept Swift verdicts."""
    report = verify.verify_file(str(log))
    seq, line, code, _ = report.failure or (None, None, None, None)
    return {"ok": report.ok, "events": report.events, "code": code, "seq": seq, "line": line}


def disagreement(swift, python):
    """A sentence on how the two verdicts differ, or None when they agree."""
    keys = ("ok", "events") if swift["ok"] else ("ok", "code", "seq", "line")
    differing = [k for k in keys if swift.get(k) != python.get(k)]
    if not differing:
        return None
    return "; ".join("%s: swift %s, python %s" % (k, json.dumps(swift.get(k)), json.dumps(python.get(k)))
                     for k in differing)


def main(folder):
    verify = load_verifier()
    verdicts = sorted(pathlib.Path(folder).rglob("*.verdict.json"))
    clean = tampered = 0
    problems = []
    codes = {}
    for path in verdicts:
        log = path.with_name(path.name[:-len(".verdict.json")] + ".jsonl")
        swift = json.loads(path.read_text(encoding="utf-8"))
        python = python_verdict(verify, log)
        if swift["ok"]:
            clean += 1
        else:
            tampered += 1
            codes[swift["code"]] = codes.get(swift["code"], 0) + 1
        difference = disagreement(swift, python)
        if difference:
            problems.append("%s: %s" % (log.name, difference))
    if not verdicts:
        print("cross-verify: no kept logs with verdicts found in %s" % folder, file=sys.stderr)
        return 1
    summary = "%d logs: %d tampered, %d clean" % (len(verdicts), tampered, clean)
    by_code = ", ".join("%s %d" % item for item in sorted(codes.items()))
    if problems:
        for problem in problems:
            print("cross-verify: %s" % problem, file=sys.stderr)
        print("cross-verify: %s; the verifiers disagree on %d" % (summary, len(problems)), file=sys.stderr)
        return 1
    print("cross-verify: %s; both verifiers agree on all (failures by code: %s)" % (summary, by_code or "none"))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] in ("-h", "--help"):
        print(__doc__, file=sys.stderr if len(sys.argv) != 2 else sys.stdout)
        sys.exit(0 if sys.argv[1:] in (["-h"], ["--help"]) else 2)
    sys.exit(main(sys.argv[1]))
