#!/usr/bin/env python3
"""End to end: real checkpoints, proofs and cosignatures from the `logboek` binary, checked by both verifiers.

Builds a logbook with the CLI, signs checkpoints, proves consistency, has a witness cosign, and then
requires that `logboek verify --checkpoint` and `tools/verify.py --checkpoint` reach the same verdict
on good checkpoints, a wrong key, an altered signature or cosignature, a checkpoint larger than the
log, a malformed file, and the rewrite attack (tools/attack/rewrite-history.py re-signs a changed
history with the authors' own keys). The CLI's proofs are checked with the RFC 9162 algorithms
written out below and must have at most ceil(log2 n) + 1 hashes.

The binary is $LOGBOEK_BIN, else .build/debug/logboek (build it with `swift build`).
"""
import base64
import hashlib
import json
import math
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = pathlib.Path(__file__).resolve().parent.parent
VERIFY_PY = ROOT / "tools" / "verify.py"
REWRITE = ROOT / "tools" / "attack" / "rewrite-history.py"
PASSPHRASES = {"dir.jansen": "directeur-geheim", "lk.bakker": "bakker-geheim"}
WITNESS_PASSPHRASE = "inspectie-geheim"
WITNESS_NAME = "inspectie.example/witness"
LOGBOEK = None  # set by EndToEndCheckpointTests.setUpClass

# The checkpoint codes of tools/verify.py and the ProofError code `logboek verify` gives for the same
# finding. verify.py is finer: it tells a missing cosignature from a bad one, and a checkpoint beyond
# the log from a root that differs; docs/FORMAT.md, "Independent verification", lists the same table.
PYTHON_TO_SWIFT = {
    "checkpoint-malformed": "malformed",
    "checkpoint-bad-signature": "bad-checkpoint-signature",
    "cosignature-missing": "bad-checkpoint-signature",
    "cosignature-bad": "bad-checkpoint-signature",
    "checkpoint-beyond-log": "log-inconsistent",
    "checkpoint-root-mismatch": "log-inconsistent",
}


def binary():
    """The logboek binary's path; fails the tests with a clear message when it is missing."""
    path = pathlib.Path(os.environ.get("LOGBOEK_BIN") or ROOT / ".build" / "debug" / "logboek")
    if not path.is_file():
        raise AssertionError("no logboek binary at %s: build it with `swift build`, or set LOGBOEK_BIN" % path)
    return str(path)


def sha256(*parts):
    return hashlib.sha256(b"".join(parts)).digest()


def node(left, right):
    return sha256(b"\x01", left, right)


def verify_inclusion(index, size, leaf, proof, root):
    """RFC 9162 section 2.1.3.2."""
    if index >= size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node(p, r)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            r = node(r, p)
        fn, sn = fn >> 1, sn >> 1
    return sn == 0 and r == root


