#!/usr/bin/env python3
"""Tests of tools/verify.py: canonical JSON, logs written by the Swift ledger and tampered copies,
RFC 6962 Merkle roots against published vectors, C2SP signed-note vectors, checkpoints and
cosignatures. Run: python3 -m unittest discover --start-directory tools --pattern 'test_*.py'
"""
import base64
import contextlib
import hashlib
import io
import json
import os
import pathlib
import tempfile
import unittest

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

import verify

DATA = pathlib.Path(__file__).resolve().parent / "testdata"
# The published RFC 6962 / RFC 9162 vectors of transparency-dev/merkle (github.com/transparency-dev/merkle,
# testdata/), read from $LOGBOEK_SHARED/testdata/merkle (by default a folder `shared` next to the repository's
# folder); their licence keeps them out of the repository.
SHARED = pathlib.Path(os.environ.get("LOGBOEK_SHARED", pathlib.Path(__file__).resolve().parents[2] / "shared"))
MERKLE_VECTORS = SHARED / "testdata" / "merkle"
CLEAN = (DATA / "clean-12.jsonl").read_bytes().splitlines()
ROTATED = (DATA / "rotated-key.jsonl").read_bytes().splitlines()


def b64(data):
    return base64.b64encode(data).decode("ascii")


def actor_key(actor_id):
    """The seeded key the Swift test logbooks give an actor: seed = SHA-256("seed:<id>")."""
    return Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"seed:" + actor_id.encode()).digest())


def public_bytes(private_key):
    return private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def forge(previous, author, key=None, kind="memo.noted", stream="notes/2026-001", payload=None,
          recorded_at="2026-11-23T09:00:00.000Z"):
    """A correctly hashed and signed line after `previous`, built without any of the writer's checks."""
    before = json.loads(previous)
    body = dict(payload or {"text": "forged"})
    if "sealed" not in body:
        body["salt"] = "ab" * 16
    header = {"v": 1, "seq": before["header"]["seq"] + 1, "prev": before["hash"], "recordedAt": recorded_at,
              "author": author, "type": kind, "stream": stream,
              "payloadDigest": hashlib.sha256(verify.encode_canonical(body)).hexdigest()}
    event_hash = hashlib.sha256(b"\x00" + verify.encode_canonical(header)).digest()
    signature = (key or actor_key(author)).sign(b"logboek/event/v1\x00" + event_hash)
    return verify.encode_canonical({"header": header, "payload": body, "hash": event_hash.hex(), "sig": b64(signature)})


def verdict(lines, tail=b"\n"):
    """verify.py's (code, seq, line) for the lines joined as a log, or None when it verifies."""
    data = b"\n".join(lines) + tail if lines else b""
    report = verify.verify_stream(io.BytesIO(data))
    if report.ok:
        return None
    seq, line, code, _ = report.failure
    return code, seq, line


