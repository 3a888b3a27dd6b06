#!/usr/bin/env python3
"""An independent verifier for a Logboek log (log.jsonl), and for checkpoints of it.

Usage:
  tools/verify.py [--json] [PATH]
  tools/verify.py [--json] [PATH] --checkpoint FILE --key VKEY [--witness-key VKEY ...]
  tools/verify.py [--json] --bundle FILE [--document REPORT] [--key VKEY]
  tools/verify.py [--json] --tiles URL|DIR --key VKEY [--witness-key VKEY ...]

PATH is a logbook directory (its log.jsonl is read) or a log.jsonl file; without it, $LOGBOEK_DIR,
else the current directory.

This file is written from the format description (docs/FORMAT.md, Schemas/) and the public
specifications it names -- RFC 8785 (canonical JSON), RFC 8032 (Ed25519), RFC 6962 (Merkle trees),
C2SP signed-note v1.0.0, tlog-checkpoint v1.0.0 and tlog-cosignature v1.0.0 -- and shares no code
with the `logboek` program, so an inspector can check a log without trusting that program.
It needs Python 3.9+ and the `cryptography` package (`python3 -m pip install cryptography`).

What it checks, line by line, with memory bounded by one line plus the actor registry:
  * every line is RFC 8785 canonical JSON (integers only; no floats, duplicate keys, lone
    surrogates, invalid UTF-8, needless escapes, white space, or keys out of UTF-16 order);
  * the event envelope: {header, payload, hash, sig} with exactly the header fields of format v1;
  * `seq` is dense from 0 and `prev` is the hash of the event before (64 zeros at seq 0);
  * hash = SHA-256(0x00 || JCS(header)) and header.payloadDigest = SHA-256(JCS(payload));
  * `recordedAt` never goes back;
  * the author is enrolled, not revoked, and allowed to record the event, all as of that seq
    (the registry is rebuilt from the `logbook` stream: logbook.created, actor.enrolled,
    actor.key_rotated, actor.revoked);
  * sig = Ed25519(author's key as of that seq, "logboek/event/v1" || 0x00 || hash);
  * the file does not end in a partial line (a torn write).
The first failure is reported with its seq, line number and a stable code (the same codes as
`logboek verify`).

With --checkpoint it also verifies a C2SP tlog-checkpoint signed with the log's key (--key, a
signed-note verifier key), any witness cosignatures asked for (--witness-key, tlog-cosignature v1
keys), and that the RFC 6962 Merkle root of the log's first `size` event hashes is the
checkpoint's root hash: the log is consistent with the checkpoint. Its checkpoint codes are finer than
those of `logboek verify --checkpoint`: checkpoint-malformed is its malformed, checkpoint-bad-signature,
cosignature-missing and cosignature-bad are its bad-checkpoint-signature, and checkpoint-beyond-log and
checkpoint-root-mismatch are its log-inconsistent.

With --tiles it checks a log published as C2SP tlog-tiles (by `logboek tiles`) at a URL prefix or in
a folder, without the logbook: the published checkpoint as above (--key required), every line of the line
bundles tile/lines/<N> up to the checkpoint's size as above, each line's hash against its leaf in the
level-0 tile tile/0/<N> and against its entry in tile/entries/<N> (uint16 length-prefixed canonical
headers), every hash of a higher tile against the RFC 6962 root of the full tile below it, and the root
of the lines against the checkpoint's. A disagreement is checkpoint failure tile-mismatch.

Exit status: 0 verified, 1 verification failed, 2 usage, 3 input could not be read.
"""

import argparse
import base64
import binascii
import datetime
import functools
import hashlib
import json
import os
import re
import sys
import unicodedata
import urllib.error
import urllib.request

try:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
except ImportError:  # pragma: no cover - reported to the user below
    Ed25519PublicKey = None


EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_IO = 0, 1, 2, 3


# ----------------------------------------------------------------------------------------------
# Failures
# ----------------------------------------------------------------------------------------------

