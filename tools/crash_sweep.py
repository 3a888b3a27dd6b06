#!/usr/bin/env python3
"""The crash sweep: kills each multi-step command at every one of its durable steps, then runs the natural next
command and checks that nothing was lost or left half done.

Usage: tools/crash_sweep.py LOGBOEK_BINARY [--every N]

For each scenario (init, actor add, actor rotate, actor revoke, case open, case grant, case withdraw, erase,
retention --run, recover, checkpoint, witness cosign) the command is first run under `strace -c` to count its
durable steps (fsync, fdatasync, rename, link, unlink, rmdir). Then, on a fresh copy of the scenario's logbook
for each step, `strace -e inject=SYSCALL:signal=KILL:when=N` kills the command as it enters that step; the same
command is run again (the natural retry), and the checks follow: `verify` passes, every remaining member reads
the case, a removed member reads nothing and holds no copy, an erased case's keys are gone, a new key works.
`--every N` takes every Nth step only (the short run in tools/test); without it every step is tried (tools/stress).
Exits 0 when every check holds, 1 when one fails (each failure is printed), 77 when strace cannot trace here.
"""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

PASSPHRASES = {"dir.jansen": "directeur-geheim", "ib.devries": "ib-geheim-123", "lk.bakker": "bakker-geheim",
               "lk.visser": "visser-geheim", "lk.smit": "smit-geheim-789", "ib.jong": "jong-geheim-456"}
WITNESS = {"LOGBOEK_PASSPHRASE": "inspectie-geheim", "LOGBOEK_NEW_PASSPHRASE": "inspectie-geheim"}
STEPS = ["fsync", "fdatasync", "rename", "link", "unlink", "rmdir"]
OPEN = ["case", "open", "2026-001", "--child-ref", "LL-4711", "--child-name", "Sara de Boer", "--birth-date", "2017-03-14",
        "--group", "groep 5", "--reason", "Herhaalde zorgen.", "--opened-on", "2026-11-20"]
GRANT = ["case", "grant", "lk.visser", "--case", "2026-001", "--reason", "mentor"]
WITHDRAW = ["case", "withdraw", "lk.visser", "--case", "2026-001", "--reason", "geen mentor meer"]
ERASE = ["erase", "--case", "2026-001", "--ground", "request", "--reason", "verzoek op grond van de AVG"]
INIT = ["init", "{run}/school", "--org", "Basisschool De Klimtoren", "--admin", "dir.jansen", "--admin-name", "M. Jansen",
        "--role", "directeur", "--recovery-key", "{run}/school.recovery-key"]
CLOSE = ["record", "case.closed", "--case", "2026-001", "--reason", "no-concern", "--explanation", "Geen zorg.",
         "--closed-on", "2026-11-20"]
RECOVER = ["recover", "--recovery-key", "{root}/recovery.key", "--reason", "wachtwoordzin vergeten"]
CHECKPOINT = ["checkpoint", "--out", "{run}/cp", "--json"]
COSIGN = ["witness", "cosign", "{run}/witness", "--checkpoint", "{run}/cp", "--log-key", "{run}/log.vkey", "--out", "{run}/cp.cosigned"]


class Logboek:
    """Runs the binary on one logbook: `home/logbook`, beside the files a scenario keeps outside it (a witness,
    checkpoints, a second logbook), so that copying `home` copies a scenario's whole state."""

    def __init__(self, binary, home, folder=None):
        self.binary, self.home, self.folder = binary, home, folder or home / "logbook"

    def run(self, arguments, actor=None, prefix=(), stdin="Sara de Boer\n", environment=None):
        arguments = [a.format(run=self.home, root=self.home.parent) for a in arguments]
        variables = dict(os.environ, LOGBOEK_DIR=str(self.folder), **(environment or {}))
        if actor:
            variables["LOGBOEK_PASSPHRASE"] = PASSPHRASES[actor]
            new_key = arguments[:2] in (["actor", "add"], ["actor", "rotate"])
            variables["LOGBOEK_NEW_PASSPHRASE"] = PASSPHRASES.get(arguments[2], "") if new_key else ""
            arguments = arguments + ["--as", actor]
        return subprocess.run(list(prefix) + [self.binary] + arguments, env=variables, input=stdin, text=True,
                              capture_output=True, timeout=120)

    def reads(self, actor):
        return self.run(["case", "show", "2026-001", "--json"], actor).returncode == 0

    def copies_of(self, actor):
        """The key copies held by an actor, as (case, epoch, the public key each is sealed to)."""
        found = []
        for copy in (self.folder / "casekeys").glob("*/*/actor.%s.json" % actor):
            found.append((copy.parent.parent.name, copy.parent.name, json.loads(copy.read_text())["holderKey"]))
        return found

    def encryption_key(self, actor):
        listed = json.loads(self.run(["actor", "list", "--json"]).stdout)
        return next(item["encryptionKey"] for item in listed if item["id"] == actor)


