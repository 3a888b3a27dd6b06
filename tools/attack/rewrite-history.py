#!/usr/bin/env python3
"""A demonstration of the attack that checkpoints exist for: rewrite history and re-sign it.

Usage:
  tools/attack/rewrite-history.py LOGBOOK --seq N --set MEMBER=TEXT --passphrase ACTOR=PASSPHRASE ...

This is NOT part of Logboek. It plays a dishonest administrator who holds the actors' keys and
passphrases: it changes one payload member of event N to TEXT, then rebuilds event N and every
event after it -- new payload digest, new `prev`, new hash -- and signs each again with its
author's real key, opened from the logbook's keys/ folder with that author's passphrase. The result
is a log that `logboek verify` and `tools/verify.py` accept on its own: every line is canonical,
chained and validly signed. Only a checkpoint kept by someone else (the Inspectie) shows that the
history before it changed: `verify --checkpoint OLD` fails and a witness refuses to cosign.

Give --passphrase once for every author of event N and the events after it. Registry events (the
`logbook` stream) cannot be the target: changing a key there would change who may sign what.

Key files (keys/<actor>.key, canonical JSON) seal the Ed25519 seed with XChaCha20-Poly1305-IETF
under a key derived from the passphrase with Argon2id (libsodium crypto_pwhash, argon2id13:
opsLimit passes, memLimit bytes, one lane, 32-byte output); the additional data is
"logboek/key/v1" 0x00 actor 0x00 public key. It needs the `cryptography` package (44 or later,
for Argon2id); HChaCha20, which that package does not offer, is written out below (RFC 8439
quarter round; draft-irtf-cfrg-xchacha section 2.2).

Exit status: 0 rewritten, 1 refused (nothing written), 2 usage.
"""

import argparse
import base64
import hashlib
import json
import os
import struct
import sys

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KEY_CONTEXT = b"logboek/key/v2"
SIGNING_PREFIX = b"logboek/event/v1\x00"


class Refused(Exception):
    """The rewrite cannot be done as asked; nothing was written."""


