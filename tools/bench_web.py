"""Page times of `logboek serve` (a benchmark, not a test): server time per page as the client sees it over
loopback, median and 95th percentile, with a signed-in session, on the example school and on a case of 1 000
events, and the Overzicht again once N more cases are in the logbook (read from the summaries its first load wrote);
a recorded event (form post to redirect) beside the command line's single `record` with unlocked keys; and N
concurrent sessions recording into different cases for a while (every acknowledged event in the log, `verify` OK, no
error page, the server's peak memory).

Usage: python3 tools/bench_web.py [--runs N] [--sessions N] [--seconds S] [--cases N]   (tools/bench --web runs it on the release build)
"""
import argparse
import concurrent.futures
import json
import os
import pathlib
import re
import shutil
import socket
import statistics
import subprocess
import tempfile
import time
import urllib.parse

ROOT = pathlib.Path(__file__).resolve().parent.parent
BIN = pathlib.Path(os.environ.get("LOGBOEK_BIN") or ROOT / ".build" / "release" / "logboek")
EXAMPLES_BIN = BIN.parent / "logboek-examples"
PASS = {"ib.devries": "ib-geheim-123", "dir.jansen": "directeur-geheim"}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Client:
    """A signed-in browser without a browser: one connection per request, cookies kept."""

    def __init__(self, port):
        self.port, self.cookies = port, {}

    def request(self, method, path, form=None):
        body = urllib.parse.urlencode(form).encode() if form is not None else b""
        host = "127.0.0.1:%d" % self.port
        head = "%s %s HTTP/1.1\r\nHost: %s\r\nOrigin: http://%s\r\n" % (method, path, host, host)
        if self.cookies:
            head += "Cookie: %s\r\n" % "; ".join("%s=%s" % item for item in self.cookies.items())
        if form is not None:
            head += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: %d\r\n" % len(body)
        started = time.perf_counter()
        with socket.create_connection(("127.0.0.1", self.port)) as s:
            s.sendall(head.encode() + b"\r\n" + body)
            data = b""
            while chunk := s.recv(1 << 16):
                data += chunk
        elapsed = time.perf_counter() - started
        header, _, page = data.partition(b"\r\n\r\n")
        status = int(header.split(b" ")[1])
        for name, value in re.findall(rb"set-cookie: ([^=]+)=([^;]*);", header):
            if value:
                self.cookies[name.decode()] = value.decode()
            else:
                self.cookies.pop(name.decode(), None)
        return status, page.decode("utf-8", "replace"), elapsed

    def token(self, path):
        return re.search(r'name="csrf" value="([0-9a-f]{64})"', self.request("GET", path)[1]).group(1)

    def sign_in(self, actor):
        status, _, _ = self.request("POST", "/aanmelden", {"csrf": self.token("/aanmelden"), "actor": actor, "wachtwoordzin": PASS[actor]})
        assert status == 303, status

    def record_note(self, case, text):
        token = self.token("/dossier/%s/vastleggen" % case)
        form = {"csrf": token, "f.text": text, "f.contactOn": "2026-12-01", "stap": "vastleggen"}
        return self.request("POST", "/dossier/%s/vastleggen/note.recorded" % case, form)


def figures(times):
    times = sorted(times)
    return {"median_ms": round(statistics.median(times) * 1000, 1), "p95_ms": round(times[int(len(times) * 0.95) - 1] * 1000, 1), "n": len(times)}


def run(*arguments, passphrase="ib-geheim-123"):
    return subprocess.run([str(a) for a in arguments], capture_output=True, text=True, check=True,
                          env=dict(os.environ, LOGBOEK_PASSPHRASE=passphrase))


def big_case(logbook, events, case="2026-900"):
    lines = [json.dumps({"type": "case.opened", "stream": "case/" + case, "payload": {
        "childRef": "LL-9000", "childName": "Kind Negenhonderd", "birthDate": "2016-05-05", "reason": "Benchmark.", "openedOn": "2026-11-01"}})]
    lines += [json.dumps({"type": "note.recorded", "stream": "case/" + case, "payload": {"text": "Aantekening %d." % i, "contactOn": "2026-11-02"}})
              for i in range(events - 1)]
    batch = logbook.parent / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n")
    run(BIN, "append", "--batch", batch, "--logbook", logbook, "--as", "ib.devries")
    return case


def many_cases(logbook, count):
    """Opens `count` small cases in one batch (the Overzicht's target is set with 1 000 cases in the logbook)."""
    lines = [json.dumps({"type": "case.opened", "stream": "case/2027-%04d" % i, "payload": {
        "childRef": "LL-%d" % i, "childName": "Kind %d" % i, "birthDate": "2016-05-05", "reason": "Benchmark.", "openedOn": "2026-11-01"}})
        for i in range(count)]
    batch = logbook.parent / "cases.jsonl"
    batch.write_text("\n".join(lines) + "\n")
    run(BIN, "append", "--batch", batch, "--logbook", logbook, "--as", "ib.devries")