def template(binary, root):
    """A logbook with the director (administrator), the IB'er and two teachers."""
    folder = root / "template" / "logbook"
    init = ["init", str(folder), "--org", "Basisschool De Klimtoren", "--admin", "dir.jansen", "--admin-name", "M. Jansen",
            "--role", "directeur", "--recovery-key", str(root / "recovery.key")]
    logboek = Logboek(binary, folder.parent)
    result = subprocess.run([binary] + init, env=dict(os.environ, LOGBOEK_PASSPHRASE=PASSPHRASES["dir.jansen"]),
                            capture_output=True, text=True)
    require(result, "init")
    for actor, name, role in [("ib.devries", "A. de Vries", "intern-begeleider"), ("lk.bakker", "S. Bakker", "leerkracht"),
                              ("lk.visser", "T. Visser", "leerkracht")]:
        require(logboek.run(["actor", "add", actor, "--name", name, "--role", role], "dir.jansen"), "actor add")
    return folder.parent


def require(result, what):
    if result.returncode != 0:
        raise SystemExit("crash sweep: %s failed: %s" % (what, result.stderr.strip()))


def scenarios():
    """(name, setup steps, the command killed and retried, its actor, the check after: a problem or None, and the
    environment the command needs when it signs as no actor).

    A setup step is (arguments, actor) or (arguments, actor, environment); `{run}` in arguments is the run's folder,
    `{root}` the folder holding it and the recovery key."""
    opened = [(OPEN, "lk.bakker")]

    def all_read(*actors):
        return lambda lb: None if all(lb.reads(a) for a in actors) else "a member cannot read the case"

    def new_school(lb):
        school = Logboek(lb.binary, lb.home, lb.home / "school")
        if school.run(["verify"]).returncode != 0:
            return "the new logbook does not verify"
        added = school.run(["actor", "add", "lk.smit", "--name", "J. Smit", "--role", "leerkracht"], "dir.jansen")
        return None if added.returncode == 0 else "the administrator's key does not sign in the new logbook: " + added.stderr.strip()

    def added(lb):
        return None if lb.run(OPEN[:2] + ["2026-002"] + OPEN[3:], "lk.smit").returncode == 0 else "the new teacher's key does not sign"

    def rotated(lb):
        key = lb.encryption_key("lk.bakker")
        if any(held != key for _, _, held in lb.copies_of("lk.bakker")):
            return "a copy stays sealed to the rotated-away key"
        return all_read("lk.bakker", "ib.devries", "dir.jansen")(lb)

    def revoked(lb):
        if lb.copies_of("lk.bakker") or lb.reads("lk.bakker"):
            return "the revoked teacher keeps a copy or reads the case"
        return all_read("ib.devries", "dir.jansen")(lb)

    def erased(lb):
        return None if not (lb.folder / "casekeys" / "2026-001").exists() and not lb.reads("ib.devries") else "the erasure is half done"

    def cosigned(lb):
        if lb.run(["verify", "--checkpoint", "{run}/cp.cosigned"]).returncode != 0:
            return "the cosigned checkpoint does not verify"
        again = lb.run(COSIGN[:-1] + ["{run}/cp.again"], environment=WITNESS)
        return None if again.returncode == 0 else "the witness refuses after the kill: " + again.stderr.strip()

    checkpoint = lambda lb: None if lb.run(["verify", "--checkpoint", "{run}/cp"]).returncode == 0 else "the checkpoint does not verify"
    lose_ib_copies = (["__remove_copies", "ib.devries"], None)
    return [
        ("init", [], INIT, None, new_school, {"LOGBOEK_PASSPHRASE": PASSPHRASES["dir.jansen"]}),
        ("actor add", opened, ["actor", "add", "lk.smit", "--name", "J. Smit", "--role", "leerkracht"], "dir.jansen", added),
        ("actor add (coordinator)", opened, ["actor", "add", "ib.jong", "--name", "P. de Jong", "--role", "intern-begeleider"],
         "dir.jansen", all_read("ib.jong", "lk.bakker", "dir.jansen")),
        ("actor rotate", opened, ["actor", "rotate", "lk.bakker"], "dir.jansen", rotated),
        ("actor revoke", opened, ["actor", "revoke", "lk.bakker", "--reason", "uit dienst"], "dir.jansen", revoked),
        ("case open", [], OPEN, "lk.bakker", all_read("lk.bakker", "ib.devries", "dir.jansen")),
        ("case grant", opened, GRANT, "ib.devries", all_read("lk.visser", "lk.bakker")),
        ("case withdraw", opened + [(GRANT, "ib.devries")], WITHDRAW, "ib.devries",
         lambda lb: "the withdrawn teacher reads" if lb.reads("lk.visser") else all_read("lk.bakker", "dir.jansen")(lb)),
        ("erase", opened, ERASE, "dir.jansen", erased),
        ("retention --run", opened + [(CLOSE, "lk.bakker")], ["retention", "--on", "2099-01-01", "--run"], "dir.jansen", erased),
        ("recover", opened + [lose_ib_copies], RECOVER, "dir.jansen", all_read("ib.devries", "lk.bakker")),
        ("checkpoint", opened, CHECKPOINT, "dir.jansen", checkpoint),
        ("witness cosign", opened + [(["witness", "init", "{run}/witness", "--name", "inspectie.example/witness"], None, WITNESS),
                                     (["__log_key"], None), (CHECKPOINT, "dir.jansen")], COSIGN, None, cosigned, WITNESS),
    ]


