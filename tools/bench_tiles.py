#!/usr/bin/env python3
"""Benchmark of publishing, following and verifying tiles (run through tools/bench_tiles, which builds first).

1. SCHOOLS logbooks of EVENTS events each (written by `logboek-bench --write-scale`: cases of 20 events, sealed),
   each signs a checkpoint and publishes its tiles (`logboek tiles`) into a folder nginx serves on loopback.
2. One witness follows all of them (`witness follow --log-list`): the first cosignature of each, then, after each
   school appended GROW events, signed a new checkpoint and published again, the next one: total time, time per
   school, and the bytes read per cosignature (checkpoint and the tiles of the consistency proof).
3. One log of BIG events: `logboek tiles` of it, `logboek verify --tiles URL` through nginx, `logboek verify` of
   the folder.
Timings are wall time of the `logboek` processes, on whatever else the machine is doing.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tiles_nginx  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LOGBOEK = os.path.join(ROOT, ".build", "release", "logboek")
BENCH = os.path.join(ROOT, ".build", "release", "logboek-bench")
AUTHOR, PASSPHRASE, WITNESS_PASSPHRASE = "bench.ib", "bench-passphrase", "witness-passphrase"


def run(*arguments, stdin=None, logbook=None, passphrase=PASSPHRASE):
    environment = dict(os.environ, LOGBOEK_PASSPHRASE=passphrase, LOGBOEK_NEW_PASSPHRASE=passphrase)
    if logbook:
        environment["LOGBOEK_DIR"] = logbook
    started = time.monotonic()
    result = subprocess.run(list(arguments), input=stdin, capture_output=True, text=True, env=environment)
    elapsed = time.monotonic() - started
    if result.returncode not in (0, 1) or (result.returncode == 1 and "follow" not in arguments):
        raise SystemExit("%s exited %d:\n%s%s" % (" ".join(arguments[:3]), result.returncode, result.stdout, result.stderr))
    return result, elapsed


def school(directory, events):
    """Writes one school's logbook, signs a checkpoint; returns (logbook folder, verifier key)."""
    written, _ = run(BENCH, "--write-scale", str(events), "--dir", directory)
    logbook = json.loads(written.stdout)["directory"]
    signed, _ = run(LOGBOEK, "checkpoint", "--as", AUTHOR, "--json", logbook=logbook)
    return logbook, json.loads(signed.stdout)["verifierKey"]


def publish(logbook, folder):
    _, elapsed = run(LOGBOEK, "tiles", folder, logbook=logbook)
    return elapsed


def grow(logbook, count):
    lines = "".join(json.dumps({"type": "memo.noted", "stream": "memo/bench", "payload": {"text": "memo %d" % n}}) + "\n"
                    for n in range(count))
    run(LOGBOEK, "append", "--batch", "-", "--as", AUTHOR, stdin=lines, logbook=logbook)
    run(LOGBOEK, "checkpoint", "--as", AUTHOR, logbook=logbook)


def follow(witness, list_file, keys, publication):
    arguments = [LOGBOEK, "witness", "follow", witness, "--log-list", list_file, "--publish", publication, "--json"]
    for key in keys:
        arguments += ["--log-key", key]
    result, elapsed = run(*arguments, passphrase=WITNESS_PASSPHRASE)
    logs = json.loads(result.stdout)["logs"]
    refused = [log for log in logs if not log["ok"]]
    if refused:
        raise SystemExit("the witness refused %d logs: %s" % (len(refused), refused[0]))
    return elapsed, [log["bytesRead"] for log in logs]


def figures_of_follow(elapsed, sizes, schools):
    return {"seconds": round(elapsed, 2), "perSchoolMilliseconds": round(1000 * elapsed / schools, 1),
            "bytesPerCosignature": {"min": min(sizes), "median": int(statistics.median(sizes)), "max": max(sizes)}}


