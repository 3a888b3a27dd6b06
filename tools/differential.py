#!/usr/bin/env python3
"""The differential fuzzer's Python half: tools/verify.py must reach the Swift verifier's verdict on every
mutated log in the packs the Swift fuzz test wrote.

Usage: tools/differential.py PACK_DIR [--keep DIR]

A pack (NAME.pack) is JSON Lines of {"label","log":<base64>,"ok","events","code","seq","line"} (the Swift verdict).
Each log is verified in memory; a failure must have the same code, seq and line, a clean log the same
number of events. Prints a summary and exits 0 when they agree on all; otherwise lists each disagreement,
writes its log to the --keep folder (default PACK_DIR/disagreements) for a regression test, and exits 1.
"""
import base64
import importlib.util
import io
import json
import pathlib
import sys

TOOLS = pathlib.Path(__file__).resolve().parent


def load(name, file):
    spec = importlib.util.spec_from_file_location(name, TOOLS / file)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(arguments):
    if not arguments or arguments[0] in ("-h", "--help"):
        print(__doc__, file=sys.stdout if arguments else sys.stderr)
        return 0 if arguments else 2
    folder = pathlib.Path(arguments[0])
    keep = pathlib.Path(arguments[2]) if len(arguments) == 3 and arguments[1] == "--keep" else folder / "disagreements"
    verify, cross = load("logboek_verify", "verify.py"), load("logboek_cross_verify", "cross-verify.py")
    packs = sorted(folder.glob("*.pack"))
    total, problems, codes = 0, [], {}
    for pack in packs:
        with open(pack, encoding="utf-8") as lines:
            for text in lines:
                record = json.loads(text)
                log = base64.b64decode(record["log"])
                report = verify.verify_stream(io.BytesIO(log))
                seq, line, code, _ = report.failure or (None, None, None, None)
                python = {"ok": report.ok, "events": report.events, "code": code, "seq": seq, "line": line}
                total += 1
                codes[record["code"] or "ok"] = codes.get(record["code"] or "ok", 0) + 1
                difference = cross.disagreement(record, python)
                if difference:
                    keep.mkdir(parents=True, exist_ok=True)
                    (keep / ("%d.jsonl" % len(problems))).write_bytes(log)
                    problems.append("%s: %s" % (record["label"], difference))
    if total == 0:
        print("differential: no fuzz packs in %s" % folder, file=sys.stderr)
        return 1
    summary = "%d mutated logs (%s)" % (total, ", ".join("%s %d" % item for item in sorted(codes.items())))
    if problems:
        for problem in problems:
            print("differential: %s" % problem, file=sys.stderr)
        print("differential: %s; the verifiers disagree on %d (kept in %s)" % (summary, len(problems), keep), file=sys.stderr)
        return 1
    print("differential: %s; both verifiers agree on all" % summary)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
