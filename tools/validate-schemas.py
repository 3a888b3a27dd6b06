#!/usr/bin/env python3
"""Validates event lines against the JSON Schemas in Schemas/.

Usage: tools/validate-schemas.py DIR [DIR ...]

Every *.jsonl file under the given folders is read line by line (except logs that a
<name>.verdict.json beside them marks as failing verification: the tampered logs kept for
tools/cross-verify.py, which are not meant to be valid): each line must match
Schemas/event.schema.json, and its payload must match Schemas/events/<type>.schema.json when
that schema exists (a sealed payload, of every case event, must match Schemas/sealed-payload.schema.json
instead: its content is not readable here). For each event type seen, one payload is also mutated (a required member
removed, an unknown member added) and must then be rejected, so the schemas are shown to bite.
Every *.profile.json file (a protocol profile the tests keep) must match Schemas/profile.schema.json,
and mutated copies of it (a required member removed, an unknown member added at the top and inside each
rule, a citation's line range broken) must be rejected.
Exits 1 on any failure, and also when no line at all was found (a test run that produced nothing).
"""
import copy
import json
import pathlib
import sys

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "Schemas"


def load_registry():
    """All schemas by their $id, checked against the 2020-12 meta-schema."""
    resources, by_path = [], {}
    for path in sorted(SCHEMAS.rglob("*.schema.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        resources.append((schema["$id"], Resource.from_contents(schema)))
        by_path[path.relative_to(SCHEMAS).as_posix()] = schema
    return Registry().with_resources(resources), by_path


def validator(schema, registry):
    return Draft202012Validator(schema, registry=registry)


def mutations(payload, schema):
    """Copies of a payload that its schema must reject."""
    for key in schema.get("required", []):
        if key in payload:
            broken = copy.deepcopy(payload)
            del broken[key]
            yield f"without '{key}'", broken
    if schema.get("additionalProperties") is False:
        broken = copy.deepcopy(payload)
        broken["unexpectedMember"] = True
        yield "with an unknown member", broken


def verified_ok(log):
    """False for a log whose kept verdict says it failed verification; True otherwise."""
    verdict = log.with_name(log.name[:-len(".jsonl")] + ".verdict.json")
    return not verdict.exists() or json.loads(verdict.read_text(encoding="utf-8"))["ok"]


def profile_mutations(profile, schema):
    """Copies of a protocol profile that the profile schema must reject."""
    yield from mutations(profile, schema)
    for key, rule in profile.items():
        if isinstance(rule, dict):
            broken = copy.deepcopy(profile)
            broken[key]["unexpectedMember"] = True
            yield f"with an unknown member in '{key}'", broken
            if rule.get("citations"):
                broken = copy.deepcopy(profile)
                broken[key]["citations"][0]["lines"] = "12"
                yield f"with a bad line range in '{key}'", broken


def check_profiles(folders, registry, schema):
    """Validates every kept profile and its mutations; returns (profiles, rejected, failures)."""
    check = validator(schema, registry)
    count, rejected, failures = 0, 0, []
    for folder in folders:
        for path in sorted(pathlib.Path(folder).rglob("*.profile.json")):
            profile = json.loads(path.read_text(encoding="utf-8"))
            count += 1
            failures += [f"{path.name}: {e.message}" for e in check.iter_errors(profile)]
            for how, broken in profile_mutations(profile, schema):
                if check.is_valid(broken):
                    failures.append(f"{path.name}: a profile {how} was accepted")
                else:
                    rejected += 1
    return count, rejected, failures


def main(folders):
    registry, schemas = load_registry()
    envelope = validator(schemas["event.schema.json"], registry)
    payload_validators = {
        name[len("events/"):-len(".schema.json")]: (validator(schema, registry), schema)
        for name, schema in schemas.items() if name.startswith("events/")
    }
    lines, failures, examples = 0, [], {}
    for folder in folders:
        for path in sorted(pathlib.Path(folder).rglob("*.jsonl")):
            if not verified_ok(path):
                continue
            for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not text:
                    continue
                event = json.loads(text)
                lines += 1
                problems = [e.message for e in envelope.iter_errors(event)]
                event_type = event.get("header", {}).get("type")
                if "sealed" in event["payload"] and "salt" not in event["payload"]:
                    examples.setdefault("(sealed)", event["payload"])
                elif event_type in payload_validators:
                    check, _ = payload_validators[event_type]
                    problems += [e.message for e in check.iter_errors(event["payload"])]
                    examples.setdefault(event_type, event["payload"])
                if problems:
                    failures.append(f"{path.name}:{number}: {'; '.join(problems)}")
    rejected = 0
    payload_validators["(sealed)"] = (validator(schemas["sealed-payload.schema.json"], registry), schemas["sealed-payload.schema.json"])
    for event_type, payload in sorted(examples.items()):
        check, schema = payload_validators[event_type]
        for how, broken in mutations(payload, schema):
            if check.is_valid(broken):
                failures.append(f"{event_type}: a payload {how} was accepted")
            else:
                rejected += 1
    profiles, rejected_profiles, profile_failures = check_profiles(folders, registry, schemas["profile.schema.json"])
    failures += profile_failures
    for failure in failures[:50]:
        print(f"schema: {failure}", file=sys.stderr)
    if lines == 0:
        print("schema: no event lines found to validate", file=sys.stderr)
        return 1
    print(f"schema validation: {lines} lines valid against {len(schemas)} schemas; "
          f"{rejected} mutated payloads rejected; types seen: {', '.join(sorted(examples)) or 'none'}; "
          f"{profiles} profiles valid, {rejected_profiles} mutated profiles rejected")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