def run_main(arguments):
    """verify.main's exit status and standard output."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        status = verify.main(arguments)
    return status, out.getvalue()


class CanonicalJSONTests(unittest.TestCase):
    ACCEPTED = [
        b'{"a":1,"b":[true,false,null],"c":"x"}',
        b'{"n":-9007199254740991,"p":9007199254740991,"z":0}',
        b'"\\u001f\\b\\t\\n\\f\\r\\"\\\\"',  # short escapes, lowercase \\u00XX
        '"\x7f\u2028\u00e9\U0001F600"'.encode("utf-8"),  # DEL, U+2028 and non-ASCII stay as they are
        # RFC 8785 orders keys by UTF-16 code units: U+20AC < U+1F600 (0xD83D) < U+FB01.
        '{"\u20ac":1,"\U0001F600":2,"\ufb01":3}'.encode("utf-8"),
        b'{"":0,"a":{"b":[]},"aa":{}}',
    ]
    REJECTED = {
        "white space": b'{"a": 1}',
        "trailing white space": b'{"a":1} ',
        "a fraction": b'{"a":1.0}',
        "an exponent": b'{"a":1e2}',
        "minus zero": b'{"a":-0}',
        "a leading zero": b'{"a":01}',
        "an unsafe integer": b'{"a":9007199254740992}',
        "a duplicate key": b'{"a":1,"a":1}',
        "keys out of order": b'{"b":1,"a":2}',
        "keys in code point order, not UTF-16 order": '{"\ufb01":1,"\U0001F600":2}'.encode("utf-8"),
        "a lone surrogate escape": b'"\\ud800"',
        "an escaped surrogate pair": b'"\\ud83d\\ude00"',
        "invalid UTF-8": b'"\xff"',
        "an encoded surrogate": b'"\xed\xa0\x80"',
        "an overlong encoding": b'"\xc0\xaf"',
        "a needless escape": b'"\\u0041"',
        "an escaped solidus": b'"\\/"',
        "uppercase hex in an escape": b'"\\u001F"',
        "a long form of a short escape": b'"\\u000a"',
        "an escaped DEL": b'"\\u007f"',
        "a raw control character": b'"\x01"',
        "NaN": b'{"a":NaN}',
        "not JSON": b'{"a":',
        "an empty line": b'',
    }

    def test_canonical_lines_are_accepted_and_round_trip(self):
        for line in self.ACCEPTED:
            with self.subTest(line=line):
                self.assertEqual(verify.encode_canonical(verify.parse_canonical(line)), line)

    def test_non_canonical_lines_are_refused(self):
        for why, line in self.REJECTED.items():
            with self.subTest(why):
                with self.assertRaises(verify.Failure) as caught:
                    verify.parse_canonical(line)
                self.assertEqual(caught.exception.code, "not-canonical")


class LogTests(unittest.TestCase):
    def test_logs_written_by_the_swift_ledger_verify(self):
        for lines in (CLEAN, ROTATED):
            report = verify.verify_stream(io.BytesIO(b"\n".join(lines) + b"\n"))
            self.assertTrue(report.ok, report.failure)
            self.assertEqual(report.events, len(lines))
            self.assertEqual(report.head, json.loads(lines[-1])["hash"])

    def test_changed_content_is_caught_at_its_seq(self):
        lines = list(CLEAN)
        event = json.loads(lines[6])
        event["payload"]["text"] = "changed"
        lines[6] = verify.encode_canonical(event)
        self.assertEqual(verdict(lines), ("payload-digest-mismatch", 6, 7))
        event = json.loads(CLEAN[6])
        event["header"]["author"] = "lk.visser"
        lines[6] = verify.encode_canonical(event)
        self.assertEqual(verdict(lines), ("hash-mismatch", 6, 7))

    def test_chain_breaks_are_caught(self):
        self.assertEqual(verdict(CLEAN[:5] + CLEAN[6:]), ("seq-gap", 5, 6))
        event = json.loads(CLEAN[5])
        event["header"]["prev"] = "0" * 64
        self.assertEqual(verdict(CLEAN[:5] + [verify.encode_canonical(event)]), ("prev-mismatch", 5, 6))
        self.assertEqual(verdict(CLEAN[1:]), ("seq-gap", 0, 1))

    def test_a_torn_last_line_and_an_empty_log(self):
        self.assertEqual(verdict(CLEAN[:3] + [CLEAN[3][:40]], tail=b""), ("torn-tail", 3, 4))
        self.assertEqual(verdict(CLEAN, tail=b""), ("torn-tail", 11, 12))
        self.assertEqual(verdict([]), ("empty-log", 0, 1))

    def test_authors_are_resolved_against_the_registry_as_of_each_seq(self):
        last = CLEAN[-1]
        self.assertIsNone(verdict(CLEAN + [forge(last, "lk.bakker")]))
        self.assertEqual(verdict(CLEAN + [forge(last, "ghost")]), ("unknown-author", 12, 13))
        self.assertEqual(verdict(CLEAN + [forge(last, "lk.bakker", actor_key("lk.visser"))]),
                         ("bad-signature", 12, 13))
        revoke = forge(last, "dir.jansen", kind="actor.revoked", stream="logbook",
                       payload={"actor": "lk.visser", "reason": "left"})
        self.assertEqual(verdict(CLEAN + [revoke, forge(revoke, "lk.visser", recorded_at="2026-11-23T09:00:01.000Z")]),
                         ("revoked-author", 13, 14))

    def test_only_administrators_change_the_registry(self):
        last = CLEAN[-1]
        profile = {"admin": True, "id": "lk.mol", "name": "R. Mol", "publicKey": b64(public_bytes(actor_key("lk.mol"))),
                   "encryptionKey": b64(bytes(range(32))), "qualifications": [], "roles": ["leerkracht"]}
        by_teacher = forge(last, "lk.bakker", kind="actor.enrolled", stream="logbook", payload={"actor": profile})
        self.assertEqual(verdict(CLEAN + [by_teacher]), ("not-authorised", 12, 13))
        by_director = forge(last, "dir.jansen", kind="actor.enrolled", stream="logbook", payload={"actor": profile})
        self.assertIsNone(verdict(CLEAN + [by_director]))
        last_admin = forge(last, "dir.jansen", kind="actor.revoked", stream="logbook",
                           payload={"actor": "dir.jansen", "reason": "leaving"})
        self.assertEqual(verdict(CLEAN + [last_admin]), ("not-authorised", 12, 13))

    def test_weak_keys_are_refused_at_enrolment_and_rotation(self):
        identity = bytes([1]) + bytes(31)
        # cryptography accepts R = identity, S = 0 under the identity key for any message; verify.py must not.
        self.assertFalse(verify.ed25519_verifies(identity, identity + bytes(32), b"any message"))
        order_eight = bytes.fromhex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05")
        mixed_order = bytes.fromhex("3b5b475c4b82dd1572799fc546f4c6c03e478c6654aa4c7f945b347ea32af60d")
        not_canonical = bytes.fromhex("ed" + "ff" * 30 + "7f")
        last = CLEAN[-1]
        for key in (identity, order_eight, mixed_order, not_canonical):
            self.assertFalse(verify.ed25519_key_is_valid(key))
            profile = {"admin": False, "id": "lk.mol", "name": "R. Mol", "publicKey": b64(key),
                       "encryptionKey": b64(bytes(range(32))), "qualifications": [], "roles": ["leerkracht"]}
            enrolment = forge(last, "dir.jansen", kind="actor.enrolled", stream="logbook", payload={"actor": profile})
            self.assertEqual(verdict(CLEAN + [enrolment]), ("malformed-event", 12, 13))
            rotation = forge(last, "lk.bakker", kind="actor.key_rotated", stream="logbook",
                             payload={"actor": "lk.bakker", "publicKey": b64(key), "encryptionKey": b64(bytes(range(32)))})
            self.assertEqual(verdict(CLEAN + [rotation]), ("malformed-event", 12, 13))
        self.assertTrue(verify.ed25519_key_is_valid(public_bytes(actor_key("lk.mol"))))

    def test_a_rotated_away_key_no_longer_signs(self):
        rotation = json.loads(ROTATED[6])
        self.assertEqual(rotation["header"]["type"], "actor.key_rotated")
        actor = rotation["payload"]["actor"]
        self.assertEqual(verdict(ROTATED + [forge(ROTATED[-1], actor)]), ("bad-signature", 8, 9))

    def test_time_never_goes_back(self):
        before = json.loads(CLEAN[-1])["header"]["recordedAt"]
        self.assertIsNone(verdict(CLEAN + [forge(CLEAN[-1], "lk.bakker", recorded_at=before)]))
        self.assertEqual(verdict(CLEAN + [forge(CLEAN[-1], "lk.bakker", recorded_at="2026-11-23T07:00:00.000Z")]),
                         ("time-went-back", 12, 13))

    def test_a_malformed_envelope(self):
        event = json.loads(CLEAN[4])
        event["extra"] = 1
        self.assertEqual(verdict(CLEAN[:4] + [verify.encode_canonical(event)]), ("malformed-event", 4, 5))
        event = json.loads(CLEAN[4])
        event["header"]["v"] = 2
        self.assertEqual(verdict(CLEAN[:4] + [verify.encode_canonical(event)]), ("malformed-event", 4, 5))

    def test_the_command_line_output_and_exit_status(self):
        with tempfile.TemporaryDirectory() as folder:
            log = pathlib.Path(folder) / "log.jsonl"
            log.write_bytes(b"\n".join(CLEAN[:5] + [CLEAN[6]]) + b"\n")
            status, out = run_main(["--json", folder])
            self.assertEqual(status, 1)
            self.assertEqual(json.loads(out), {"ok": False, "events": 5, "failure": {
                "seq": 5, "line": 6, "code": "seq-gap", "message": json.loads(out)["failure"]["message"]}})
            log.write_bytes(b"\n".join(CLEAN) + b"\n")
            status, out = run_main(["--json", str(log)])
            self.assertEqual((status, json.loads(out)), (0, {"ok": True, "events": 12, "failure": None}))
            self.assertEqual(run_main([os.path.join(folder, "missing")])[0], 3)


SEALED = {"sealed": 1, "epoch": 0, "nonce": b64(bytes([7]) * 24), "commitment": "cd" * 32, "ciphertext": b64(bytes([9]) * 40)}


def chain(lines, *steps):
    """The lines with a forged line appended for each (author, kind, stream, payload) step."""
    lines = list(lines)
    for seq, (author, kind, stream, payload) in enumerate(steps, len(lines)):
        lines.append(forge(lines[-1], author, kind=kind, stream=stream, payload=payload,
                           recorded_at="2026-11-23T09:00:%02d.000Z" % (seq % 60)))
    return lines


class AuthorityTableTests(unittest.TestCase):
    """The format's authority table: each forbidden line is validly signed by its own author, and refused."""

    CASE = chain(CLEAN, ("ib.devries", "case.opened", "case/2026-001", SEALED),
                 ("ib.devries", "signal.recorded", "case/2026-001", SEALED))

    def test_forbidden_lines_are_not_authorised_at_their_seq(self):
        grant = {"case": "2026-001", "actor": "lk.bakker"}
        forbidden = [
            ("lk.bakker", "profile.adopted", "logbook", {"profile": {"access": {"coordinators": ["leerkracht"]}}}),
            ("lk.bakker", "case.erased", "logbook", {"case": "2026-001", "ground": "request"}),
            ("lk.bakker", "case.access_granted", "logbook", grant),
            ("ib.devries", "note.recorded", "case/2026-001", {"text": "Sara"}),
            ("lk.bakker", "signal.recorded", "case/2026-001", SEALED),
            ("ib.devries", "case.opened", "case/2026-001", SEALED),
            ("lk.bakker", "signal.recorded", "case/2026-002", SEALED),
        ]
        seq = len(self.CASE)
        for step in forbidden:
            with self.subTest(step=step[:3]):
                self.assertEqual(verdict(chain(self.CASE, step)), ("not-authorised", seq, seq + 1))

    def test_what_the_table_allows(self):
        lines = chain(self.CASE,
                      ("ib.devries", "case.access_granted", "logbook", {"case": "2026-001", "actor": "lk.bakker"}),
                      ("lk.bakker", "signal.recorded", "case/2026-001", SEALED),
                      ("dir.jansen", "profile.adopted", "logbook", {"profile": {"access": {"coordinators": ["leerkracht"]}}}),
                      ("lk.visser", "signal.recorded", "case/2026-001", SEALED),
                      ("dir.jansen", "case.erased", "logbook", {"case": "2026-001"}))
        self.assertIsNone(verdict(lines))
        after = chain(lines, ("ib.devries", "signal.recorded", "case/2026-001", SEALED))
        self.assertEqual(verdict(after), ("not-authorised", len(lines), len(lines) + 1))

    def test_a_withdrawal_ends_the_grant(self):
        change = {"case": "2026-001", "actor": "lk.bakker"}
        lines = chain(self.CASE, ("ib.devries", "case.access_granted", "logbook", change),
                      ("ib.devries", "case.access_withdrawn", "logbook", change),
                      ("lk.bakker", "signal.recorded", "case/2026-001", SEALED))
        self.assertEqual(verdict(lines), ("not-authorised", len(lines) - 1, len(lines)))

    def test_a_time_far_ahead_of_the_reader_is_refused(self):
        line = forge(CLEAN[-1], "lk.bakker", recorded_at="2099-01-01T00:00:00.000Z")
        self.assertEqual(verdict(CLEAN + [line]), ("recorded-in-future", len(CLEAN), len(CLEAN) + 1))