def verify_consistency(first, second, first_root, second_root, proof):
    """RFC 9162 section 2.1.4.2."""
    if first == second:
        return not proof and first_root == second_root
    if first == 0 or first > second or not proof:
        return False
    if first & (first - 1) == 0:
        proof = [first_root] + proof
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn, sn = fn >> 1, sn >> 1
    fr = sr = proof[0]
    for c in proof[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr, sr = node(c, fr), node(c, sr)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            sr = node(sr, c)
        fn, sn = fn >> 1, sn >> 1
    return sn == 0 and fr == first_root and sr == second_root


def flip(text, marker):
    """`text` with one base64 character changed in the last signature line that starts with `marker`."""
    lines = text.split("\n")
    index = max(i for i, line in enumerate(lines) if line.startswith(marker))
    line = lines[index]
    position = len(line) - 10
    lines[index] = line[:position] + ("B" if line[position] == "A" else "A") + line[position + 1:]
    return "\n".join(lines)


class Logbook:
    """A logbook folder driven through the CLI."""

    def __init__(self, folder):
        self.folder = folder
        self.directory = os.path.join(folder, "logbook")

    def run(self, *arguments, actor=None, stdin=None, extra=None, expect=0):
        environment = {k: v for k, v in os.environ.items() if not k.startswith("LOGBOEK_")}
        environment["LOGBOEK_DIR"] = self.directory
        environment.update(extra or {})
        if actor:
            environment["LOGBOEK_PASSPHRASE"] = PASSPHRASES[actor]
            arguments += ("--as", actor)
        result = subprocess.run([LOGBOEK] + list(arguments), input=stdin, capture_output=True, text=True,
                                env=environment, timeout=120)
        if expect is not None and result.returncode != expect:
            raise AssertionError("logboek %s exited %d, not %d:\n%s%s"
                                 % (" ".join(arguments), result.returncode, expect, result.stdout, result.stderr))
        return result

    def notes(self, count, start=0):
        for number in range(start, start + count):
            self.run("append", "--type", "memo.noted", "--stream", "memo/1", "--payload", "-", actor="lk.bakker",
                     stdin=json.dumps({"text": "notitie %d" % number}))

    def checkpoint(self, name):
        """Signs a checkpoint as the director into FOLDER/name; returns (path, verifier key)."""
        path = os.path.join(self.folder, name)
        result = self.run("checkpoint", "--out", path, "--json", actor="dir.jansen")
        return path, json.loads(result.stdout)["verifierKey"]

    def witness(self, *arguments, expect=0):
        return self.run("witness", *arguments, extra={"LOGBOEK_PASSPHRASE": WITNESS_PASSPHRASE,
                                                      "LOGBOEK_NEW_PASSPHRASE": WITNESS_PASSPHRASE}, expect=expect)

    def size(self):
        with open(os.path.join(self.directory, "log.jsonl"), "rb") as handle:
            return handle.read().count(b"\n")

    def copy(self, name):
        other = Logbook(os.path.join(self.folder, name))
        os.makedirs(other.folder)
        shutil.copytree(self.directory, other.directory)
        return other


def swift_verdict(logbook, checkpoint, key, witness_keys=()):
    """(ok, code) from `logboek verify --checkpoint --json`; a refused file gives its error code."""
    arguments = ["verify", "--checkpoint", checkpoint, "--key", key, "--json"]
    for witness in witness_keys:
        arguments += ["--witness-key", witness]
    result = logbook.run(*arguments, expect=None)
    if result.returncode not in (0, 1):
        raise AssertionError("logboek verify exited %d: %s" % (result.returncode, result.stderr))
    if not result.stdout.strip():
        return False, result.stderr.strip().rsplit("(", 1)[-1].rstrip(")")
    report = json.loads(result.stdout)
    (verdict,) = report["checkpoints"]
    assert report["failure"] is None, report
    return verdict["ok"], verdict["code"]


def python_verdict(logbook, checkpoint, key, witness_keys=()):
    """(ok, code) from `tools/verify.py --checkpoint --json`, with its code mapped to Swift's."""
    arguments = [sys.executable, str(VERIFY_PY), logbook.directory, "--checkpoint", checkpoint, "--key", key, "--json"]
    for witness in witness_keys:
        arguments += ["--witness-key", witness]
    result = subprocess.run(arguments, capture_output=True, text=True, timeout=120)
    if result.returncode not in (0, 1):
        raise AssertionError("verify.py exited %d: %s" % (result.returncode, result.stderr))
    report = json.loads(result.stdout)
    assert report["failure"] is None, report
    failure = report["checkpoint"]["failure"]
    return report["ok"], None if failure is None else PYTHON_TO_SWIFT[failure["code"]]


class EndToEndCheckpointTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        global LOGBOEK
        LOGBOEK = binary()
        cls.temporary = tempfile.TemporaryDirectory()
        logbook = cls.logbook = Logbook(cls.temporary.name)
        logbook.run("init", logbook.directory, "--org", "Basisschool De Klimtoren", "--admin", "dir.jansen",
                    "--admin-name", "M. Jansen", "--role", "directeur",
                    "--recovery-key", os.path.join(cls.temporary.name, "recovery.key"), extra={"LOGBOEK_PASSPHRASE": PASSPHRASES["dir.jansen"]})
        logbook.run("actor", "add", "lk.bakker", "--name", "S. Bakker", "--role", "leerkracht", actor="dir.jansen",
                    extra={"LOGBOEK_NEW_PASSPHRASE": PASSPHRASES["lk.bakker"]})
        logbook.notes(3)
        cls.first, cls.key = logbook.checkpoint("first")  # size 5
        logbook.notes(6, start=3)
        cls.second, key = logbook.checkpoint("second")  # size 11
        assert key == cls.key
        logbook.notes(3, start=9)  # size 14: the log has moved on since the second checkpoint
        cls.proof = os.path.join(cls.temporary.name, "proof")
        with open(cls.proof, "w") as handle:
            handle.write(logbook.run("prove", "consistency", "--from", cls.first, "--to", cls.second).stdout)
        witness = os.path.join(cls.temporary.name, "witness")
        cls.witness_dir = witness
        cls.witness_key = json.loads(logbook.witness("init", witness, "--name", WITNESS_NAME, "--json").stdout)["verifierKey"]
        cls.first_cosigned = os.path.join(cls.temporary.name, "first.cosigned")
        cls.second_cosigned = os.path.join(cls.temporary.name, "second.cosigned")
        logbook.witness("cosign", witness, "--checkpoint", cls.first, "--log-key", cls.key, "--out", cls.first_cosigned)
        logbook.witness("cosign", witness, "--checkpoint", cls.second, "--proof", cls.proof, "--out", cls.second_cosigned)

    @classmethod
    def tearDownClass(cls):
        cls.temporary.cleanup()

    def write(self, name, text):
        path = os.path.join(self.temporary.name, name)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        return path

    def read(self, path):
        with open(path, encoding="utf-8") as handle:
            return handle.read()

    def assertAgree(self, logbook, checkpoint, key, witness_keys, expected):
        swift = swift_verdict(logbook, checkpoint, key, witness_keys)
        python = python_verdict(logbook, checkpoint, key, witness_keys)
        self.assertEqual(swift, python, "the two verifiers disagree on %s" % os.path.basename(checkpoint))
        self.assertEqual(swift, expected)

    def test_good_checkpoints_with_their_cosignatures_verify_in_both(self):
        for checkpoint in (self.first_cosigned, self.second_cosigned):
            self.assertAgree(self.logbook, checkpoint, self.key, [self.witness_key], (True, None))
        self.assertAgree(self.logbook, self.first, self.key, [], (True, None))
        result = subprocess.run([sys.executable, str(VERIFY_PY), self.logbook.directory, "--checkpoint",
                                 self.second_cosigned, "--key", self.key, "--witness-key", self.witness_key],
                                capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("cosigned by %s" % WITNESS_NAME, result.stdout)

    def test_a_wrong_key_is_refused_by_both(self):
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        origin = self.key.split("+")[0]
        stranger = Ed25519PrivateKey.from_private_bytes(bytes([9] * 32)).public_key().public_bytes_raw()
        key_id = sha256(origin.encode(), b"\n\x01", stranger)[:4].hex()
        wrong = "%s+%s+%s" % (origin, key_id, base64.b64encode(b"\x01" + stranger).decode())
        self.assertAgree(self.logbook, self.second_cosigned, wrong, [], (False, "bad-checkpoint-signature"))
        other = Logbook(os.path.join(self.temporary.name, "other"))
        os.makedirs(other.folder)
        other.run("init", other.directory, "--org", "Elders", "--admin", "dir.jansen", "--admin-name", "M. Jansen",
                  "--role", "directeur", "--recovery-key", os.path.join(other.folder, "recovery.key"),
                  extra={"LOGBOEK_PASSPHRASE": PASSPHRASES["dir.jansen"]})
        _, other_key = other.checkpoint("other-checkpoint")
        self.assertAgree(self.logbook, self.second_cosigned, other_key, [], (False, "bad-checkpoint-signature"))

    def test_an_altered_signature_or_cosignature_is_refused_by_both(self):
        origin = self.key.split("+")[0]
        text = self.read(self.second_cosigned)
        signature = self.write("altered-signature", flip(text, "\u2014 " + origin + " "))
        self.assertAgree(self.logbook, signature, self.key, [], (False, "bad-checkpoint-signature"))
        cosignature = self.write("altered-cosignature", flip(text, "\u2014 " + WITNESS_NAME + " "))
        self.assertAgree(self.logbook, cosignature, self.key, [], (True, None))
        self.assertAgree(self.logbook, cosignature, self.key, [self.witness_key], (False, "bad-checkpoint-signature"))
        self.assertAgree(self.logbook, self.second, self.key, [self.witness_key], (False, "bad-checkpoint-signature"))

    def test_a_malformed_checkpoint_is_refused_by_both(self):
        text = self.read(self.second).replace("\n\n", "\n", 1)
        self.assertAgree(self.logbook, self.write("malformed", text), self.key, [], (False, "malformed"))

    def test_a_checkpoint_larger_than_the_log_is_refused_by_both(self):
        shorter = self.logbook.copy("shorter")
        log = os.path.join(shorter.directory, "log.jsonl")
        with open(log, "rb") as handle:
            lines = handle.read().split(b"\n")
        with open(log, "wb") as handle:
            handle.write(b"\n".join(lines[:8]) + b"\n")
        self.assertAgree(shorter, self.second_cosigned, self.key, [self.witness_key], (False, "log-inconsistent"))
        self.assertAgree(shorter, self.first_cosigned, self.key, [self.witness_key], (True, None))

    def test_proofs_verify_independently_and_have_at_most_log2_n_plus_one_hashes(self):
        size = self.logbook.size()
        bound = lambda n: math.ceil(math.log2(n)) + 1 if n > 1 else 1
        with open(os.path.join(self.logbook.directory, "log.jsonl"), "rb") as handle:
            leaves = [bytes.fromhex(json.loads(line)["hash"]) for line in handle.read().splitlines()]
        for tree_size in range(1, size + 1):
            for seq in range(tree_size):
                proof = json.loads(self.logbook.run("prove", "inclusion", "--seq", str(seq), "--size", str(tree_size), "--json").stdout)
                hashes = [base64.b64decode(h) for h in proof["proof"]]
                self.assertLessEqual(len(hashes), bound(tree_size))
                self.assertEqual(base64.b64decode(proof["leafHash"]), leaves[seq])
                self.assertTrue(verify_inclusion(seq, tree_size, leaves[seq], hashes, base64.b64decode(proof["root"])))
                if hashes:
                    self.assertFalse(verify_inclusion(seq, tree_size, leaves[seq], hashes[:-1], base64.b64decode(proof["root"])))
        for first, second in ((self.first, self.second), (self.first, None), (self.second, None)):
            arguments = ["prove", "consistency", "--from", first, "--json"] + (["--to", second] if second else [])
            proof = json.loads(self.logbook.run(*arguments).stdout)
            hashes = [base64.b64decode(h) for h in proof["proof"]]
            self.assertLessEqual(len(hashes), bound(proof["to"]))
            roots = base64.b64decode(proof["fromRoot"]), base64.b64decode(proof["toRoot"])
            self.assertEqual(roots[0], base64.b64decode(self.read(first).split("\n")[2]))
            self.assertTrue(verify_consistency(proof["from"], proof["to"], roots[0], roots[1], hashes))
            self.assertFalse(verify_consistency(proof["from"], proof["to"], roots[0], roots[1], hashes[:-1]))
        with open(self.proof) as handle:
            header, *lines = handle.read().splitlines()
        self.assertEqual(header, "consistency 5 11")
        self.assertLessEqual(len(lines), bound(11))

    def test_the_rewrite_attack_passes_plain_verify_and_fails_every_checkpoint_and_the_witness(self):
        attacked = self.logbook.copy("attacked")
        witness = os.path.join(attacked.folder, "witness")
        shutil.copytree(self.witness_dir, witness)
        rewrite = subprocess.run(
            [sys.executable, str(REWRITE), attacked.directory, "--seq", "3", "--set", "text=er was niets aan de hand"]
            + ["--passphrase=%s=%s" % item for item in PASSPHRASES.items()], capture_output=True, text=True)
        self.assertEqual(rewrite.returncode, 0, rewrite.stderr)
        self.assertEqual(attacked.run("verify").returncode, 0)
        plain = subprocess.run([sys.executable, str(VERIFY_PY), attacked.directory], capture_output=True, text=True)
        self.assertEqual(plain.returncode, 0, plain.stdout)

        for checkpoint in (self.first_cosigned, self.second_cosigned):
            self.assertAgree(attacked, checkpoint, self.key, [self.witness_key], (False, "log-inconsistent"))
        both = attacked.run("verify", "--checkpoint", self.first, "--checkpoint", self.second, expect=1)
        self.assertIn("CHECKPOINT FAILED, size 5", both.stdout)
        self.assertIn("CHECKPOINT FAILED, size 11", both.stdout)
        refused = attacked.run("checkpoint", actor="dir.jansen", expect=1)
        self.assertIn("(log-inconsistent)", refused.stderr)
        self.assertIn("(log-inconsistent)", attacked.run("prove", "consistency", "--from", self.second, expect=1).stderr)

        # The administrator forgets the checkpoints the log signed, signs the rewritten history, and
        # proves the next checkpoint consistent with that one: a valid proof, for the wrong history.
        shutil.rmtree(os.path.join(attacked.directory, "checkpoints"))
        rewritten, key = attacked.checkpoint("rewritten")
        self.assertEqual(key, self.key)
        self.assertAgree(attacked, rewritten, self.key, [], (True, None))
        attacked.notes(1, start=100)
        fresh, _ = attacked.checkpoint("fresh")
        forged = os.path.join(attacked.folder, "forged-proof")
        with open(forged, "w") as handle:
            handle.write(attacked.run("prove", "consistency", "--from", rewritten, "--to", fresh).stdout)
        for proof in (forged, self.proof):
            cosign = attacked.witness("cosign", witness, "--checkpoint", fresh, "--proof", proof, expect=1)
            self.assertIn("(witness-refused)", cosign.stderr)
        self.assertIn("(witness-refused)",
                      attacked.witness("cosign", witness, "--checkpoint", rewritten, expect=1).stderr)


if __name__ == "__main__":
    unittest.main()