class Failure(Exception):
    """One thing found wrong, with a stable kebab-case code and a sentence for people."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
        self.message = message


class InputError(Exception):
    """A file could not be read (exit status 3)."""


class UsageError(Exception):
    """The command line or a key given on it is not usable (exit status 2)."""


# ----------------------------------------------------------------------------------------------
# RFC 8785 canonical JSON, integer-only subset
# ----------------------------------------------------------------------------------------------

# JCS writes numbers as ECMAScript does; integers are exact only up to 2^53 - 1, so the format
# allows no integer outside that range (and no fractions or exponents at all).
MAX_SAFE_INTEGER = 2**53 - 1

# RFC 8785 section 3.2.2.2: these five control characters use their two-character escapes;
# every other character below U+0020 is written as \\u00XX with lowercase hex; '"' and '\\' are
# escaped; everything else, including U+007F and U+2028, is written as itself in UTF-8.
SHORT_ESCAPES = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"}


def encode_string(text):
    """The JCS form of a string (raises UnicodeEncodeError on a lone surrogate)."""
    out = ['"']
    for char in text:
        if char in SHORT_ESCAPES:
            out.append(SHORT_ESCAPES[char])
        elif char < " ":
            out.append("\\u%04x" % ord(char))
        else:
            out.append(char)
    out.append('"')
    encoded = "".join(out)
    encoded.encode("utf-8")  # a lone surrogate cannot be encoded: let the caller see it
    return encoded


def utf16_key(key):
    """Sort key: RFC 8785 orders member names by their UTF-16 code units."""
    return key.encode("utf-16-be", "surrogatepass")


def encode_canonical(value):
    """The RFC 8785 canonical JSON bytes of a parsed value (dict, list, str, int, bool, None)."""
    return _encode(value).encode("utf-8")


def _encode(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        if abs(value) > MAX_SAFE_INTEGER:
            raise ValueError("integer out of the exact range of JSON numbers")
        return str(value)
    if isinstance(value, str):
        return encode_string(value)
    if isinstance(value, list):
        return "[" + ",".join(_encode(item) for item in value) + "]"
    if isinstance(value, dict):
        members = sorted(value.items(), key=lambda item: utf16_key(item[0]))
        return "{" + ",".join(encode_string(k) + ":" + _encode(v) for k, v in members) + "}"
    raise ValueError("not a JSON value of the integer-only subset: %r" % type(value))


def _refuse_float(text):
    raise ValueError("a number with a fraction or exponent: " + text)


def _refuse_constant(text):
    raise ValueError("not JSON: " + text)


def _object_without_duplicates(pairs):
    """The object of `pairs`, refusing a key that repeats an earlier one or is canonically equivalent to it.

    RFC 8785 tells keys apart by their code units, but a reader whose strings compare by canonical
    equivalence (Swift's) cannot hold both of two equivalent keys, and two keys that look the same
    would show different readers different members: the format refuses them (`not-canonical`).
    """
    obj, forms = {}, set()
    for key, value in pairs:
        form = key if key.isascii() else unicodedata.normalize("NFD", key)
        if key in obj or form in forms:
            raise ValueError("duplicate (or canonically equivalent) member name " + json.dumps(key))
        obj[key] = value
        forms.add(form)
    return obj


def parse_canonical(line):
    """Parses one line (bytes, without its newline) that must be canonical JSON.

    The line is parsed strictly, re-encoded canonically and compared byte for byte with itself:
    anything the canonical form would write differently (white space, member order, escapes,
    number forms) makes the two differ.

    Raises Failure('not-canonical') when the line is not JSON or not in canonical form.
    """
    try:
        text = line.decode("utf-8")  # strict: invalid UTF-8 and encoded surrogates are refused
        value = json.loads(text, object_pairs_hook=_object_without_duplicates,
                           parse_float=_refuse_float, parse_constant=_refuse_constant)
        canonical = encode_canonical(value)
    except (UnicodeError, ValueError, RecursionError) as error:
        raise Failure("not-canonical", "the line is not canonical JSON: %s" % error) from None
    if canonical != line:
        raise Failure("not-canonical", "the line is JSON but not in RFC 8785 canonical form")
    return value


# ----------------------------------------------------------------------------------------------
# Small encodings
# ----------------------------------------------------------------------------------------------

HEX64 = re.compile(r"[0-9a-f]{64}\Z")
BASE64_CHARS = re.compile(r"[A-Za-z0-9+/]*={0,2}\Z")


def strict_base64(text, length=None):
    """Decodes standard padded base64 (RFC 4648 section 4) in its one canonical spelling.

    Returns None for anything else: wrong alphabet or padding, non-zero unused bits, or a length
    other than `length` bytes when one is given.
    """
    if not isinstance(text, str) or not BASE64_CHARS.match(text) or len(text) % 4:
        return None
    try:
        data = base64.b64decode(text, validate=True)
    except binascii.Error:
        return None
    if (length is not None and len(data) != length) or base64.b64encode(data).decode("ascii") != text:
        return None
    return data


def sha256(*parts):
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part)
    return digest.digest()


# Edwards25519 (RFC 8032 section 5.1), only to refuse weak public keys the way libsodium's
# crypto_core_ed25519_is_valid_point does: `cryptography` accepts, for instance, the identity point as a
# key, under which R = identity, S = 0 "verifies" any message.
ED_P = 2 ** 255 - 19
ED_L = 2 ** 252 + 27742317777372353535851937790883648493
ED_D = -121665 * pow(121666, ED_P - 2, ED_P) % ED_P
ED_SQRT_M1 = pow(2, (ED_P - 1) // 4, ED_P)
ED_IDENTITY = (0, 1, 1, 0)


def ed_add(a, b):
    """The sum of two points in extended coordinates (X, Y, Z, T)."""
    x1, y1, z1, t1 = a
    x2, y2, z2, t2 = b
    e1 = (y1 - x1) * (y2 - x2) % ED_P
    e2 = (y1 + x1) * (y2 + x2) % ED_P
    c = 2 * t1 * t2 * ED_D % ED_P
    d = 2 * z1 * z2 % ED_P
    e, f, g, h = e2 - e1, d - c, d + c, e2 + e1
    return (e * f % ED_P, g * h % ED_P, f * g % ED_P, e * h % ED_P)


def ed_multiply(scalar, point):
    result = ED_IDENTITY
    while scalar:
        if scalar & 1:
            result = ed_add(result, point)
        point = ed_add(point, point)
        scalar >>= 1
    return result


def ed_is_identity(point):
    x, y, z, _ = point
    return x % ED_P == 0 and (y - z) % ED_P == 0


def ed_decode(encoded):
    """The point a 32-byte encoding names, or None when y is not canonical or x does not exist."""
    y = int.from_bytes(encoded, "little") & (2 ** 255 - 1)
    sign = encoded[31] >> 7
    if y >= ED_P:
        return None
    u, v = (y * y - 1) % ED_P, (ED_D * y * y + 1) % ED_P
    x = u * pow(v, 3, ED_P) * pow(u * pow(v, 7, ED_P), (ED_P - 5) // 8, ED_P) % ED_P
    if (v * x * x - u) % ED_P != 0:
        x = x * ED_SQRT_M1 % ED_P
    if (v * x * x - u) % ED_P != 0:
        return None
    if x == 0 and sign:
        return None
    if x & 1 != sign:
        x = ED_P - x
    return (x, y, 1, x * y % ED_P)


@functools.lru_cache(maxsize=4096)
def ed25519_key_is_valid(public_key):
    """True for a canonical encoding of a point of the main subgroup (not of small order)."""
    point = ed_decode(public_key) if len(public_key) == 32 else None
    return (point is not None and not ed_is_identity(ed_multiply(8, point))
            and ed_is_identity(ed_multiply(ED_L, point)))


def ed25519_verifies(public_key, signature, message):
    """True when `signature` is a valid Ed25519 (RFC 8032) signature of `message` under a valid key."""
    if not ed25519_key_is_valid(public_key):
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
        return True
    except (InvalidSignature, ValueError):
        return False


# ----------------------------------------------------------------------------------------------
# The event envelope (Schemas/event.schema.json)
# ----------------------------------------------------------------------------------------------

HEADER_FIELDS = {"v", "seq", "prev", "recordedAt", "author", "type", "stream", "payloadDigest"}
ENVELOPE_FIELDS = {"header", "payload", "hash", "sig"}
ACTOR_ID = re.compile(r"[a-z0-9][a-z0-9._-]*\Z")
EVENT_TYPE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*\Z")
# A stream is slugs joined by "/", each at most 64 characters, 128 in all.
STREAM = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}(/[a-z0-9][a-z0-9._-]{0,63})*\Z")
TIMESTAMP = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})\.[0-9]{3}Z\Z")
SALT = re.compile(r"([0-9a-f]{2}){16,}\Z")
ZERO_HASH = "0" * 64
SIGNING_PREFIX = b"logboek/event/v1\x00"


def malformed(message):
    return Failure("malformed-event", message)


def is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def is_name(value, pattern, max_length):
    return isinstance(value, str) and len(value) <= max_length and pattern.match(value) is not None


def is_blank(text):
    """True when text holds only white space as Foundation counts it (Unicode category Z, tab to carriage
    return, next line): not Python's str.isspace, which also counts the separators U+001C to U+001F."""
    return all(char in "\t\n\v\f\r\x85" or unicodedata.category(char)[0] == "Z" for char in text)


def valid_timestamp(text):
    """True for a real UTC instant from 1970 on, written as YYYY-MM-DDTHH:MM:SS.mmmZ."""
    match = TIMESTAMP.match(text) if isinstance(text, str) else None
    if not match:
        return False
    year, month, day, hour, minute, second = (int(part) for part in match.groups())
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    days = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return (year >= 1970 and 1 <= month <= 12 and 1 <= day <= days[month - 1] and hour < 24 and minute < 60
            and second < 60)


def check_envelope(event):
    """Checks the shape of an event line's value; returns (header, payload, hash bytes, sig bytes).

    Raises Failure('malformed-event') when a member is missing, extra or of the wrong form.
    """
    if not isinstance(event, dict) or set(event) != ENVELOPE_FIELDS:
        raise malformed("an event has exactly the members header, payload, hash and sig")
    header, payload = event["header"], event["payload"]
    if not isinstance(header, dict) or set(header) != HEADER_FIELDS:
        raise malformed("the header has exactly the members " + ", ".join(sorted(HEADER_FIELDS)))
    if not is_int(header["v"]) or header["v"] != 1:
        raise malformed("this verifier reads format version 1 only")
    if not is_int(header["seq"]) or header["seq"] < 0:
        raise malformed("'seq' is a non-negative integer")
    for field in ("prev", "payloadDigest"):
        if not isinstance(header[field], str) or not HEX64.match(header[field]):
            raise malformed("'%s' is 64 lowercase hex digits" % field)
    if not valid_timestamp(header["recordedAt"]):
        raise malformed("'recordedAt' is a UTC time YYYY-MM-DDTHH:MM:SS.mmmZ")
    if not is_name(header["author"], ACTOR_ID, 64):
        raise malformed("'author' is not an actor id")
    if not is_name(header["type"], EVENT_TYPE, 64):
        raise malformed("'type' is not an event type name")
    if not is_name(header["stream"], STREAM, 128):
        raise malformed("'stream' is not a stream name")
    if isinstance(payload, dict) and "salt" not in payload and "sealed" in payload:
        check_sealed_payload(payload)
    elif not isinstance(payload, dict) or not isinstance(payload.get("salt"), str) or not SALT.match(payload["salt"]):
        raise malformed("the payload is an object with a hex 'salt' of at least 16 bytes")
    if not isinstance(event["hash"], str) or not HEX64.match(event["hash"]):
        raise malformed("'hash' is 64 lowercase hex digits")
    signature = strict_base64(event["sig"], 64)
    if signature is None:
        raise malformed("'sig' is the base64 of a 64-byte Ed25519 signature")
    return header, payload, bytes.fromhex(event["hash"]), signature


# ----------------------------------------------------------------------------------------------
# The actor registry (Schemas/events/*.schema.json, Schemas/actor-profile.schema.json)
# ----------------------------------------------------------------------------------------------

REGISTRY_STREAM = "logbook"
REGISTRY_TYPES = {"logbook.created", "actor.enrolled", "actor.key_rotated", "actor.revoked"}
ROLES = {"aandachtsfunctionaris", "administratie", "bestuur", "directeur", "intern-begeleider", "jgz",
         "leerkracht", "mentor", "ondersteuningscoach", "pedagogisch-medewerker", "smw", "vertrouwenspersoon",
         "zorgteam-lid"}
PROFILE_FIELDS = {"id", "name", "roles", "admin", "qualifications", "publicKey", "encryptionKey"}


def unique_strings(values):
    return isinstance(values, list) and all(isinstance(v, str) for v in values) and len(set(values)) == len(values)


def read_profile(profile):
    """Checks an actor profile; returns (id, is administrator, 32-byte public key, roles)."""
    if not isinstance(profile, dict) or set(profile) != PROFILE_FIELDS:
        raise malformed("an actor profile has exactly the members " + ", ".join(sorted(PROFILE_FIELDS)))
    if not is_name(profile["id"], ACTOR_ID, 64):
        raise malformed("the profile's 'id' is not an actor id")
    name = profile["name"]
    if not isinstance(name, str) or is_blank(name):
        raise malformed("the profile's 'name' is empty")
    roles = profile["roles"]
    if not unique_strings(roles) or not roles or not set(roles) <= ROLES:
        raise malformed("the profile's 'roles' are one or more distinct known roles")
    qualifications = profile["qualifications"]
    if not unique_strings(qualifications) or not all(is_name(q, ACTOR_ID, 64) for q in qualifications):
        raise malformed("the profile's 'qualifications' are distinct slugs")
    if not isinstance(profile["admin"], bool):
        raise malformed("the profile's 'admin' is true or false")
    key = strict_base64(profile["publicKey"], 32)
    if key is None:
        raise malformed("the profile's 'publicKey' is the base64 of a 32-byte Ed25519 key")
    if not ed25519_key_is_valid(key):
        raise malformed("the profile's 'publicKey' is a small-order or non-canonical point")
    require_encryption_key(profile["encryptionKey"], "encryptionKey")
    return profile["id"], profile["admin"], key, set(roles)


def require_encryption_key(value, name):
    """Checks `value` is the base64 of a 32-byte X25519 public key (what case keys are sealed to)."""
    if strict_base64(value, 32) is None:
        raise malformed("'%s' is the base64 of a 32-byte X25519 public key" % name)


def payload_members(payload, required):
    """Checks a registry payload has exactly `required` plus 'salt'."""
    if set(payload) != set(required) | {"salt"}:
        raise malformed("this payload has exactly the members " + ", ".join(sorted(set(required) | {"salt"})))


class Actor:
    """One enrolled actor as of some seq."""

    def __init__(self, key, admin, roles):
        self.key = key
        self.admin = admin
        self.roles = roles
        self.revoked = False


class Registry:
    """Who may sign what, rebuilt event by event from the `logbook` stream."""

    def __init__(self):
        self.actors = {}

    def signer(self, seq, header, payload):
        """The public key that must have signed this event; checks the author may record it.

        Raises Failure with unknown-author, revoked-author, not-authorised or malformed-event.
        """
        if seq == 0:
            return self._genesis_signer(header, payload)
        actor = self.actors.get(header["author"])
        if actor is None:
            raise Failure("unknown-author", "'%s' was never enrolled" % header["author"])
        if actor.revoked:
            raise Failure("revoked-author", "'%s' was revoked before this event" % header["author"])
        if header["type"] in REGISTRY_TYPES:
            self._check_change(header, payload, actor)
        return actor.key

    def _genesis_signer(self, header, payload):
        if header["type"] != "logbook.created" or header["stream"] != REGISTRY_STREAM:
            raise Failure("not-authorised", "the first event must be logbook.created in stream 'logbook'")
        payload_members(payload, {"organisation", "administrator", "recoveryKey"})
        require_encryption_key(payload["recoveryKey"], "recoveryKey")
        organisation = payload["organisation"]
        if not isinstance(organisation, str) or not organisation:
            raise malformed("'organisation' is a non-empty string")
        actor_id, admin, key, _ = read_profile(payload["administrator"])
        if not admin:
            raise Failure("not-authorised", "logbook.created names an administrator ('admin': true)")
        if header["author"] != actor_id:
            raise Failure("not-authorised", "logbook.created is signed by the administrator it names")
        return key

    def _check_change(self, header, payload, author):
        """Checks a registry event (other than the first) is well formed and allowed."""
        kind = header["type"]
        if kind == "logbook.created":
            raise Failure("not-authorised", "logbook.created may only be the first event")
        if header["stream"] != REGISTRY_STREAM:
            raise Failure("not-authorised", "%s belongs in stream 'logbook'" % kind)
        if kind == "actor.enrolled":
            payload_members(payload, {"actor"})
            actor_id, _, _, _ = read_profile(payload["actor"])
            if not author.admin:
                raise Failure("not-authorised", "only an administrator enrols actors")
            if actor_id in self.actors:
                raise Failure("not-authorised", "'%s' was enrolled before" % actor_id)
        elif kind == "actor.key_rotated":
            payload_members(payload, {"actor", "publicKey", "encryptionKey"})
            target = self._target(payload)
            require_encryption_key(payload["encryptionKey"], "encryptionKey")
            key = strict_base64(payload["publicKey"], 32)
            if key is None:
                raise malformed("'publicKey' is the base64 of a 32-byte Ed25519 key")
            if not ed25519_key_is_valid(key):
                raise malformed("'publicKey' is a small-order or non-canonical point")
            if not author.admin and payload["actor"] != header["author"]:
                raise Failure("not-authorised", "an actor rotates only their own key, unless an administrator")
            if key == target.key:
                raise Failure("not-authorised", "the new key is the key already registered")
        else:  # actor.revoked
            payload_members(payload, {"actor", "reason"})
            target = self._target(payload)
            if not isinstance(payload["reason"], str) or not payload["reason"]:
                raise malformed("'reason' is a non-empty string")
            if not author.admin:
                raise Failure("not-authorised", "only an administrator revokes actors")
            active_admins = [a for a in self.actors.values() if a.admin and not a.revoked]
            if target.admin and active_admins == [target]:
                raise Failure("not-authorised", "the last active administrator cannot be revoked")

    def _target(self, payload):
        """The enrolled, unrevoked actor a rotation or revocation is about."""
        if not is_name(payload["actor"], ACTOR_ID, 64):
            raise malformed("'actor' is not an actor id")
        target = self.actors.get(payload["actor"])
        if target is None or target.revoked:
            raise Failure("not-authorised", "'%s' is not an active actor" % payload["actor"])
        return target

    def apply(self, header, payload):
        """Records a verified registry event's effect."""
        kind = header["type"]
        if header["stream"] != REGISTRY_STREAM or kind not in REGISTRY_TYPES:
            return
        if kind in ("logbook.created", "actor.enrolled"):
            profile = payload["administrator" if kind == "logbook.created" else "actor"]
            actor_id, admin, key, roles = read_profile(profile)
            self.actors[actor_id] = Actor(key, admin, roles)
        elif kind == "actor.key_rotated":
            self.actors[payload["actor"]].key = strict_base64(payload["publicKey"], 32)
        else:
            self.actors[payload["actor"]].revoked = True


# ----------------------------------------------------------------------------------------------
# The authority table: who may sign which type in which stream (docs/FORMAT.md, "Who may sign what")
# ----------------------------------------------------------------------------------------------

STANDARD_COORDINATORS = {"aandachtsfunctionaris", "directeur", "intern-begeleider"}
ACCESS_TYPES = ("case.access_granted", "case.access_withdrawn")
CASE_PREFIX = "case/"


def refused(message):
    return Failure("not-authorised", message)


class Authority:
    """The meldcode's signing rules, folded from headers and the plaintext `logbook` events alone."""

    def __init__(self):
        self.coordinators = set(STANDARD_COORDINATORS)
        self.granted = {}    # case id -> actors granted access and not withdrawn since
        self.withdrawn = {}  # case id -> actors whose access was withdrawn and not granted again
        self.erasures = {}   # case id -> seq of its case.erased

    def admit(self, header, payload, opener, registry):
        """Checks one event, whose author the registry admitted; raises Failure("not-authorised")."""
        stream = header["stream"]
        if stream == REGISTRY_STREAM:
            self._logbook_event(header, payload, registry)
        elif stream.startswith(CASE_PREFIX) and "/" not in stream[len(CASE_PREFIX):]:
            self._case_event(header, payload, opener, registry)

    def coordinates(self, actor_id, registry):
        actor = registry.actors.get(actor_id)
        return actor is not None and bool(actor.roles & self.coordinators)

    def _logbook_event(self, header, payload, registry):
        kind, author = header["type"], header["author"]
        if kind in REGISTRY_TYPES:
            return
        if kind in ACCESS_TYPES:
            if not self.coordinates(author, registry):
                raise refused("only an actor holding a coordinating role grants or withdraws access to a case")
            case, actor = payload.get("case"), payload.get("actor")
            if not isinstance(case, str) or not isinstance(actor, str):
                raise refused("%s names the case ('case') and the actor ('actor')" % kind)
            granted, withdrawn = self.granted.setdefault(case, set()), self.withdrawn.setdefault(case, set())
            if kind == "case.access_granted":
                granted.add(actor)
                withdrawn.discard(actor)
            else:
                granted.discard(actor)
                withdrawn.add(actor)
            return
        actor = registry.actors[author]
        if not actor.admin:
            raise refused("only an active administrator signs %s in stream 'logbook'" % kind)
        if kind == "profile.adopted":
            self.coordinators = adopted_coordinators(payload)
        elif kind == "case.erased":
            if not isinstance(payload.get("case"), str):
                raise refused("case.erased names the case ('case')")
            self.erasures.setdefault(payload["case"], header["seq"])

    def _case_event(self, header, payload, opener, registry):
        case, kind, author = header["stream"][len(CASE_PREFIX):], header["type"], header["author"]
        sealed = payload.get("sealed")
        if "salt" in payload or type(sealed) is not int or sealed != 1:
            raise refused("every payload in a case stream is sealed; this one is stored in plain text")
        if case in self.erasures:
            raise refused("case %s was erased at seq %d; nothing is recorded in it after that" % (case, self.erasures[case]))
        if opener is None:
            if kind != "case.opened":
                raise refused("the first event of a case is case.opened, not %s" % kind)
            return
        if kind == "case.opened":
            raise refused("case %s was opened before; it is opened only once" % case)
        member = (self.coordinates(author, registry) or author in self.granted.get(case, ())
                  or (author == opener and author not in self.withdrawn.get(case, ())))
        if not member:
            raise refused("'%s' is not a member of case %s at this seq" % (author, case))


def adopted_coordinators(payload):
    """The coordinating roles a profile.adopted payload puts in force."""
    profile = payload.get("profile")
    if not isinstance(profile, dict):
        raise refused("profile.adopted carries a profile ('profile')")
    if "access" not in profile:
        return set(STANDARD_COORDINATORS)
    access = profile["access"]
    roles = access.get("coordinators") if isinstance(access, dict) else None
    if not isinstance(roles, list):
        raise refused("the adopted profile's access rule names its coordinating roles ('coordinators')")
    if not all(isinstance(role, str) and role in ROLES for role in roles):
        raise refused("the adopted profile's coordinating roles are known roles")
    return set(roles)


# ----------------------------------------------------------------------------------------------
# RFC 6962 Merkle tree root, streaming
# ----------------------------------------------------------------------------------------------

class MerkleRoot:
    """The RFC 6962 Merkle tree hash over leaf hashes added one at a time, in O(log n) memory.

    The stack holds the roots of complete subtrees of strictly decreasing size, left to right,
    as (size, hash). Adding a leaf merges equal-sized neighbours; the root folds the stack from the
    right, which is exactly RFC 6962's split at the largest power of two below n.
    """

    def __init__(self):
        self.size = 0
        self.stack = []

    def add_leaf_hash(self, leaf_hash):
        node = (1, leaf_hash)
        while self.stack and self.stack[-1][0] == node[0]:
            left = self.stack.pop()
            node = (left[0] * 2, sha256(b"\x01", left[1], node[1]))
        self.stack.append(node)
        self.size += 1

    def root(self):
        if not self.stack:
            return sha256(b"")  # the hash of an empty tree
        root = self.stack[-1][1]
        for _, left in reversed(self.stack[:-1]):
            root = sha256(b"\x01", left, root)
        return root


def leaf_hash(data):
    """RFC 6962 leaf hash of an entry."""
    return sha256(b"\x00", data)


# ----------------------------------------------------------------------------------------------
# Verifying a log
# ----------------------------------------------------------------------------------------------

class Report:
    """The outcome of verifying a log: events that verified, the first failure, the head hash."""

    def __init__(self):
        self.events = 0
        self.failure = None  # (seq, line, code, message)
        self.head = None

    @property
    def ok(self):
        return self.failure is None


class ChainState:
    """What each next line is checked against."""

    def __init__(self):
        self.seq = 0
        self.prev = ZERO_HASH
        self.recorded_at = None
        self.registry = Registry()
        self.authority = Authority()
        self.openers = {}
        self.latest = latest_allowed()


def check_line(line, state):
    """Checks one complete line (bytes without its newline) against the chain so far.

    Returns the event's hash bytes and advances `state`; raises Failure on the first problem.
    The order is: canonical form, envelope shape, seq, prev, hash, payload digest, time, author
    and the registry's permissions, the authority table, signature.
    """
    header, payload, event_hash, signature = check_envelope(parse_canonical(line))
    if header["seq"] != state.seq:
        raise Failure("seq-gap", "expected seq %d, found %d" % (state.seq, header["seq"]))
    if header["prev"] != state.prev:
        raise Failure("prev-mismatch", "'prev' is not the hash of the event before")
    if leaf_hash(encode_canonical(header)) != event_hash:
        raise Failure("hash-mismatch", "'hash' is not SHA-256(0x00 || canonical header)")
    if sha256(encode_canonical(payload)).hex() != header["payloadDigest"]:
        raise Failure("payload-digest-mismatch", "'payloadDigest' is not the digest of this payload")
    if state.recorded_at is not None and header["recordedAt"] < state.recorded_at:
        raise Failure("time-went-back", "recorded at %s, before the event before (%s)"
                      % (header["recordedAt"], state.recorded_at))
    if header["recordedAt"] > state.latest:
        raise Failure("recorded-in-future", "recorded at %s, later than this reader's clock allows" % header["recordedAt"])
    key = state.registry.signer(state.seq, header, payload)
    opener = state.openers.get(header["stream"])
    state.authority.admit(header, payload, opener, state.registry)
    if not ed25519_verifies(key, signature, SIGNING_PREFIX + event_hash):
        raise Failure("bad-signature", "the signature does not verify under %s's key as of this seq" % header["author"])
    state.registry.apply(header, payload)
    state.openers.setdefault(header["stream"], header["author"])
    state.seq += 1
    state.prev = event_hash.hex()
    state.recorded_at = header["recordedAt"]
    return event_hash


# How far a writer's clock may run ahead of this reader's: 5 minutes, as in the Swift verifier.
FUTURE_TOLERANCE = datetime.timedelta(minutes=5)


def latest_allowed():
    """The latest recordedAt this reader accepts, spelled as the log spells times (they compare as text)."""
    moment = datetime.datetime.now(datetime.timezone.utc) + FUTURE_TOLERANCE
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (moment.microsecond // 1000)


# The longest line (without its newline) either verifier reads: a longer run of bytes without a newline,
# even at the end of the file, is not canonical (no crash can leave it), and reading stops there.
MAX_LINE_LENGTH = 4 << 20


def verify_stream(stream, on_event=None):
    """Verifies a log read from a binary stream, line by line; returns a Report.

    `on_event(seq, hash_bytes)` is called for each event that verified (used for Merkle roots).
    Raises InputError when the stream cannot be read.
    """
    report, state, number = Report(), ChainState(), 0
    try:
        for number, raw in enumerate(iter(lambda: stream.readline(MAX_LINE_LENGTH + 1), b""), 1):
            if not raw.endswith(b"\n"):
                if len(raw) > MAX_LINE_LENGTH:
                    report.failure = (state.seq, number, "not-canonical",
                                      "the line is longer than %d bytes" % MAX_LINE_LENGTH)
                else:
                    report.failure = (state.seq, number, "torn-tail",
                                      "the file ends in %d bytes of an unfinished write" % len(raw))
                return report
            try:
                event_hash = check_line(raw[:-1], state)
            except Failure as failure:
                report.failure = (state.seq, number, failure.code, failure.message)
                return report
            report.events += 1
            report.head = event_hash.hex()
            if on_event:
                on_event(state.seq - 1, event_hash)
    except OSError as error:
        raise InputError("cannot read the log: %s" % error) from None
    if number == 0:
        report.failure = (0, 1, "empty-log", "the log holds no events")
    return report


def verify_file(path, on_event=None):
    """Verifies the log at `path` (a log.jsonl file); raises InputError if it cannot be opened."""
    try:
        with open(path, "rb") as stream:
            return verify_stream(stream, on_event)
    except OSError as error:
        raise InputError("cannot read %s: %s" % (path, error.strerror or error)) from None


def log_path(argument):
    """The log.jsonl of a logbook directory, or the file itself."""
    path = argument or os.environ.get("LOGBOEK_DIR") or "."
    if os.path.isdir(path):
        path = os.path.join(path, "log.jsonl")
    if not os.path.isfile(path):
        raise InputError("no log at %s: pass a logbook directory or a log.jsonl file" % path)
    return path


# ----------------------------------------------------------------------------------------------
# C2SP signed notes, checkpoints and cosignatures
# ----------------------------------------------------------------------------------------------

SIGNATURE_PREFIX = "\u2014 "  # em dash, space
MAX_SIGNATURES = 100
TYPE_ED25519 = 0x01  # signed-note v1.0.0: Ed25519 note signatures
TYPE_COSIGNATURE_V1 = 0x04  # tlog-cosignature v1.0.0: timestamped Ed25519 cosignatures


def key_id(name, signature_type, public_key):
    """signed-note: SHA-256(key name || 0x0A || signature type || public key)[:4]."""
    return sha256(name.encode("utf-8"), b"\n", bytes([signature_type]), public_key)[:4]


def valid_key_name(name):
    """signed-note: non-empty, no Unicode spaces, no '+'."""
    return bool(name) and "+" not in name and not any(c.isspace() for c in name)


class VerifierKey:
    """A signed-note verifier key: <name>+<hex key id>+<base64(type || public key)>."""

    def __init__(self, text, signature_type):
        parts = text.split("+", 2)  # the base64 key material may itself hold '+'
        if len(parts) != 3 or not valid_key_name(parts[0]):
            raise UsageError("a verifier key is <name>+<key id>+<base64 key>: %r" % text)
        name, hex_id, material = parts
        if not re.fullmatch(r"[0-9a-f]{8}", hex_id):
            raise UsageError("the key id of %r is not 8 lowercase hex digits" % name)
        blob = strict_base64(material, 33)
        if blob is None or blob[0] != signature_type:
            raise UsageError("%r is not a verifier key of signature type 0x%02x" % (name, signature_type))
        if not ed25519_key_is_valid(blob[1:]):
            raise UsageError("the key of %r is a small-order or non-canonical point" % name)
        self.name, self.type, self.public_key = name, signature_type, blob[1:]
        self.id = key_id(name, signature_type, self.public_key)
        if self.id.hex() != hex_id:
            raise UsageError("the key id of %r does not match its key" % name)


def split_note(data):
    """Splits a signed note into (text, [(name, signature bytes)]).

    Raises Failure('checkpoint-malformed') when it is not a signed note of signed-note v1.0.0.
    """
    def bad(message):
        return Failure("checkpoint-malformed", message)

    try:
        note = data.decode("utf-8")
    except UnicodeDecodeError:
        raise bad("the note is not valid UTF-8") from None
    if any(c < " " and c != "\n" for c in note):
        raise bad("the note holds a control character other than newline")
    cut = note.rfind("\n\n")
    if cut < 0 or not note.endswith("\n"):
        raise bad("a note is text, a blank line, then signature lines each ending in a newline")
    text, signature_lines = note[:cut + 1], note[cut + 2:-1].split("\n")
    if len(signature_lines) > MAX_SIGNATURES:
        raise bad("the note has more than %d signatures" % MAX_SIGNATURES)
    signatures = []
    for line in signature_lines:
        if not line.startswith(SIGNATURE_PREFIX):
            raise bad("a signature line starts with an em dash and a space")
        fields = line[len(SIGNATURE_PREFIX):].split(" ")
        if len(fields) != 2 or not valid_key_name(fields[0]):
            raise bad("a signature line is '\u2014 <key name> <base64 signature>'")
        blob = strict_base64(fields[1])
        if blob is None or len(blob) < 5:
            raise bad("a signature is the base64 of a key id and a signature")
        signatures.append((fields[0], blob))
    return text, signatures


def signatures_by(key, signatures):
    """The signature bytes (after the key id) of the lines from this key (name and id both match)."""
    return [blob[4:] for name, blob in signatures if name == key.name and blob[:4] == key.id]


def verify_note(data, key):
    """Verifies a note signed per signed-note v1.0.0 with an Ed25519 key; returns (text, signatures).

    Every signature line from the key must verify, and there must be at least one.
    """
    text, signatures = split_note(data)
    mine = signatures_by(key, signatures)
    if not mine:
        raise Failure("checkpoint-bad-signature", "the note has no signature by %s" % key.name)
    for signature in mine:
        if len(signature) != 64 or not ed25519_verifies(key.public_key, signature, text.encode("utf-8")):
            raise Failure("checkpoint-bad-signature", "the signature by %s does not verify" % key.name)
    return text, signatures


class Checkpoint:
    """The body of a tlog-checkpoint v1.0.0 note: origin, tree size, root hash, extension lines."""

    def __init__(self, text):
        lines = text[:-1].split("\n")
        if len(lines) < 3 or not all(lines):
            raise Failure("checkpoint-malformed", "a checkpoint has at least three non-empty lines")
        self.origin, size, root = lines[0], lines[1], lines[2]
        if not re.fullmatch(r"0|[1-9][0-9]*", size):
            raise Failure("checkpoint-malformed", "the tree size is a decimal without leading zeroes")
        self.size = int(size)
        self.root = strict_base64(root, 32)
        if self.root is None:
            raise Failure("checkpoint-malformed", "the root hash is the base64 of 32 bytes")
        self.extensions = lines[3:]


def cosignature_message(timestamp, text):
    """tlog-cosignature v1.0.0: 'cosignature/v1\\ntime <t>\\n' followed by the whole note text."""
    return ("cosignature/v1\ntime %d\n" % timestamp).encode("ascii") + text.encode("utf-8")


def verify_cosignature(witness, text, signatures):
    """Verifies the cosignatures by one witness (type 0x04 key); returns their timestamp.

    A cosignature is key id (4 bytes) || timestamp (8 bytes, big-endian) || Ed25519 signature (64).
    """
    mine = signatures_by(witness, signatures)
    if not mine:
        raise Failure("cosignature-missing", "the checkpoint has no cosignature by %s" % witness.name)
    timestamp = None
    for signature in mine:
        if len(signature) != 72:
            raise Failure("cosignature-bad", "the cosignature by %s is not 72 bytes" % witness.name)
        timestamp = int.from_bytes(signature[:8], "big")
        if timestamp >= 2**63 or not ed25519_verifies(witness.public_key, signature[8:],
                                                      cosignature_message(timestamp, text)):
            raise Failure("cosignature-bad", "the cosignature by %s does not verify" % witness.name)
    return timestamp


class CheckpointResult:
    """What checking a checkpoint against the log found."""

    def __init__(self):
        self.checkpoint = None
        self.witnesses = []  # (name, timestamp)
        self.failure = None  # (code, message)

    def as_json(self):
        cp = self.checkpoint
        return {
            "ok": self.failure is None,
            "origin": cp.origin if cp else None,
            "size": cp.size if cp else None,
            "root": base64.b64encode(cp.root).decode("ascii") if cp else None,
            "witnesses": [{"name": n, "time": t} for n, t in self.witnesses],
            "failure": None if self.failure is None else {"code": self.failure[0], "message": self.failure[1]},
        }


def check_checkpoint(note_bytes, log_key, witness_keys):
    """Verifies the note's signatures; returns a CheckpointResult (failure set when they fail)."""
    result = CheckpointResult()
    try:
        text, signatures = verify_note(note_bytes, log_key)
        result.checkpoint = Checkpoint(text)
        for witness in witness_keys:
            result.witnesses.append((witness.name, verify_cosignature(witness, text, signatures)))
    except Failure as failure:
        result.failure = (failure.code, failure.message)
    return result


def compare_root(result, merkle_at_size, events_verified):
    """Sets the result's failure when the log's root at the checkpoint's size differs from it."""
    checkpoint = result.checkpoint
    if result.failure or checkpoint is None:
        return
    if events_verified < checkpoint.size:
        result.failure = ("checkpoint-beyond-log", "the checkpoint covers %d events; the log has %d verified ones"
                          % (checkpoint.size, events_verified))
    elif merkle_at_size != checkpoint.root:
        result.failure = ("checkpoint-root-mismatch",
                          "the log's first %d events do not have the checkpoint's root hash: "
                          "the log is not consistent with the checkpoint" % checkpoint.size)


# ----------------------------------------------------------------------------------------------
# C2SP tlog-tiles: a published log read from a URL prefix or a folder
# ----------------------------------------------------------------------------------------------

TILE_WIDTH = 256


def tile_index_path(index, width):
    """tlog-tiles: the index as 3-digit groups, all but the last prefixed with 'x'; '.p/W' for a partial tile."""
    groups = ["%03d" % (index % 1000)]
    index //= 1000
    while index:
        groups.insert(0, "x%03d" % (index % 1000))
        index //= 1000
    return "/".join(groups) + ("" if width == TILE_WIDTH else ".p/%d" % width)


class TileSource:
    """Reads a published log's resources from an http(s) URL prefix or a folder; counts the bytes read."""

    def __init__(self, location):
        self.location = location.rstrip("/")
        self.remote = location.startswith(("http://", "https://"))
        self.bytes_read = 0

    def read(self, path):
        """The resource's bytes; InputError when it is missing or cannot be read."""
        where = self.location + "/" + path
        try:
            if self.remote:
                with urllib.request.urlopen(where, timeout=60) as response:
                    data = response.read()
            else:
                with open(where, "rb") as handle:
                    data = handle.read()
        except (OSError, urllib.error.URLError) as error:
            raise InputError("cannot read %s: %s" % (where, getattr(error, "reason", None) or error)) from None
        self.bytes_read += len(data)
        return data

    def tile(self, level, index, size):
        """The hashes of tile `index` at tile level `level` of the tree of `size` leaves, as a list."""
        count = size >> (8 * level)
        width = TILE_WIDTH if (index + 1) * TILE_WIDTH <= count else count - index * TILE_WIDTH
        data = self.read("tile/%d/%s" % (level, tile_index_path(index, width)))
        if len(data) != 32 * width:
            raise Failure("tile-mismatch", "tile %d/%d is %d bytes, not %d" % (level, index, len(data), 32 * width))
        return [data[i:i + 32] for i in range(0, len(data), 32)]

    def entries(self, index, width):
        """The entries of one entry bundle (uint16 big-endian length, then the entry)."""
        data, entries, offset = self.read("tile/entries/%s" % tile_index_path(index, width)), [], 0
        while offset + 2 <= len(data):
            length = int.from_bytes(data[offset:offset + 2], "big")
            entries.append(data[offset + 2:offset + 2 + length])
            offset += 2 + length
        if offset != len(data) or len(entries) != width:
            raise Failure("tile-mismatch", "entry bundle %d does not hold %d length-prefixed entries" % (index, width))
        return entries


class BundleStream:
    """The line bundles of the tree of `size` leaves, read in order as one stream (for verify_stream)."""

    def __init__(self, source, size):
        self.source, self.size, self.next, self.buffer = source, size, 0, b""

    def _more(self):
        full, width = self.size // TILE_WIDTH, self.size % TILE_WIDTH
        if self.next > full or (self.next == full and width == 0):
            return False
        bundle_width = TILE_WIDTH if self.next < full else width
        self.buffer += self.source.read("tile/lines/%s" % tile_index_path(self.next, bundle_width))
        self.next += 1
        return True

    def readline(self, limit):
        while b"\n" not in self.buffer[:limit] and len(self.buffer) < limit and self._more():
            pass
        end = self.buffer.find(b"\n", 0, limit)
        end = min(len(self.buffer), limit) if end < 0 else end + 1
        line, self.buffer = self.buffer[:end], self.buffer[end:]
        return line


def subtree_root(hashes):
    """The RFC 6962 root of a full tile's 256 hashes taken as leaves of a complete subtree."""
    while len(hashes) > 1:
        hashes = [sha256(b"\x01", hashes[i], hashes[i + 1]) for i in range(0, len(hashes), 2)]
    return hashes[0]


def check_upper_tiles(source, size):
    """Every hash of every tile above level 0 must be the root of the full tile below it."""
    level = 1
    while size >> (8 * level):
        count = size >> (8 * level)
        for index in range((count + TILE_WIDTH - 1) // TILE_WIDTH):
            for position, value in enumerate(source.tile(level, index, size)):
                below = index * TILE_WIDTH + position
                if subtree_root(source.tile(level - 1, below, size)) != value:
                    raise Failure("tile-mismatch", "hash %d of tile %d/%d is not the root of tile %d/%d"
                                  % (position, level, index, level - 1, below))
        level += 1


def run_tiles(arguments):
    """Verifies the published log at --tiles; returns (report, checkpoint result)."""
    source = TileSource(arguments.tiles)
    log_key = VerifierKey(arguments.key, TYPE_ED25519)
    witnesses = [VerifierKey(text, TYPE_COSIGNATURE_V1) for text in arguments.witness_key]
    result = check_checkpoint(source.read("checkpoint"), log_key, witnesses)
    size = result.checkpoint.size if result.checkpoint else 0
    merkle, leaves, problems = MerkleRoot(), {}, []

    def add_leaf(seq, event_hash):
        merkle.add_leaf_hash(event_hash)
        if problems:
            return
        try:
            if seq >= size:
                raise Failure("tile-mismatch", "the line bundles hold more lines than the checkpoint's %d" % size)
            index, position = divmod(seq, TILE_WIDTH)
            if position == 0:
                leaves["tile"] = source.tile(0, index, size)
                leaves["entries"] = source.entries(index, len(leaves["tile"]))
            if leaves["tile"][position] != event_hash:
                raise Failure("tile-mismatch", "the hash of seq %d is not its leaf in level-0 tile %d" % (seq, index))
            if leaf_hash(leaves["entries"][position]) != event_hash:
                raise Failure("tile-mismatch", "entry %d of entry bundle %d is not the header of seq %d" % (position, index, seq))
        except Failure as failure:
            problems.append((failure.code, failure.message))

    report = verify_stream(BundleStream(source, size), add_leaf) if size else Report()
    if result.failure is None and report.ok:
        try:
            if problems:
                raise Failure(*problems[0])
            if report.events != size:
                raise Failure("tile-mismatch", "the line bundles hold %d lines, not the checkpoint's %d" % (report.events, size))
            check_upper_tiles(source, size)
        except Failure as failure:
            result.failure = (failure.code, failure.message)
        compare_root(result, merkle.root(), report.events)
    return report, result


# ----------------------------------------------------------------------------------------------
# Command line
# ----------------------------------------------------------------------------------------------
# Evidence bundles (logboek report --bundle): lines, disclosed payloads and inclusion proofs, offline
# ----------------------------------------------------------------------------------------------

BUNDLE_FORMAT = "logboek-evidence-bundle/v2"
REPORT_PREFIX = b"logboek/report/v1\x00"
REPORT_REQUIRED = {"kind", "case", "documentSHA256", "checkpointSHA256", "signerKey"}
REPORT_OPTIONAL = {"asOf", "withheld"}


def verify_inclusion(leaf, index, size, proof, root):
    """RFC 9162 section 2.1.3.2: True when `proof` leads from leaf `index` of a tree of `size` leaves to `root`."""
    if not 0 <= index < size or any(len(h) != 32 for h in proof):
        return False
    node, last, computed = index, size - 1, leaf
    for sibling in proof:
        if last == 0:
            return False
        if node & 1 or node == last:
            computed = sha256(b"\x01", sibling, computed)
            while not node & 1 and node != 0:
                node, last = node >> 1, last >> 1
        else:
            computed = sha256(b"\x01", computed, sibling)
        node, last = node >> 1, last >> 1
    return last == 0 and computed == root


SEALED_MEMBERS = {"ciphertext", "commitment", "epoch", "nonce", "sealed"}


def check_sealed_payload(payload):
    """Checks a sealed stored payload: exactly its five members, version 1, a non-negative epoch, a 24-byte
    nonce, a hex SHA-256 commitment and a ciphertext longer than its 16-byte tag (all base64)."""
    if set(payload) != SEALED_MEMBERS:
        raise malformed("a sealed payload has exactly the members " + ", ".join(sorted(SEALED_MEMBERS)))
    if not is_int(payload["sealed"]) or payload["sealed"] != 1:
        raise malformed("the payload has no 'salt' and is not a sealed payload of version 1")
    if not is_int(payload["epoch"]) or not 0 <= payload["epoch"] <= 2**31 - 1:
        raise malformed("'epoch' is an integer from 0")
    if strict_base64(payload["nonce"], 24) is None:
        raise malformed("'nonce' is the base64 of 24 bytes")
    if not isinstance(payload["commitment"], str) or not HEX64.match(payload["commitment"]):
        raise malformed("'commitment' is 64 lowercase hex digits")
    ciphertext = strict_base64(payload["ciphertext"])
    if ciphertext is None or len(ciphertext) <= 16:
        raise malformed("'ciphertext' is not the base64 of a sealed payload")


def disclosed_commitment(header, stored_payload):
    """What a disclosed payload must hash to: the commitment of a sealed stored payload (an object with
    'ciphertext' and a hex 'commitment'), else the header's payloadDigest of a plaintext payload."""
    commitment = stored_payload.get("commitment")
    if "ciphertext" in stored_payload and isinstance(commitment, str) and HEX64.match(commitment):
        return commitment
    return header["payloadDigest"]


def bundle_event(index, item, checkpoint):
    """Checks one event of a bundle; raises Failure with the bundle's codes."""
    def fail(code, message):
        return Failure(code, "event %d: %s" % (index, message))

    if not isinstance(item, dict) or not isinstance(item.get("line"), str) or not isinstance(item.get("authorKey"), str) \
            or not isinstance(item.get("payload"), dict) or not isinstance(item.get("proof"), list) \
            or not all(isinstance(h, str) for h in item["proof"]):
        raise fail("bundle-malformed", "lacks 'line', 'authorKey', 'payload' or 'proof'")
    author_key = strict_base64(item["authorKey"], 32)
    if author_key is None:
        raise fail("bundle-malformed", "'authorKey' is not an Ed25519 public key")
    try:
        header, payload, event_hash, signature = check_envelope(parse_canonical(item["line"].encode("utf-8")))
    except Failure as failure:
        raise fail("line-malformed", failure.message) from None
    if leaf_hash(encode_canonical(header)) != event_hash:
        raise fail("hash-mismatch", "'hash' is not SHA-256(0x00 || canonical header)")
    if sha256(encode_canonical(payload)).hex() != header["payloadDigest"]:
        raise fail("payload-digest-mismatch", "'payloadDigest' is not the digest of the line's payload")
    if not ed25519_verifies(author_key, signature, SIGNING_PREFIX + event_hash):
        raise fail("bad-signature", "the signature does not verify under the author key given")
    try:
        disclosed = encode_canonical(item["payload"])
    except Failure as failure:
        raise fail("bundle-malformed", failure.message) from None
    if sha256(disclosed).hex() != disclosed_commitment(header, payload):
        raise fail("payload-mismatch", "the disclosed payload is not the one the line commits to")
    proof = [strict_base64(h, 32) for h in item["proof"]]
    if None in proof or not verify_inclusion(event_hash, header["seq"], checkpoint.size, proof, checkpoint.root):
        raise fail("proof-invalid", "the inclusion proof does not lead from seq %d to the checkpoint's root" % header["seq"])
    return header


def check_report_block(bundle, document):
    """Checks the bundle's report block: its members, the issuer's signature over it, and (when given) that the document
    is the one it names. Raises Failure with the bundle's codes."""
    block = bundle.get("report")
    if not isinstance(block, dict) or not REPORT_REQUIRED <= set(block) or not set(block) <= REPORT_REQUIRED | REPORT_OPTIONAL \
            or not all(isinstance(block[name], str) for name in REPORT_REQUIRED) \
            or not all(is_int(block[name]) for name in REPORT_OPTIONAL if name in block) \
            or not isinstance(bundle.get("reportSignature"), str):
        raise Failure("bundle-malformed", "the report block or its signature is missing or malformed")
    signer = strict_base64(block["signerKey"], 32)
    signature = strict_base64(bundle["reportSignature"], 64)
    if signer is None or signature is None:
        raise Failure("bundle-malformed", "'signerKey' or 'reportSignature' is not base64 of an Ed25519 key or signature")
    if not ed25519_verifies(signer, signature, REPORT_PREFIX + encode_canonical(block)):
        raise Failure("report-bad-signature", "the report block is not signed by the key it names: it was changed after it was issued")
    if document is not None and sha256(document).hex() != block["documentSHA256"]:
        raise Failure("document-mismatch", "the document is not the one the bundle was issued with: its SHA-256 differs")
    return block


def verify_bundle(data, key_text=None, document=None):
    """Verifies an evidence bundle (and the report document, when given); returns (events verified, failure (code,
    index, message) or None)."""
    index = None
    try:
        try:
            bundle = json.loads(data.decode("utf-8"), parse_constant=_refuse_constant, parse_float=_refuse_float)
        except (UnicodeDecodeError, ValueError):
            raise Failure("bundle-malformed", "the bundle is not JSON") from None
        if not isinstance(bundle, dict) or bundle.get("format") != BUNDLE_FORMAT or not isinstance(bundle.get("events"), list) \
                or not isinstance(bundle.get("checkpoint"), str) or not isinstance(bundle.get("verifierKey"), str) \
                or set(bundle) != {"format", "report", "reportSignature", "checkpoint", "verifierKey", "events"}:
            raise Failure("bundle-malformed", "the bundle is not of format %s" % BUNDLE_FORMAT)
        block = check_report_block(bundle, document)
        try:
            key = VerifierKey(key_text or bundle["verifierKey"], TYPE_ED25519)
        except UsageError as error:
            if key_text:
                raise
            raise Failure("bundle-malformed", "'verifierKey' is not a signed-note verifier key: %s" % error) from None
        note = bundle["checkpoint"].encode("utf-8")
        split_note(note)
        text, _ = verify_note(note, key)
        checkpoint = Checkpoint(text)
        if sha256(note).hex() != block["checkpointSHA256"]:
            raise Failure("report-mismatch", "the checkpoint is not the one the report block names")
        for index, item in enumerate(bundle["events"]):
            header = bundle_event(index, item, checkpoint)
            if header["stream"] != "case/" + block["case"] or header["seq"] > block.get("asOf", -1):
                raise Failure("report-mismatch", "event %d (seq %d) is not an event of the report on case %s"
                              % (index, header["seq"], block["case"]))
        index = None
        return len(bundle["events"]), None
    except Failure as failure:
        return 0, (failure.code, index, failure.message)


# ----------------------------------------------------------------------------------------------

def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        prog="verify.py",
        usage="%(prog)s [--json] [PATH] [--checkpoint FILE --key VKEY [--witness-key VKEY ...]] | --bundle FILE [--document REPORT] [--key VKEY]",
        description=__doc__.split("\n\n", 2)[2], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", nargs="?", metavar="PATH",
                        help="a logbook directory or a log.jsonl file (default: $LOGBOEK_DIR, else .)")
    parser.add_argument("--logbook", metavar="DIR", help="the logbook directory (same as PATH)")
    parser.add_argument("--json", action="store_true",
                        help='print {"ok":bool,"events":N,"failure":{"seq","line","code","message"}|null}')
    parser.add_argument("--checkpoint", metavar="FILE", help="a C2SP tlog-checkpoint note to check the log against")
    parser.add_argument("--key", metavar="VKEY", help="the log's signed-note verifier key (Ed25519, type 0x01)")
    parser.add_argument("--witness-key", metavar="VKEY", action="append", default=[],
                        help="a witness's tlog-cosignature v1 verifier key (type 0x04); repeatable")
    parser.add_argument("--bundle", metavar="FILE",
                        help='check an evidence bundle (logboek report --bundle) instead of a log; --json prints '
                             '{"ok","events","failure":{"code","index","message"}|null}')
    parser.add_argument("--tiles", metavar="URL|DIR",
                        help="check a log published as C2SP tlog-tiles at a URL prefix or in a folder (needs --key)")
    parser.add_argument("--document", metavar="FILE",
                        help="with --bundle: the report the bundle travels with; its SHA-256 must be the signed block's")
    arguments = parser.parse_args(argv)
    if arguments.path and arguments.logbook:
        parser.error("give PATH or --logbook, not both")
    if arguments.bundle is not None:
        if arguments.path or arguments.logbook or arguments.checkpoint or arguments.witness_key:
            parser.error("--bundle takes only --key, --document and --json")
        return arguments
    if arguments.document is not None:
        parser.error("--document goes with --bundle")
    if arguments.tiles is not None:
        if arguments.path or arguments.logbook or arguments.checkpoint or arguments.key is None:
            parser.error("--tiles takes --key, --witness-key and --json, and no PATH or --checkpoint")
        return arguments
    if (arguments.checkpoint is None) != (arguments.key is None):
        parser.error("--checkpoint and --key go together")
    if arguments.witness_key and arguments.checkpoint is None:
        parser.error("--witness-key needs --checkpoint")
    return arguments


def read_checkpoint(arguments):
    """The checkpoint bytes and keys named on the command line (None without --checkpoint)."""
    if arguments.checkpoint is None:
        return None
    log_key = VerifierKey(arguments.key, TYPE_ED25519)
    witnesses = [VerifierKey(text, TYPE_COSIGNATURE_V1) for text in arguments.witness_key]
    try:
        with open(arguments.checkpoint, "rb") as handle:
            note = handle.read(1 << 20)
    except OSError as error:
        raise InputError("cannot read %s: %s" % (arguments.checkpoint, error.strerror or error)) from None
    return note, log_key, witnesses


def run(arguments):
    """Verifies what the arguments name; returns (report, checkpoint result or None)."""
    if arguments.tiles is not None:
        return run_tiles(arguments)
    checkpoint_input = read_checkpoint(arguments)
    path = log_path(arguments.path or arguments.logbook)
    if checkpoint_input is None:
        return verify_file(path), None
    result = check_checkpoint(*checkpoint_input)
    size = result.checkpoint.size if result.checkpoint else 0
    merkle, root_at_size = MerkleRoot(), [MerkleRoot().root() if size == 0 else None]

    def add_leaf(seq, event_hash):
        if seq < size:
            merkle.add_leaf_hash(event_hash)
            if merkle.size == size:
                root_at_size[0] = merkle.root()

    report = verify_file(path, add_leaf)
    compare_root(result, root_at_size[0], report.events)
    return report, result


def print_text(report, result):
    if report.ok:
        print("OK: %d events verified; head %s" % (report.events, report.head))
    else:
        seq, line, code, message = report.failure
        print("FAILED at seq %d (line %d): %s: %s" % (seq, line, code, message))
        print("%d events before it verified." % report.events)
    if result is None:
        return
    cp = result.checkpoint
    if result.failure is None:
        print("OK: checkpoint %s at size %d matches the log's Merkle root %s"
              % (cp.origin, cp.size, base64.b64encode(cp.root).decode("ascii")))
        for name, timestamp in result.witnesses:
            print("OK: cosigned by %s at %d" % (name, timestamp))
    else:
        print("CHECKPOINT FAILED: %s: %s" % result.failure)


def print_json(report, result):
    failure = None
    if report.failure:
        seq, line, code, message = report.failure
        failure = {"code": code, "line": line, "message": message, "seq": seq}
    output = {"events": report.events, "failure": failure,
              "ok": report.ok and (result is None or result.failure is None)}
    if result is not None:
        output["checkpoint"] = result.as_json()
    print(json.dumps(output, sort_keys=True, separators=(",", ":"), ensure_ascii=False))


def read_input(path):
    """The bytes of a file named on the command line, or None after printing why it cannot be read."""
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as error:
        print("error: cannot read %s: %s (io)" % (path, error.strerror or error), file=sys.stderr)
        return None


def run_bundle(arguments):
    """Verifies the bundle --bundle names (and the --document it goes with) and prints the verdict; returns the exit status."""
    data = read_input(arguments.bundle)
    document = None if arguments.document is None else read_input(arguments.document)
    if data is None or (arguments.document is not None and document is None):
        return EXIT_IO
    try:
        events, failure = verify_bundle(data, arguments.key, document)
    except UsageError as error:
        print("error: %s (usage)" % error, file=sys.stderr)
        return EXIT_USAGE
    if arguments.json:
        detail = None if failure is None else {"code": failure[0], "index": failure[1], "message": failure[2]}
        print(json.dumps({"events": events, "failure": detail, "ok": failure is None}, sort_keys=True,
                         separators=(",", ":"), ensure_ascii=False))
    elif failure is None:
        print("OK: the report block's signature and %d events verified against the bundle's checkpoint" % events)
        if document is None:
            print("no --document given: the report itself was not compared with the bundle")
        if arguments.key is None:
            print("no --key given: only the bundle's consistency in itself was proven, not that the log you trust signed its checkpoint")
    else:
        print("FAILED: %s (%s)" % (failure[2], failure[0]))
    return EXIT_OK if failure is None else EXIT_FAILED


def main(argv=None):
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    if Ed25519PublicKey is None:
        print("error: the Python package 'cryptography' is missing: python3 -m pip install cryptography "
              "(missing-dependency)", file=sys.stderr)
        return EXIT_IO
    if arguments.bundle is not None:
        return run_bundle(arguments)
    try:
        report, result = run(arguments)
    except UsageError as error:
        print("error: %s (usage)" % error, file=sys.stderr)
        return EXIT_USAGE
    except InputError as error:
        print("error: %s (io)" % error, file=sys.stderr)
        return EXIT_IO
    (print_json if arguments.json else print_text)(report, result)
    ok = report.ok and (result is None or result.failure is None)
    return EXIT_OK if ok else EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