class MerkleTests(unittest.TestCase):
    # The leaf data of the RFC 6962 test tree that the transparency-dev vectors are computed over.
    LEAVES = [bytes.fromhex(h) for h in ["", "00", "10", "2021", "3031", "40414243", "5051525354555657",
                                         "606162636465666768696a6b6c6d6e6f"]]

    @staticmethod
    def reference_root(hashes):
        """RFC 6962 section 2.1 MTH, written recursively, over leaf hashes."""
        if len(hashes) == 1:
            return hashes[0]
        split = 1
        while split * 2 < len(hashes):
            split *= 2
        return hashlib.sha256(b"\x01" + MerkleTests.reference_root(hashes[:split])
                              + MerkleTests.reference_root(hashes[split:])).digest()

    def vectors(self):
        """(tree size, root) and (leaf index, leaf hash) pairs from the published vectors."""
        roots, leaf_hashes = {}, {}
        self.assertTrue(MERKLE_VECTORS.is_dir(), f"the RFC 6962 vectors are missing: {MERKLE_VECTORS}")
        paths = [*(MERKLE_VECTORS / "inclusion").rglob("happy-path.json"),
                 *(MERKLE_VECTORS / "consistency").rglob("happy-path.json")]
        for path in sorted(paths):
            vector = json.loads(path.read_text())
            self.assertFalse(vector["wantErr"])
            if "treeSize" in vector:
                roots[vector["treeSize"]] = vector["root"]
                leaf_hashes[vector["leafIdx"]] = vector["leafHash"]
            else:
                roots[vector["size1"]], roots[vector["size2"]] = vector["root1"], vector["root2"]
        return roots, leaf_hashes

    @unittest.skipUnless(MERKLE_VECTORS.is_dir(), "the transparency-dev/merkle vectors are not at $LOGBOEK_SHARED/testdata/merkle")
    def test_roots_match_the_published_vectors(self):
        roots, leaf_hashes = self.vectors()
        self.assertGreaterEqual(len(roots), 7)
        for index, expected in leaf_hashes.items():
            self.assertEqual(b64(verify.leaf_hash(self.LEAVES[index])), expected)
        tree = verify.MerkleRoot()
        for size, leaf in enumerate(self.LEAVES, 1):
            tree.add_leaf_hash(verify.leaf_hash(leaf))
            if size in roots:
                self.assertEqual(b64(tree.root()), roots[size], "size %d" % size)

    def test_the_streaming_root_equals_the_recursive_definition(self):
        hashes = [hashlib.sha256(b"leaf %d" % i).digest() for i in range(70)]
        tree = verify.MerkleRoot()
        self.assertEqual(tree.root(), hashlib.sha256(b"").digest())
        for size, leaf in enumerate(hashes, 1):
            tree.add_leaf_hash(leaf)
            self.assertEqual(tree.root(), self.reference_root(hashes[:size]), "size %d" % size)
        self.assertLessEqual(len(tree.stack), 7)