def peak_rss_kib(pid):
    with open("/proc/%d/status" % pid) as status:
        return int(re.search(r"VmHWM:\s+(\d+)", status.read()).group(1))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--cases", type=int, default=1000, help="cases in the logbook when the Overzicht is timed a second time")
    options = parser.parse_args()
    folder = pathlib.Path(tempfile.mkdtemp(prefix="logboek-bench-web-"))
    try:
        logbook = folder / "klimtoren"
        subprocess.run([str(EXAMPLES_BIN), str(logbook), "--examples", str(ROOT / "tools" / "examples")], check=True, capture_output=True)
        large = big_case(logbook, 1000)
        cases = ["2026-8%02d" % i for i in range(options.sessions)]
        for case in cases:
            run(BIN, "case", "open", case, "--child-ref", "LL-" + case, "--child-name", "Kind " + case, "--birth-date", "2016-01-01",
                "--reason", "Benchmark.", "--logbook", logbook, "--as", "ib.devries")
        port = free_port()
        server = subprocess.Popen([str(BIN), "serve", "--logbook", str(logbook), "--listen", "127.0.0.1:%d" % port], stderr=subprocess.DEVNULL)
        time.sleep(1)
        result = {}
        try:
            client = Client(port)
            client.sign_in("ib.devries")
            for name, path in [("overzicht", "/overzicht"), ("dossier 2026-014", "/dossier/2026-014"), ("dossier of 1000 events", "/dossier/" + large)]:
                times = []
                for _ in range(options.runs):
                    status, _, elapsed = client.request("GET", path)
                    assert status == 200, (path, status)
                    times.append(elapsed)
                result[name] = figures(times)
            posts = []
            for i in range(options.runs):
                status, _, elapsed = client.record_note("2026-014", "Bench %d" % i)
                posts.append(elapsed)
                assert status == 303, status
            result["record (form post to redirect)"] = figures(posts)
            unlocked = subprocess.run([str(BIN), "unlock", "--as", "ib.devries", "--user-wide", "--logbook", str(logbook)], capture_output=True,
                                      env=dict(os.environ, LOGBOEK_PASSPHRASE="ib-geheim-123")).returncode == 0
            cli = []
            for i in range(min(options.runs, 20)):
                started = time.perf_counter()
                run(BIN, "record", "note.recorded", "--case", "2026-014", "--text", "CLI %d" % i, "--contact-on", "2026-12-01",
                    "--logbook", logbook, "--as", "ib.devries")
                cli.append(time.perf_counter() - started)
            result["logboek record (command line, %s)" % ("unlocked keys" if unlocked else "passphrase: Argon2id included")] = figures(cli)
            many_cases(logbook, options.cases)
            status, _, first = client.request("GET", "/overzicht")
            assert status == 200, status
            result["overzicht with %d more cases, first (folds each new case, writes its summary)" % options.cases] = round(first * 1000, 1)
            times = []
            for _ in range(options.runs):
                status, _, elapsed = client.request("GET", "/overzicht")
                assert status == 200, status
                times.append(elapsed)
            result["overzicht with %d more cases (from summaries)" % options.cases] = figures(times)
            result["load"] = load(port, cases, options.seconds)
            result["load"]["server peak memory MiB"] = round(peak_rss_kib(server.pid) / 1024, 1)
        finally:
            server.kill()
            server.wait()
        for case in cases:
            count = sum(1 for line in run(BIN, "log", "--stream", "case/" + case, "--json", "--logbook", logbook).stdout.splitlines()
                        if json.loads(line)["header"]["type"] == "note.recorded")
            result["load"].setdefault("in the log", 0)
            result["load"]["in the log"] += count
        result["load"]["verify"] = subprocess.run([str(BIN), "verify", "--logbook", str(logbook)], capture_output=True).returncode == 0
        print(json.dumps(result, indent=2, ensure_ascii=False))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def load(port, cases, seconds):
    """Each session records into its own case for `seconds`; counts the acknowledged events and the error pages."""
    deadline = time.time() + seconds

    def session(case):
        client = Client(port)
        client.sign_in("ib.devries")
        acknowledged, errors, times = 0, 0, []
        while time.time() < deadline:
            status, _, elapsed = client.record_note(case, "Belasting %d" % acknowledged)
            times.append(elapsed)
            if status == 303:
                acknowledged += 1
            else:
                errors += 1
        return acknowledged, errors, times

    with concurrent.futures.ThreadPoolExecutor(max_workers=len(cases)) as pool:
        outcomes = list(pool.map(session, cases))
    times = [t for outcome in outcomes for t in outcome[2]]
    return {"sessions": len(cases), "seconds": seconds, "acknowledged": sum(o[0] for o in outcomes), "error pages": sum(o[1] for o in outcomes),
            "record under load": figures(times)}


if __name__ == "__main__":
    main()
