#!/usr/bin/env python3
"""The crash sweep: kills each multi-step command of a case's keys at every one of its durable steps, then runs
the natural next command and checks that nothing was lost or left half done.

Usage: tools/crash_sweep.py LOGBOEK_BINARY [--every N]

For each scenario (case open, case grant, case withdraw, erase) the command is first run under `strace -c` to
count its durable steps (fsync, fdatasync, rename, link, unlink, rmdir). Then, on a fresh copy of the scenario's
logbook for each step, `strace -e inject=SYSCALL:signal=KILL:when=N` kills the command as it enters that step;
the same command is run again (the natural retry), and the checks follow: `verify` passes, every member reads
the case, a withdrawn member reads nothing, an erased case's keys are gone. `--every N` takes every Nth step
only (the short run in tools/test); without it every step is tried (tools/stress).
Exits 0 when every check holds, 1 when one fails (each failure is printed), 77 when strace cannot trace here.
"""
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

PASSPHRASES = {"dir.jansen": "directeur-geheim", "ib.devries": "ib-geheim-123", "lk.bakker": "bakker-geheim",
               "lk.visser": "visser-geheim"}
STEPS = ["fsync", "fdatasync", "rename", "link", "unlink", "rmdir"]
OPEN = ["case", "open", "2026-001", "--child-ref", "LL-4711", "--child-name", "Sara de Boer", "--birth-date", "2017-03-14",
        "--group", "groep 5", "--reason", "Herhaalde zorgen.", "--opened-on", "2026-11-20"]
GRANT = ["case", "grant", "lk.visser", "--case", "2026-001", "--reason", "mentor"]
WITHDRAW = ["case", "withdraw", "lk.visser", "--case", "2026-001", "--reason", "geen mentor meer"]
ERASE = ["erase", "--case", "2026-001", "--ground", "request", "--reason", "verzoek op grond van de AVG"]


class Logboek:
    """Runs the binary on one logbook folder."""

    def __init__(self, binary, folder):
        self.binary, self.folder = binary, folder

    def run(self, arguments, actor=None, prefix=(), stdin="Sara de Boer\n"):
        environment = dict(os.environ, LOGBOEK_DIR=str(self.folder))
        if actor:
            environment["LOGBOEK_PASSPHRASE"] = PASSPHRASES[actor]
            environment["LOGBOEK_NEW_PASSPHRASE"] = PASSPHRASES.get(arguments[2], "") if arguments[:2] == ["actor", "add"] else ""
            arguments = arguments + ["--as", actor]
        return subprocess.run(list(prefix) + [self.binary] + arguments, env=environment, input=stdin, text=True,
                              capture_output=True, timeout=120)

    def reads(self, actor):
        return self.run(["case", "show", "2026-001", "--json"], actor).returncode == 0


def template(binary, root):
    """A logbook with the director (administrator), the IB'er and two teachers."""
    folder = root / "template"
    init = ["init", str(folder), "--org", "Basisschool De Klimtoren", "--admin", "dir.jansen", "--admin-name", "M. Jansen",
            "--role", "directeur", "--recovery-key", str(root / "recovery.key")]
    logboek = Logboek(binary, folder)
    result = subprocess.run([binary] + init, env=dict(os.environ, LOGBOEK_PASSPHRASE=PASSPHRASES["dir.jansen"]),
                            capture_output=True, text=True)
    require(result, "init")
    for actor, name, role in [("ib.devries", "A. de Vries", "intern-begeleider"), ("lk.bakker", "S. Bakker", "leerkracht"),
                              ("lk.visser", "T. Visser", "leerkracht")]:
        require(logboek.run(["actor", "add", actor, "--name", name, "--role", role], "dir.jansen"), "actor add")
    return folder


def require(result, what):
    if result.returncode != 0:
        raise SystemExit("crash sweep: %s failed: %s" % (what, result.stderr.strip()))


def scenarios():
    """(name, setup commands, the command killed and retried, its actor, the checks after)."""
    opened = [(OPEN, "lk.bakker")]
    return [
        ("case open", [], OPEN, "lk.bakker", lambda lb: all(lb.reads(a) for a in ("lk.bakker", "ib.devries", "dir.jansen"))),
        ("case grant", opened, GRANT, "ib.devries", lambda lb: lb.reads("lk.visser") and lb.reads("lk.bakker")),
        ("case withdraw", opened + [(GRANT, "ib.devries")], WITHDRAW, "ib.devries",
         lambda lb: not lb.reads("lk.visser") and lb.reads("lk.bakker") and lb.reads("dir.jansen")),
        ("erase", opened, ERASE, "dir.jansen",
         lambda lb: not (lb.folder / "casekeys" / "2026-001").exists() and not lb.reads("ib.devries")),
    ]


def count_steps(binary, folder, command, actor):
    """How often the command enters each durable step, from `strace -c`."""
    trace = folder.parent / (folder.name + ".count")
    Logboek(binary, folder).run(command, actor, prefix=["strace", "-f", "-c", "-o", str(trace), "-e", "trace=" + ",".join(STEPS)])
    counts = {}
    for line in trace.read_text().splitlines():
        fields = line.split()
        if len(fields) >= 5 and fields[-1] in STEPS and fields[3].isdigit():
            counts[fields[-1]] = int(fields[3])
    return counts


def sweep(binary, root, every):
    base = template(binary, root)
    failures, runs = [], 0
    for name, setup, command, actor, check in scenarios():
        start = root / ("start-" + name.replace(" ", "-"))
        shutil.copytree(base, start)
        for arguments, who in setup:
            require(Logboek(binary, start).run(arguments, who), name + " setup")
        probe = root / "probe"
        shutil.rmtree(probe, ignore_errors=True)
        shutil.copytree(start, probe)
        counts = count_steps(binary, probe, command, actor)
        points = [(step, n) for step in STEPS for n in range(1, counts.get(step, 0) + 1)][::every]
        for step, n in points:
            runs += 1
            folder = root / "run"
            shutil.rmtree(folder, ignore_errors=True)
            shutil.copytree(start, folder)
            logboek = Logboek(binary, folder)
            inject = ["strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=" + step, "-e", "inject=%s:signal=KILL:when=%d" % (step, n)]
            logboek.run(command, actor, prefix=inject)
            logboek.run(command, actor)  # the natural retry (refused if the first run had already landed)
            verified = logboek.run(["verify"])
            if verified.returncode != 0 or not check(logboek):
                failures.append("%s killed at %s #%d: %s" % (name, step, n, verified.stdout.strip() or "a member check failed"))
        print("crash sweep: %s: %d durable steps (%s), %d tried" % (
            name, sum(counts.values()), ", ".join("%s %d" % item for item in sorted(counts.items())), len(points)))
    return runs, failures


def main(arguments):
    if not arguments or arguments[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if arguments else 2
    binary = str(pathlib.Path(arguments[0]).resolve())
    every = int(arguments[2]) if len(arguments) == 3 and arguments[1] == "--every" else 1
    if shutil.which("strace") is None or subprocess.run(["strace", "-qq", "-o", "/dev/null", "true"]).returncode != 0:
        print("crash sweep: strace cannot trace processes here; skipped", file=sys.stderr)
        return 77
    with tempfile.TemporaryDirectory() as folder:
        runs, failures = sweep(binary, pathlib.Path(folder), every)
    for failure in failures:
        print("crash sweep: " + failure, file=sys.stderr)
    print("crash sweep: %d kills, %d with a lost or half-done result" % (runs, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