# The signed-note reference vector (golang.org/x/mod/sumdb/note) and the signed-note v1.0.0 example.
NEUMANN_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
NEUMANN_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
NEUMANN_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
NEUMANN_SIG = "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
EXAMPLE_VKEY = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k"
EXAMPLE_NOTE = ("This is an example message.\n\n\u2014 example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONnc"
                "AlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n")


def neumann_private_key():
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(NEUMANN_SKEY.split("+", 4)[4])[1:])


class SignedNoteTests(unittest.TestCase):
    def test_the_reference_vectors_verify(self):
        key = verify.VerifierKey(NEUMANN_VKEY, verify.TYPE_ED25519)
        text, _ = verify.verify_note((NEUMANN_TEXT + "\n" + NEUMANN_SIG).encode(), key)
        self.assertEqual(text, NEUMANN_TEXT)
        example = verify.VerifierKey(EXAMPLE_VKEY, verify.TYPE_ED25519)
        self.assertEqual(verify.verify_note(EXAMPLE_NOTE.encode(), example)[0], "This is an example message.\n")

    def test_the_signer_key_matches_and_signs_the_text_itself(self):
        key = verify.VerifierKey(NEUMANN_VKEY, verify.TYPE_ED25519)
        private = neumann_private_key()
        self.assertEqual(public_bytes(private), key.public_key)
        signature = base64.b64decode(NEUMANN_SIG.split(" ")[2])
        self.assertEqual(signature[4:], private.sign(NEUMANN_TEXT.encode()))

    def test_changed_text_or_a_wrong_key_is_refused(self):
        key = verify.VerifierKey(NEUMANN_VKEY, verify.TYPE_ED25519)
        for note in [NEUMANN_TEXT.replace("answer", "problem") + "\n" + NEUMANN_SIG,
                     EXAMPLE_NOTE]:
            with self.assertRaises(verify.Failure):
                verify.verify_note(note.encode(), key)

    def test_unknown_signatures_are_ignored_and_malformed_notes_refused(self):
        key = verify.VerifierKey(NEUMANN_VKEY, verify.TYPE_ED25519)
        other = "\u2014 example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONnc" \
                "AlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n"
        verify.verify_note((NEUMANN_TEXT + "\n" + other + NEUMANN_SIG).encode(), key)
        for note in [NEUMANN_TEXT + NEUMANN_SIG, NEUMANN_TEXT + "\n" + NEUMANN_SIG.rstrip("\n"),
                     NEUMANN_TEXT + "\n" + NEUMANN_SIG.replace("\u2014", "--"),
                     "a\x01b\n\n" + NEUMANN_SIG]:
            with self.subTest(note=note), self.assertRaises(verify.Failure) as caught:
                verify.verify_note(note.encode(), key)
            self.assertEqual(caught.exception.code, "checkpoint-malformed")

    def test_verifier_keys_are_checked(self):
        for text in ["PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
                     "PeterNeumann+c74f20a3+BBpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
                     "PeterNeumann+c74f20a3", "Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"]:
            with self.subTest(text=text), self.assertRaises(verify.UsageError):
                verify.VerifierKey(text, verify.TYPE_ED25519)


