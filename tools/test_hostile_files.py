"""Both verifiers on hostile log files: over-long lines, long unterminated tails, FIFOs, devices, folders.

`logboek verify --json` (the built binary: .build/debug/logboek or $LOGBOEK_BIN) and tools/verify.py must
give the same exit status and, for a log they read, the same failure code, seq and line; neither may block
or read without bound.
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
from test_checkpoints import binary  # noqa: E402

TOOLS = pathlib.Path(__file__).resolve().parent
CLEAN = TOOLS / "testdata" / "clean-12.jsonl"
LIMIT = 4 << 20


def run(arguments):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("LOGBOEK_")}
    result = subprocess.run(arguments, capture_output=True, timeout=60, env=environment)
    failure = None
    if result.stdout.strip():
        failure = json.loads(result.stdout).get("failure")
    return result.returncode, failure and (failure["code"], failure["seq"], failure["line"])


class HostileFileTests(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp()
        self.log = os.path.join(self.folder, "log.jsonl")

    def tearDown(self):
        shutil.rmtree(self.folder)

    def verdicts(self):
        swift = run([binary(), "verify", "--logbook", self.folder, "--json"])
        python = run([sys.executable, str(TOOLS / "verify.py"), self.folder, "--json"])
        return swift, python

    def write_clean(self, extra=b""):
        with open(self.log, "wb") as log:
            log.write(CLEAN.read_bytes() + extra)

    def test_over_long_line_and_tail(self):
        for extra, code in [(b"a" * (LIMIT + 1) + b"\n", "not-canonical"), (b"a" * (LIMIT + 1), "not-canonical"),
                            (b"a" * LIMIT, "torn-tail"), (b"{\"hash\"", "torn-tail")]:
            self.write_clean(extra)
            swift, python = self.verdicts()
            self.assertEqual(swift, python, "%d bytes" % len(extra))
            self.assertEqual(swift, (1, (code, 12, 13)))

    def test_not_a_regular_file(self):
        for make in [lambda: os.mkfifo(self.log), lambda: os.symlink("/dev/zero", self.log), lambda: os.mkdir(self.log)]:
            make()
            swift, python = self.verdicts()
            self.assertEqual(swift[0], 3)
            self.assertEqual(python[0], 3)
            if os.path.isdir(self.log) and not os.path.islink(self.log):
                os.rmdir(self.log)
            else:
                os.unlink(self.log)


if __name__ == "__main__":
    unittest.main()