def many_schools(base, arguments, server_root):
    keys, logbooks, publish_seconds, write_seconds = [], [], [], time.monotonic()
    for number in range(arguments.schools):
        logbook, key = school(os.path.join(base, "schools", "%03d" % number), arguments.events)
        logbooks.append(logbook)
        keys.append(key)
    write_seconds = time.monotonic() - write_seconds
    for number, logbook in enumerate(logbooks):
        publish_seconds.append(publish(logbook, os.path.join(server_root, "school-%03d" % number)))
    server = tiles_nginx.Nginx(server_root)
    try:
        list_file = os.path.join(base, "logs.txt")
        with open(list_file, "w") as handle:
            handle.write("".join("%s/school-%03d\n" % (server.url, n) for n in range(arguments.schools)))
        witness = os.path.join(base, "witness")
        run(LOGBOEK, "witness", "init", witness, "--name", "bestuur.example/witness", passphrase=WITNESS_PASSPHRASE)
        first = follow(witness, list_file, keys, os.path.join(base, "cosigned"))
        republish = []
        for number, logbook in enumerate(logbooks):
            grow(logbook, arguments.grow)
            republish.append(publish(logbook, os.path.join(server_root, "school-%03d" % number)))
        second = follow(witness, list_file, [], os.path.join(base, "cosigned"))
    finally:
        server.close()
    return {
        "schools": arguments.schools, "eventsEach": arguments.events, "grownBy": arguments.grow,
        "writeSecondsAll": round(write_seconds, 1),
        "tilesFirstPublishMedianMilliseconds": round(1000 * statistics.median(publish_seconds), 1),
        "tilesRepublishMedianMilliseconds": round(1000 * statistics.median(republish), 1),
        "followFirst": figures_of_follow(*first, arguments.schools),
        "followNext": figures_of_follow(*second, arguments.schools),
        "publishedBytesPerSchool": folder_bytes(os.path.join(server_root, "school-000")),
    }


def folder_bytes(folder):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(folder) for f in files)


def big_log(base, arguments, server_root):
    started = time.monotonic()
    logbook, key = school(os.path.join(base, "big"), arguments.big)
    write = time.monotonic() - started
    folder = os.path.join(server_root, "big")
    tiles = publish(logbook, folder)
    server = tiles_nginx.Nginx(server_root)
    try:
        result, over_http = run(LOGBOEK, "verify", "--tiles", server.url + "/big", "--key", key, "--json")
        report = json.loads(result.stdout)
        if not report["ok"]:
            raise SystemExit("verify --tiles failed: %s" % report)
    finally:
        server.close()
    _, local = run(LOGBOEK, "verify", logbook=logbook)
    return {"events": arguments.big, "writeSeconds": round(write, 1), "tilesSeconds": round(tiles, 1),
            "publishedBytes": folder_bytes(folder), "logBytes": os.path.getsize(os.path.join(logbook, "log.jsonl")),
            "verifyTilesOverNginxSeconds": round(over_http, 1), "bytesRead": report["bytesRead"],
            "verifyFolderSeconds": round(local, 1)}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--schools", type=int, default=100)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--grow", type=int, default=100, help="events each school appends before the second round")
    parser.add_argument("--big", type=int, default=1_000_000, help="the large log's events (0: skip)")
    parser.add_argument("--dir", help="where to write (default: a temporary folder, removed afterwards)")
    parser.add_argument("--json", action="store_true")
    arguments = parser.parse_args()
    if not tiles_nginx.available():
        raise SystemExit("nginx is not installed (tools/setup installs it)")
    base = tempfile.mkdtemp(prefix="logboek-bench-tiles-", dir=arguments.dir)
    server_root = os.path.join(base, "www")
    try:
        figures = {"manySchools": many_schools(base, arguments, server_root) if arguments.schools else None,
                   "bigLog": big_log(base, arguments, server_root) if arguments.big else None}
    finally:
        shutil.rmtree(base, ignore_errors=True)
    print(json.dumps(figures, indent=None if arguments.json else 2))


if __name__ == "__main__":
    main()
