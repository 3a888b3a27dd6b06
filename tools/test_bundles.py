"""Evidence bundles checked by both verifiers: builds the example school with `logboek-examples` (twice,
for a checkpoint of another log), writes the parents' and the dossier bundles of the anonymous-melding case
with the built `logboek`, and requires `logboek bundle verify` and `tools/verify.py --bundle` to accept the
clean bundles and to refuse each kind of tampering with the same code: a changed disclosed payload, a
changed line, a broken proof, another author key, a checkpoint from another log, a damaged checkpoint, a
damaged bundle, a changed report block, a changed document. The parents' bundle must carry no line, author,
seq or count at all.

The binaries are $LOGBOEK_BIN (and logboek-examples beside it), else .build/debug/.
"""
import copy
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = pathlib.Path(__file__).resolve().parent.parent
BIN = pathlib.Path(os.environ.get("LOGBOEK_BIN") or ROOT / ".build" / "debug" / "logboek")
EXAMPLES_BIN = BIN.parent / "logboek-examples"
VERIFY = ROOT / "tools" / "verify.py"
ADMIN, PASSPHRASE = "dir.jansen", "directeur-geheim"


def run(*arguments, expect=0, passphrase=None):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("LOGBOEK_")}
    if passphrase:
        environment["LOGBOEK_PASSPHRASE"] = passphrase
    result = subprocess.run([str(a) for a in arguments], capture_output=True, text=True, timeout=120, env=environment)
    if expect is not None and result.returncode != expect:
        raise AssertionError("%s exited %d: %s" % (arguments, result.returncode, result.stderr))
    return result


def example_school(folder):
    """Builds the example school in `folder` and signs a checkpoint; returns (logbook, verifier key)."""
    logbook = folder / "klimtoren"
    run(EXAMPLES_BIN, logbook, "--examples", ROOT / "tools" / "examples")
    issued = json.loads(run(BIN, "checkpoint", "--as", ADMIN, "--json", "--logbook", logbook, passphrase=PASSPHRASE).stdout)
    return logbook, issued


class BundleTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = pathlib.Path(tempfile.mkdtemp(prefix="logboek-bundles-"))
        (cls.folder / "other").mkdir()
        cls.logbook, issued = example_school(cls.folder)
        cls.key = issued["verifierKey"]
        _, cls.other = example_school(cls.folder / "other")
        cls.bundles = {}
        for kind in ("ouders", "dossier"):
            path = cls.folder / ("%s.bundle" % kind)
            run(BIN, "report", kind, "--case", "2026-019", "--out", cls.folder / ("%s.html" % kind), "--bundle", path,
                "--checkpoint", issued["file"], "--as-of", "53", "--logbook", cls.logbook, "--as", "ib.devries", passphrase="ib-geheim-123",
                *(["--safe-to-share", "Het onderzoek is overgenomen.", "--redact", "42", "--reason", "zonder namen",
                   "--redact", "43", "--reason", "zonder namen"] if kind == "ouders" else []))
            cls.bundles[kind] = json.loads(path.read_text(encoding="utf-8"))
        cls.actors = {a["id"]: a for a in json.loads(run(BIN, "actor", "list", "--json", "--logbook", cls.logbook).stdout)}

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.folder, ignore_errors=True)

    def verdicts(self, bundle, key=None, document=None):
        """Both verifiers' (ok, code) on a bundle given as a JSON value or as raw bytes (and a document's bytes)."""
        path = self.folder / "candidate.bundle"
        path.write_bytes(bundle if isinstance(bundle, bytes) else json.dumps(bundle, ensure_ascii=False).encode("utf-8"))
        extra = ["--key", key] if key else []
        if document is not None:
            (self.folder / "candidate.html").write_bytes(document)
            extra += ["--document", self.folder / "candidate.html"]
        swift = run(BIN, "bundle", "verify", path, "--json", *extra, expect=None)
        python = run(sys.executable, VERIFY, "--bundle", path, "--json", *extra, expect=None)
        verdicts = []
        for result in (swift, python):
            output = json.loads(result.stdout)
            self.assertEqual(result.returncode, 0 if output["ok"] else 1, result.stderr)
            verdicts.append((output["ok"], output["failure"] and output["failure"]["code"]))
        return verdicts

    def assertRefused(self, bundle, code, key=None, document=None):
        self.assertEqual(self.verdicts(bundle, key, document), [(False, code), (False, code)])

    def tampered(self, kind="dossier"):
        return copy.deepcopy(self.bundles[kind])

    def test_clean_bundles_verify_with_both_verifiers(self):
        for kind, bundle in self.bundles.items():
            with self.subTest(kind=kind):
                self.assertEqual(self.verdicts(bundle), [(True, None), (True, None)])
                self.assertEqual(self.verdicts(bundle, key=self.key), [(True, None), (True, None)])
                document = (self.folder / ("%s.html" % kind)).read_bytes()
                self.assertEqual(self.verdicts(bundle, key=self.key, document=document), [(True, None), (True, None)])
        self.assertGreater(len(self.bundles["dossier"]["events"]), 0)

    def test_the_parents_bundle_holds_no_line_author_seq_or_count(self):
        bundle = self.bundles["ouders"]
        self.assertEqual(bundle["events"], [])
        self.assertNotIn("asOf", bundle["report"])
        self.assertNotIn("withheld", bundle["report"])
        text = json.dumps(bundle, ensure_ascii=False).lower()
        for actor in self.actors.values():
            self.assertNotIn(actor["id"], text)
            self.assertNotIn(actor["name"].lower(), text)

    def test_a_changed_report_block_is_refused(self):
        for kind in self.bundles:
            for member, value in (("case", "2026-011"), ("documentSHA256", "0" * 64), ("kind", "veilig-thuis")):
                with self.subTest(kind=kind, member=member):
                    bundle = self.tampered(kind)
                    bundle["report"][member] = value
                    self.assertRefused(bundle, "report-bad-signature")
        bundle = self.tampered()
        bundle["report"]["withheld"] += 1
        self.assertRefused(bundle, "report-bad-signature")

    def test_a_changed_document_byte_is_refused(self):
        for kind in self.bundles:
            with self.subTest(kind=kind):
                document = bytearray((self.folder / ("%s.html" % kind)).read_bytes())
                position = document.index(b"<main>") + 10
                document[position] ^= 0x01
                self.assertRefused(self.bundles[kind], "document-mismatch", document=bytes(document))

    def test_a_changed_disclosed_payload_is_refused(self):
        bundle = self.tampered()
        payload = bundle["events"][1]["payload"]
        payload["description"] = payload["description"].replace("Papa", "Mama")
        self.assertRefused(bundle, "payload-mismatch")

    def test_a_changed_line_is_refused(self):
        bundle = self.tampered()
        line = bundle["events"][0]["line"]
        bundle["events"][0]["line"] = line.replace('"author":"lk.bakker"', '"author":"lk.bakkes"')
        self.assertRefused(bundle, "hash-mismatch")
        bundle = self.tampered()
        start = line.index('"ciphertext":"') + len('"ciphertext":"')
        bundle["events"][0]["line"] = line[:start] + ("B" if line[start] == "A" else "A") + line[start + 1:]
        self.assertRefused(bundle, "payload-digest-mismatch")
        bundle = self.tampered()
        bundle["events"][0]["line"] = line.replace('{"hash"', '{ "hash"', 1)
        self.assertRefused(bundle, "line-malformed")

    def test_a_broken_proof_is_refused(self):
        bundle = self.tampered()
        proof = bundle["events"][0]["proof"]
        proof[0] = proof[1]
        self.assertRefused(bundle, "proof-invalid")
        bundle = self.tampered()
        bundle["events"][0]["proof"] = bundle["events"][0]["proof"][:-1]
        self.assertRefused(bundle, "proof-invalid")

    def test_another_author_key_is_refused(self):
        bundle = self.tampered()
        other = next(e["authorKey"] for e in bundle["events"] if e["authorKey"] != bundle["events"][0]["authorKey"])
        bundle["events"][0]["authorKey"] = other
        self.assertRefused(bundle, "bad-signature")

    def test_a_checkpoint_from_another_log_is_refused(self):
        bundle = self.tampered()
        bundle["checkpoint"] = self.other["checkpoint"]
        bundle["verifierKey"] = self.other["verifierKey"]
        self.assertRefused(bundle, "report-mismatch")
        self.assertRefused(bundle, "checkpoint-bad-signature", key=self.key)
        bundle = self.tampered()
        bundle["checkpoint"] = self.other["checkpoint"]
        self.assertRefused(bundle, "checkpoint-bad-signature")

    def test_a_damaged_checkpoint_or_bundle_is_refused(self):
        bundle = self.tampered()
        bundle["checkpoint"] = "not a checkpoint\n"
        self.assertRefused(bundle, "checkpoint-malformed")
        bundle = self.tampered()
        head, signature = bundle["checkpoint"].rsplit(" ", 1)
        flipped = ("A" if signature[0] != "A" else "B") + signature[1:]
        bundle["checkpoint"] = head + " " + flipped
        self.assertRefused(bundle, "checkpoint-bad-signature")
        self.assertRefused(b"{not json", "bundle-malformed")
        bundle = self.tampered()
        del bundle["events"][0]["proof"]
        self.assertRefused(bundle, "bundle-malformed")


if __name__ == "__main__":
    unittest.main()
