#!/usr/bin/env python3
"""End to end: a logbook published as C2SP tlog-tiles, read back from the folder and through nginx.

With the `logboek` binary ($LOGBOEK_BIN, else .build/debug/logboek): `logboek tiles` publishes; both
verifiers (`logboek verify --tiles`, `tools/verify.py --tiles`) accept the folder and the same folder
served by nginx on loopback, and refuse a tampered tile, entry or line; proofs from tiles equal the
logbook's; no case content is in the folder; full tiles are never written again; a witness follows and
cosigns, the school picks the cosignature up, and `board` shows it; a rewritten log republished is
refused by `witness follow` and shown as a fork by `board`.
"""
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import tiles_nginx  # noqa: E402
from test_checkpoints import Logbook, PASSPHRASES, WITNESS_NAME, binary, REWRITE  # noqa: E402
import test_checkpoints  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
VERIFY_PY = ROOT / "tools" / "verify.py"
CONTENT = ["Sara", "de Boer", "ontbijt", "zonder jas"]


def python_verify(location, key):
    result = subprocess.run([sys.executable, str(VERIFY_PY), "--tiles", location, "--key", key, "--json"],
                            capture_output=True, text=True, timeout=120)
    return result.returncode, json.loads(result.stdout) if result.stdout.strip() else result.stderr


class TilesTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        test_checkpoints.LOGBOEK = binary()
        cls.temporary = tempfile.TemporaryDirectory()
        cls.folder = cls.temporary.name
        logbook = cls.logbook = Logbook(cls.folder)
        logbook.run("init", logbook.directory, "--org", "Basisschool De Klimtoren", "--admin", "dir.jansen",
                    "--admin-name", "M. Jansen", "--role", "directeur", "--recovery-key", os.path.join(cls.folder, "rk"),
                    extra={"LOGBOEK_PASSPHRASE": PASSPHRASES["dir.jansen"]})
        logbook.run("actor", "add", "lk.bakker", "--name", "S. Bakker", "--role", "leerkracht", actor="dir.jansen",
                    extra={"LOGBOEK_NEW_PASSPHRASE": PASSPHRASES["lk.bakker"]})
        logbook.run("case", "open", "2026-004", "--child-ref", "LL-4711", "--child-name", "Sara de Boer",
                    "--birth-date", "2017-03-14", "--reason", "Zorgen over ontbijt", actor="lk.bakker")
        logbook.run("record", "signal.recorded", "--case", "2026-004", "--description", "Sara kwam zonder jas en ontbijt.",
                    "--observed-on", "2026-11-23", "--kind", "observation", "--stance", "supports", "--source-kind", "self",
                    actor="lk.bakker")
        cls.batch(logbook, 300)
        _, cls.key = logbook.checkpoint("first.checkpoint")
        cls.tiles = os.path.join(cls.folder, "tiles")
        logbook.run("tiles", cls.tiles)

    @staticmethod
    def batch(logbook, count):
        lines = "".join(json.dumps({"type": "memo.noted", "stream": "memo/1", "payload": {"text": "notitie %d" % n}}) + "\n"
                        for n in range(count))
        logbook.run("append", "--batch", "-", actor="lk.bakker", stdin=lines)

    def swift_verify(self, location, *extra):
        result = self.logbook.run("verify", "--tiles", location, "--json", *extra, expect=None)
        return result.returncode, json.loads(result.stdout) if result.stdout.strip() else result.stderr

    def test_both_verifiers_accept_the_folder_and_nginx(self):
        locations = [self.tiles]
        server = tiles_nginx.Nginx(self.tiles) if tiles_nginx.available() else None
        if server:
            locations.append(server.url)
        try:
            for location in locations:
                status, report = self.swift_verify(location, "--key", self.key)
                self.assertEqual(status, 0, report)
                self.assertEqual(report["events"], report["size"])
                status, python = python_verify(location, self.key)
                self.assertEqual(status, 0, python)
                self.assertEqual(python["events"], report["size"])
            if server:
                for seq in (0, 3, 255, 256, report["size"] - 1):
                    from_tiles = self.logbook.run("prove", "inclusion", "--seq", str(seq), "--tiles", server.url, "--json").stdout
                    from_index = self.logbook.run("prove", "inclusion", "--seq", str(seq), "--size", str(report["size"]), "--json").stdout
                    self.assertEqual(json.loads(from_tiles), json.loads(from_index))
        finally:
            if server:
                server.close()

    def test_no_case_content_in_the_folder(self):
        for path in pathlib.Path(self.tiles).rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                for word in CONTENT:
                    self.assertNotIn(word.encode(), data, "%s holds %r" % (path, word))

    def tampered(self, relative, change):
        copy = os.path.join(self.folder, "tampered-" + relative.replace("/", "-"))
        shutil.copytree(self.tiles, copy)
        path = os.path.join(copy, relative)
        with open(path, "rb") as handle:
            data = bytearray(handle.read())
        change(data)
        with open(path, "wb") as handle:
            handle.write(data)
        return copy

    def test_a_tampered_tile_entry_or_line_is_caught_by_both(self):
        def flip(offset):
            def change(data):
                data[offset] ^= 1
            return change
        def retext(data):
            data[:] = data.replace(b'"n\\u00e9"', b'"nX"', 1) if b'"n\\u00e9"' in data else data.replace(b"seq", b"seX", 1)
        for relative, change in [("tile/0/000", flip(100)), ("tile/entries/000", flip(40)), ("tile/lines/000", retext),
                                 ("tile/1/000.p/1", flip(0))]:
            copy = self.tampered(relative, change)
            status, report = self.swift_verify(copy, "--key", self.key)
            self.assertEqual(status, 1, (relative, report))
            status, report = python_verify(copy, self.key)
            self.assertEqual(status, 1, (relative, report))

    def test_full_tiles_are_never_rewritten_and_stale_partials_go(self):
        full = pathlib.Path(self.tiles, "tile", "0", "000")
        inode = full.stat().st_ino
        self.batch(self.logbook, 20)
        self.logbook.checkpoint("later.checkpoint")
        self.logbook.run("tiles", self.tiles)
        self.assertEqual(full.stat().st_ino, inode)
        size = self.logbook.size()
        partials = sorted(str(p.relative_to(self.tiles)) for p in pathlib.Path(self.tiles, "tile", "0").rglob("*.p/*"))
        self.assertEqual(partials, ["tile/0/001.p/%d" % (size % 256)])
        self.assertEqual(self.swift_verify(self.tiles, "--key", self.key)[0], 0)

    def test_a_witness_follows_and_a_fork_is_refused_and_shown(self):
        logbook = self.logbook
        witness_dir, publication = os.path.join(self.folder, "witness"), os.path.join(self.folder, "cosigned")
        shown = logbook.witness("init", witness_dir, "--name", WITNESS_NAME, "--json")
        witness_key = json.loads(shown.stdout)["verifierKey"]
        school = os.path.join(self.folder, "school-tiles")
        shutil.copytree(self.tiles, school)
        follow = logbook.witness("follow", witness_dir, "--log", school, "--log-key", self.key, "--publish", publication, "--json")
        (first,) = json.loads(follow.stdout)["logs"]
        self.assertTrue(first["ok"], first)
        self.batch(logbook, 10)
        logbook.checkpoint("grown.checkpoint")
        logbook.run("tiles", school)
        follow = logbook.witness("follow", witness_dir, "--log", school, "--publish", publication, "--json")
        (second,) = json.loads(follow.stdout)["logs"]
        self.assertTrue(second["ok"], second)
        self.assertEqual(second["previousSize"], first["size"])
        self.assertLess(second["bytesRead"], 20000)
        picked = logbook.run("tiles", school, "--cosigned-by", publication, "--witness-key", witness_key, "--json")
        self.assertEqual(json.loads(picked.stdout)["cosigners"], [WITNESS_NAME])
        board = logbook.run("board", "--log", school, "--witness-key", witness_key, "--witness", witness_dir, "--json")
        (row,) = json.loads(board.stdout)["logs"]
        self.assertEqual((row["status"], [c["name"] for c in row["cosigners"]]), ("ok", [WITNESS_NAME]))

        attacked = logbook.copy("attacked")
        rewrite = subprocess.run(
            [sys.executable, str(REWRITE), attacked.directory, "--seq", "10", "--set", "text=er was niets aan de hand"]
            + ["--passphrase=%s=%s" % item for item in PASSPHRASES.items()], capture_output=True, text=True)
        self.assertEqual(rewrite.returncode, 0, rewrite.stderr)
        shutil.rmtree(os.path.join(attacked.directory, "checkpoints"))
        shutil.rmtree(os.path.join(attacked.directory, "index"), ignore_errors=True)
        attacked.checkpoint("rewritten.checkpoint")
        shutil.rmtree(school)
        attacked.run("tiles", school)
        self.assertEqual(self.swift_verify(school, "--key", self.key)[0], 0)  # on its own, the rewritten log verifies
        follow = logbook.witness("follow", witness_dir, "--log", school, "--publish", publication, "--json", expect=1)
        (refused,) = json.loads(follow.stdout)["logs"]
        self.assertEqual(refused["code"], "witness-refused")
        board = logbook.run("board", "--log", school, "--witness-key", witness_key, "--witness", witness_dir, "--json", expect=1)
        (row,) = json.loads(board.stdout)["logs"]
        self.assertEqual((row["status"], row["code"]), ("fork", "log-inconsistent"))
        text = logbook.run("board", "--log", school, "--witness", witness_dir, expect=1).stdout
        self.assertIn("GESPLITST", text)


if __name__ == "__main__":
    unittest.main()
