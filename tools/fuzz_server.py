"""Fuzzes a running `logboek serve` over its socket: mutated and random requests, some sent slowly or cut short.
A connection on which nothing is sent is closed without an answer; every other answer must be a well-formed HTTP/1.1 response with a 2xx, 3xx or 4xx status (or a 503 when all connections
are busy), the server must answer every request within its time-outs, and stay up.

Usage: python3 tools/fuzz_server.py PORT [RUNS [SEED]]   (tools/browser_test.py runs 300; tools/stress 20 000)
"""
import random
import re
import socket
import sys

SEEDS = [
    b"GET /aanmelden HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n\r\n",
    b"POST /aanmelden HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nOrigin: http://127.0.0.1:%d\r\nContent-Type: application/x-www-form-urlencoded\r\n"
    b"Content-Length: 40\r\n\r\ncsrf=00&actor=ib.devries&wachtwoordzin=x",
    b"GET /dossier/2026-014?x=%%C3%%A9 HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nCookie: logboek=abc\r\n\r\n",
]
STATUS = re.compile(rb"^HTTP/1\.1 (\d{3}) [A-Za-z ]+\r\n")


def mutate(data, rng):
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(data) + 1)
        choice = rng.randrange(5)
        if choice == 0 and data:
            del data[min(at, len(data) - 1)]
        elif choice == 1:
            data[at:at] = bytes([rng.choice(b"\r\n :%+?&=/#\t\x00\x7f\xff")])
        elif choice == 2 and data:
            data[min(at, len(data) - 1)] = rng.randrange(256)
        elif choice == 3:
            data[at:at] = data[: rng.randrange(64)]
        else:
            data = data[:at]
    return bytes(data)


def ask(port, payload):
    with socket.create_connection(("127.0.0.1", port), timeout=60) as s:
        try:
            s.sendall(payload)
            s.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        answer = b""
        while True:
            try:
                chunk = s.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            answer += chunk
    return answer


def fuzz(port, runs, seed):
    rng = random.Random(seed)
    counts = {}
    for run in range(runs):
        template = SEEDS[run % len(SEEDS)]
        base = template % tuple([port] * template.count(b"%d"))
        payload = mutate(base, rng) if run % 4 else bytes(rng.randrange(256) for _ in range(rng.randrange(300)))
        answer = ask(port, payload)
        if not payload:
            if answer:
                raise AssertionError("run %d: an answer to nothing: %r" % (run, answer[:200]))
            counts["closed"] = counts.get("closed", 0) + 1
            continue
        match = STATUS.match(answer)
        if not match or b"\r\n\r\n" not in answer:
            raise AssertionError("run %d: not a well-formed answer to %r: %r" % (run, payload, answer[:200]))
        status = int(match.group(1))
        if not (200 <= status < 500 or status == 503):
            raise AssertionError("run %d: status %d for %r" % (run, status, payload))
        counts[status] = counts.get(status, 0) + 1
    return counts


if __name__ == "__main__":
    port = int(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 24
    print("fuzz_server: %d requests, answers %s" % (runs, sorted(fuzz(port, runs, seed).items(), key=str)))