def canonical(value):
    """RFC 8785 canonical JSON for the values a Logboek event holds (ASCII member names, integers)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def sha256(data):
    return hashlib.sha256(data).digest()


def _rotate(value, count):
    return ((value << count) & 0xFFFFFFFF) | (value >> (32 - count))


def _quarter_round(state, a, b, c, d):
    state[a] = (state[a] + state[b]) & 0xFFFFFFFF
    state[d] = _rotate(state[d] ^ state[a], 16)
    state[c] = (state[c] + state[d]) & 0xFFFFFFFF
    state[b] = _rotate(state[b] ^ state[c], 12)
    state[a] = (state[a] + state[b]) & 0xFFFFFFFF
    state[d] = _rotate(state[d] ^ state[a], 8)
    state[c] = (state[c] + state[d]) & 0xFFFFFFFF
    state[b] = _rotate(state[b] ^ state[c], 7)


def hchacha20(key, nonce16):
    """HChaCha20: the 32-byte subkey for a 32-byte key and the first 16 bytes of an XChaCha nonce."""
    state = list(struct.unpack("<4I", b"expand 32-byte k") + struct.unpack("<8I", key) + struct.unpack("<4I", nonce16))
    for _ in range(10):
        for a, b, c, d in ((0, 4, 8, 12), (1, 5, 9, 13), (2, 6, 10, 14), (3, 7, 11, 15),
                           (0, 5, 10, 15), (1, 6, 11, 12), (2, 7, 8, 13), (3, 4, 9, 14)):
            _quarter_round(state, a, b, c, d)
    return struct.pack("<8I", *(state[0:4] + state[12:16]))


def xchacha20poly1305_open(key, nonce, sealed, additional_data):
    """Opens XChaCha20-Poly1305-IETF: ChaCha20-Poly1305 under the HChaCha20 subkey."""
    subkey = hchacha20(key, nonce[:16])
    return ChaCha20Poly1305(subkey).decrypt(b"\x00" * 4 + nonce[16:], sealed, additional_data)


def open_key(logbook, actor, passphrase):
    """The actor's Ed25519 private key, unsealed from keys/<actor>.key with the passphrase."""
    path = os.path.join(logbook, "keys", actor + ".key")
    try:
        with open(path, "rb") as handle:
            sealed = json.loads(handle.read())
    except OSError as error:
        raise Refused("cannot read the key of %s: %s" % (actor, error.strerror or error)) from None
    if sealed.get("v") != 2 or sealed.get("kdf", {}).get("alg") != "argon2id13" \
            or sealed.get("cipher") != "xchacha20poly1305-ietf":
        raise Refused("the key file of %s is not a version 2 Argon2id/XChaCha20-Poly1305 key file" % actor)
    kdf = sealed["kdf"]
    wrapping = Argon2id(salt=base64.b64decode(kdf["salt"]), length=32, iterations=kdf["opsLimit"], lanes=1,
                        memory_cost=kdf["memLimit"] // 1024).derive(passphrase.encode("utf-8"))
    public_key = base64.b64decode(sealed["publicKey"])
    encryption_key = base64.b64decode(sealed["encryption"]["publicKey"]) if "encryption" in sealed else b""
    additional_data = KEY_CONTEXT + b"\x00" + actor.encode("utf-8") + b"\x00" + public_key + encryption_key
    try:
        seed = xchacha20poly1305_open(wrapping, base64.b64decode(sealed["nonce"]),
                                      base64.b64decode(sealed["sealedSeed"]), additional_data)
    except Exception:  # cryptography raises InvalidTag
        raise Refused("the passphrase given for %s does not open its key" % actor) from None
    key = Ed25519PrivateKey.from_private_bytes(seed)
    if key.public_key().public_bytes_raw() != public_key:
        raise Refused("the key file of %s does not hold the key it names" % actor)
    return key


def resign(event, previous, payload, key):
    """The event rebuilt over `payload` after `previous` (hex), signed with `key`."""
    header = dict(event["header"], prev=previous, payloadDigest=sha256(canonical(payload)).hex())
    event_hash = sha256(b"\x00" + canonical(header))
    signature = key.sign(SIGNING_PREFIX + event_hash)
    return {"header": header, "payload": payload, "hash": event_hash.hex(),
            "sig": base64.b64encode(signature).decode("ascii")}


def rewrite(logbook, target, member, text, passphrases):
    """Rewrites the log in place (atomically); returns how many events were re-signed."""
    path = os.path.join(logbook, "log.jsonl")
    with open(path, "rb") as handle:
        lines = handle.read().split(b"\n")[:-1]
    if not 0 < target < len(lines):
        raise Refused("the log has events 0 to %d; seq %d cannot be rewritten" % (len(lines) - 1, target))
    events = [json.loads(line) for line in lines]
    if events[target]["header"]["stream"] == "logbook":
        raise Refused("seq %d is a registry event; this demonstration rewrites case or memo events only" % target)
    keys = {}
    previous = events[target - 1]["hash"]
    for event in events[target:]:
        author = event["header"]["author"]
        if author not in keys:
            if author not in passphrases:
                raise Refused("no --passphrase for %s, who wrote seq %d" % (author, event["header"]["seq"]))
            keys[author] = open_key(logbook, author, passphrases[author])
        payload = dict(event["payload"])
        if event["header"]["seq"] == target:
            payload[member] = text
        rebuilt = resign(event, previous, payload, keys[author])
        lines[event["header"]["seq"]] = canonical(rebuilt)
        previous = rebuilt["hash"]
    temporary = path + ".rewrite"
    with open(temporary, "wb") as handle:
        handle.write(b"".join(line + b"\n" for line in lines))
    os.replace(temporary, path)
    return len(events) - target


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="rewrite-history.py", description=__doc__.split("\n\n", 2)[2],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("logbook", metavar="LOGBOOK", help="the logbook directory to rewrite in place")
    parser.add_argument("--seq", type=int, required=True, help="the event to change")
    parser.add_argument("--set", required=True, metavar="MEMBER=TEXT", help="the payload member to overwrite")
    parser.add_argument("--passphrase", action="append", default=[], metavar="ACTOR=PASSPHRASE",
                        help="an author's passphrase; repeat for every author from seq N on")
    arguments = parser.parse_args(argv)
    member, equals, text = arguments.set.partition("=")
    if not equals or not member or member == "salt":
        parser.error("--set is MEMBER=TEXT, with a member other than salt")
    passphrases = {}
    for entry in arguments.passphrase:
        actor, equals, passphrase = entry.partition("=")
        if not equals:
            parser.error("--passphrase is ACTOR=PASSPHRASE")
        passphrases[actor] = passphrase
    try:
        count = rewrite(arguments.logbook, arguments.seq, member, text, passphrases)
    except (Refused, OSError, ValueError) as error:
        print("error: %s" % error, file=sys.stderr)
        return 1
    print("rewrote seq %d and re-signed %d events with their authors' own keys" % (arguments.seq, count))
    return 0


if __name__ == "__main__":
    sys.exit(main())