class CheckpointTests(unittest.TestCase):
    ORIGIN = "klimtoren.example/logboek"
    WITNESS = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
    TIME = 1679315147

    def setUp(self):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        self.folder = pathlib.Path(folder.name)
        (self.folder / "log.jsonl").write_bytes(b"\n".join(CLEAN) + b"\n")
        self.vkey = NEUMANN_VKEY
        public = public_bytes(self.WITNESS)
        witness_id = hashlib.sha256(b"witness.example/w1\n\x04" + public).digest()[:4]
        self.witness_vkey = "witness.example/w1+%s+%s" % (witness_id.hex(), b64(b"\x04" + public))
        self.witness_id = witness_id

    def body(self, size, root=None):
        if root is None:
            hashes = [bytes.fromhex(json.loads(line)["hash"]) for line in CLEAN[:size]]
            root = MerkleTests.reference_root(hashes) if hashes else hashlib.sha256(b"").digest()
        return "%s\n%d\n%s\n" % (self.ORIGIN, size, b64(root))

    def note(self, body, cosign=True, cosigned_body=None):
        """A checkpoint signed with the Neumann key, cosigned per tlog-cosignature v1.0.0."""
        key_id = base64.b64decode(NEUMANN_SIG.split(" ")[2])[:4]
        lines = ["\u2014 PeterNeumann %s\n" % b64(key_id + neumann_private_key().sign(body.encode()))]
        if cosign:
            message = b"cosignature/v1\ntime 1679315147\n" + (cosigned_body or body).encode()
            stamp = self.TIME.to_bytes(8, "big")
            lines.append("\u2014 witness.example/w1 %s\n" % b64(self.witness_id + stamp + self.WITNESS.sign(message)))
        path = self.folder / "checkpoint"
        path.write_text(body + "\n" + "".join(lines), encoding="utf-8")
        return str(path)

    def check(self, checkpoint, *extra):
        status, out = run_main(["--json", str(self.folder), "--checkpoint", checkpoint, "--key", self.vkey] + list(extra))
        return status, json.loads(out)["checkpoint"]

    def test_a_checkpoint_of_a_prefix_of_the_log_is_consistent(self):
        for size in (0, 1, 5, 12):
            status, result = self.check(self.note(self.body(size)), "--witness-key", self.witness_vkey)
            self.assertEqual(status, 0, result)
            self.assertEqual((result["size"], result["witnesses"]), (size, [{"name": "witness.example/w1", "time": self.TIME}]))

    def test_a_different_root_or_a_size_beyond_the_log_fails(self):
        status, result = self.check(self.note(self.body(5, root=b"\x00" * 32)))
        self.assertEqual((status, result["failure"]["code"]), (1, "checkpoint-root-mismatch"))
        status, result = self.check(self.note(self.body(13, root=b"\x00" * 32)))
        self.assertEqual((status, result["failure"]["code"]), (1, "checkpoint-beyond-log"))

    def test_cosignatures_must_be_present_and_verify(self):
        status, result = self.check(self.note(self.body(3), cosign=False), "--witness-key", self.witness_vkey)
        self.assertEqual((status, result["failure"]["code"]), (1, "cosignature-missing"))
        status, result = self.check(self.note(self.body(3), cosigned_body=self.body(4)), "--witness-key", self.witness_vkey)
        self.assertEqual((status, result["failure"]["code"]), (1, "cosignature-bad"))

    def test_a_log_signature_by_another_key_fails(self):
        self.vkey = EXAMPLE_VKEY
        status, result = self.check(self.note(self.body(3)))
        self.assertEqual((status, result["failure"]["code"]), (1, "checkpoint-bad-signature"))

    def test_the_cosignature_example_of_the_spec_carries_its_timestamp(self):
        # tlog-cosignature v1.0.0 example: the witness line's timestamp is the one in its signed message.
        blob = base64.b64decode("jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZ"
                                "qhf5nNo0xUe+mbIUBkBIfZ+qnA==")
        self.assertEqual(len(blob), 4 + 72)
        self.assertEqual(int.from_bytes(blob[4:12], "big"), 1679315147)
        self.assertEqual(verify.cosignature_message(1679315147, "a\n"), b"cosignature/v1\ntime 1679315147\na\n")


if __name__ == "__main__":
    unittest.main()