def setup_step(logboek, step, name):
    """Runs one setup step: a command, or one of the two file-level steps the scenarios need."""
    arguments, actor, environment = (step + (None,))[:3]
    if arguments[0] == "__remove_copies":
        for copy in (logboek.folder / "casekeys").glob("*/*/actor.%s.json" % arguments[1]):
            copy.unlink()
    elif arguments[0] == "__log_key":
        made = logboek.run(["checkpoint", "--json"], "dir.jansen")
        require(made, name + " setup")
        (logboek.home / "log.vkey").write_text(json.loads(made.stdout)["verifierKey"])
    else:
        require(logboek.run(arguments, actor, environment=environment), name + " setup")


def count_steps(binary, folder, command, actor, environment):
    """How often the command enters each durable step, from `strace -c`."""
    trace = folder.parent / (folder.name + ".count")
    Logboek(binary, folder).run(command, actor, prefix=["strace", "-f", "-c", "-o", str(trace), "-e", "trace=" + ",".join(STEPS)],
                                environment=environment)
    counts = {}
    for line in trace.read_text().splitlines():
        fields = line.split()
        if len(fields) >= 5 and fields[-1] in STEPS and fields[3].isdigit():
            counts[fields[-1]] = int(fields[3])
    return counts


def sweep(binary, root, every):
    base = template(binary, root)
    failures, runs = [], 0
    for scenario in scenarios():
        name, setup, command, actor, check, environment = (scenario + (None,))[:6]
        start = root / ("start-" + name.replace(" ", "-"))
        shutil.copytree(base, start)
        for step in setup:
            setup_step(Logboek(binary, start), step, name)
        probe = root / "probe"
        shutil.rmtree(probe, ignore_errors=True)
        shutil.copytree(start, probe)
        counts = count_steps(binary, probe, command, actor, environment)
        points = [(step, n) for step in STEPS for n in range(1, counts.get(step, 0) + 1)][::every]
        for step, n in points:
            runs += 1
            folder = root / "run"
            shutil.rmtree(folder, ignore_errors=True)
            shutil.copytree(start, folder)
            logboek = Logboek(binary, folder)
            inject = ["strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=" + step, "-e", "inject=%s:signal=KILL:when=%d" % (step, n)]
            logboek.run(command, actor, prefix=inject, environment=environment)
            retry = logboek.run(command, actor, environment=environment)  # the natural retry
            verified = Logboek(binary, folder, folder / "school" if name == "init" else None).run(["verify"])
            problem = ("verify: " + verified.stdout.strip()) if verified.returncode != 0 else check(logboek)
            if problem:
                failures.append("%s killed at %s #%d: %s (the retry said: %s)" % (name, step, n, problem, retry.stderr.strip()[:300]))
        print("crash sweep: %s: %d durable steps (%s), %d tried" % (
            name, sum(counts.values()), ", ".join("%s %d" % item for item in sorted(counts.items())), len(points)), flush=True)
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
