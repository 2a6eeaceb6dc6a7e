#!/usr/bin/env python3
"""Validates the bundled sample projects against the .omnimap JSON Schema.

    validate_samples.py [--cli OMNIMAP_CLI] SCHEMA SAMPLES_DIR

1. The schema itself is a valid draft 2020-12 schema.
2. Every SAMPLES_DIR/*.omnimap validates, is in the writer's canonical form (sorted keys,
   two-space indent, UTF-8, trailing newline — what Omnimap writes), has unique ids and
   references that resolve (the part of `omnimap-cli validate` a schema cannot express).
3. Mutations of a sample that Omnimap's reader refuses (emotion 9, channel kind "fax", a
   missing id, …) are rejected by the schema, and mutations it accepts (unknown fields,
   left-out optional fields) are accepted — so the schema neither drifts looser nor
   stricter than the reader.

Needs the jsonschema package (Debian: python3-jsonschema, 4.10 or later); run it with
/usr/bin/python3. With --cli PATH (an omnimap-cli binary) every mutation is also run
through `omnimap-cli validate`, which proves the two lists match the reader. Exits 0 when
everything holds, 1 with one line per problem otherwise,
2 on a usage error.
"""

import copy
import glob
import json
import os
import sys

try:
    import jsonschema
except ImportError:  # pragma: no cover
    sys.stderr.write("validate_samples.py: the jsonschema module is missing "
                     "(apt-get install python3-jsonschema, then run with /usr/bin/python3)\n")
    sys.exit(2)


def canonical(tree):
    return json.dumps(tree, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def collect_ids(tree):
    """Every item id with its JSON pointer, in the lists the reference check indexes."""
    found = []

    def add(item, pointer):
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            found.append((item["id"], pointer))

    def each(parent, key, base):
        items = parent.get(key, []) if isinstance(parent, dict) else []
        return [(i, item, f"{base}/{key}/{i}") for i, item in enumerate(items if isinstance(items, list) else [])]

    add(tree, "")
    for key in ("departments", "channels", "personas", "kpis", "scenarios", "dataSets", "comments"):
        for _, item, ptr in each(tree, key, ""):
            add(item, ptr)
    for _, j, jp in each(tree, "journeys", ""):
        add(j, jp)
        for key in ("stages", "touchpoints", "handoffs", "roles"):
            for _, item, ptr in each(j, key, jp):
                add(item, ptr)
    for _, t, tp in each(tree, "checklistTemplates", ""):
        add(t, tp)
        for _, item, ptr in each(t, "items", tp):
            add(item, ptr)
    for _, c, cp in each(tree, "checklists", ""):
        add(c, cp)
        for key in ("items", "results"):
            for _, item, ptr in each(c, key, cp):
                add(item, ptr)
    for _, c, cp in each(tree, "campaigns", ""):
        add(c, cp)
        for _, item, ptr in each(c, "actions", cp):
            add(item, ptr)
    return found


def reference_problems(tree):
    """The checks of src/core/validation/referencecheck.cpp, for a schema-valid tree."""
    problems = []
    ids = collect_ids(tree)
    seen = {}
    for value, pointer in ids:
        if value in seen:
            problems.append(f"{pointer}/id: duplicate id \"{value}\" (first used at {seen[value] or '/'})")
        seen.setdefault(value, pointer)

    def ids_of(items):
        return {i.get("id") for i in items or []}

    departments = ids_of(tree.get("departments"))
    channels = ids_of(tree.get("channels"))
    personas = ids_of(tree.get("personas"))
    journeys = ids_of(tree.get("journeys"))
    templates = ids_of(tree.get("checklistTemplates"))
    all_stages, all_touchpoints = set(), set()

    def check(value, known, pointer, what, required=False):
        if not value:
            if required:
                problems.append(f"{pointer}: missing reference to a {what}")
        elif value not in known:
            problems.append(f"{pointer}: refers to {what} \"{value}\", which does not exist")

    for i, c in enumerate(tree.get("channels", [])):
        check(c.get("ownerDepartmentId"), departments, f"/channels/{i}/ownerDepartmentId", "department")
    for i, p in enumerate(tree.get("personas", [])):
        for k, pref in enumerate(p.get("preferredChannels", [])):
            check(pref.get("channelId"), channels, f"/personas/{i}/preferredChannels/{k}/channelId", "channel")
        check(p.get("ownerDepartmentId"), departments, f"/personas/{i}/ownerDepartmentId", "department")
    for i, j in enumerate(tree.get("journeys", [])):
        base = f"/journeys/{i}"
        stages, touchpoints = ids_of(j.get("stages")), ids_of(j.get("touchpoints"))
        lanes = set(j.get("channelIds", []))
        all_stages |= stages
        all_touchpoints |= touchpoints
        for k, v in enumerate(j.get("personaIds", [])):
            check(v, personas, f"{base}/personaIds/{k}", "persona")
        for k, v in enumerate(j.get("channelIds", [])):
            check(v, channels, f"{base}/channelIds/{k}", "channel")
        check(j.get("ownerDepartmentId"), departments, f"{base}/ownerDepartmentId", "department")
        for k, s in enumerate(j.get("stages", [])):
            for e, score in enumerate(s.get("emotions", [])):
                check(score.get("personaId"), personas, f"{base}/stages/{k}/emotions/{e}/personaId", "persona", True)
        for k, t in enumerate(j.get("touchpoints", [])):
            check(t.get("stageId"), stages, f"{base}/touchpoints/{k}/stageId", "stage", True)
            check(t.get("channelId"), lanes, f"{base}/touchpoints/{k}/channelId", "channel lane of this journey", True)
            check(t.get("ownerDepartmentId"), departments, f"{base}/touchpoints/{k}/ownerDepartmentId", "department")
        for k, h in enumerate(j.get("handoffs", [])):
            check(h.get("from"), touchpoints, f"{base}/handoffs/{k}/from", "touchpoint", True)
            check(h.get("to"), touchpoints, f"{base}/handoffs/{k}/to", "touchpoint", True)
        for k, r in enumerate(j.get("roles", [])):
            check(r.get("stageId"), stages, f"{base}/roles/{k}/stageId", "stage", True)
            check(r.get("channelId"), lanes, f"{base}/roles/{k}/channelId", "channel lane of this journey", True)
            check(r.get("ownerDepartmentId"), departments, f"{base}/roles/{k}/ownerDepartmentId", "department")
    for i, k in enumerate(tree.get("kpis", [])):
        base = f"/kpis/{i}"
        check(k.get("journeyId"), journeys, f"{base}/journeyId", "journey")
        check(k.get("stageId"), all_stages, f"{base}/stageId", "stage")
        check(k.get("channelId"), channels, f"{base}/channelId", "channel")
        for n, t in enumerate(k.get("touchpointIds", [])):
            check(t, all_touchpoints, f"{base}/touchpointIds/{n}", "touchpoint")
        check(k.get("ownerDepartmentId"), departments, f"{base}/ownerDepartmentId", "department")
        b = k.get("binding", {})
        for key, known, what in (("numeratorStageId", all_stages, "stage"), ("denominatorStageId", all_stages, "stage"),
                                 ("numeratorChannelId", channels, "channel"), ("denominatorChannelId", channels, "channel")):
            check(b.get(key), known, f"{base}/binding/{key}", what)
    for i, c in enumerate(tree.get("checklists", [])):
        base = f"/checklists/{i}"
        items = ids_of(c.get("items"))
        check(c.get("templateId"), templates, f"{base}/templateId", "checklist template")
        check(c.get("journeyId"), journeys, f"{base}/journeyId", "journey")
        for n, v in enumerate(c.get("channelIds", [])):
            check(v, channels, f"{base}/channelIds/{n}", "channel")
        for n, r in enumerate(c.get("results", [])):
            check(r.get("itemId"), items, f"{base}/results/{n}/itemId", "checklist item", True)
            check(r.get("channelId"), channels, f"{base}/results/{n}/channelId", "channel", True)
    for i, c in enumerate(tree.get("campaigns", [])):
        base = f"/campaigns/{i}"
        check(c.get("personaId"), personas, f"{base}/personaId", "persona")
        check(c.get("journeyId"), journeys, f"{base}/journeyId", "journey")
        check(c.get("ownerDepartmentId"), departments, f"{base}/ownerDepartmentId", "department")
        for n, b in enumerate(c.get("budget", [])):
            check(b.get("channelId"), channels, f"{base}/budget/{n}/channelId", "channel", True)
        for n, a in enumerate(c.get("actions", [])):
            check(a.get("touchpointId"), all_touchpoints, f"{base}/actions/{n}/touchpointId", "touchpoint")
            check(a.get("channelId"), channels, f"{base}/actions/{n}/channelId", "channel")
    for i, s in enumerate(tree.get("scenarios", [])):
        base = f"/scenarios/{i}"
        check(s.get("journeyId"), journeys, f"{base}/journeyId", "journey")
        check(s.get("personaId"), personas, f"{base}/personaId", "persona")
        for n, m in enumerate(s.get("modifiers", [])):
            check(m.get("channelId"), channels, f"{base}/modifiers/{n}/channelId", "channel")
            check(m.get("targetChannelId"), channels, f"{base}/modifiers/{n}/targetChannelId", "channel")
    every = {v for v, _ in ids}
    for i, c in enumerate(tree.get("comments", [])):
        check(c.get("itemId"), every, f"/comments/{i}/itemId", "item", True)
    return problems


# --------------------------------------------------------------------------------------
# Mutations: (description, function changing the tree in place). The reader refuses
# every REJECTED one with a diagnostic, and reads every ACCEPTED one.
# --------------------------------------------------------------------------------------

def first_touchpoint(t):
    return t["journeys"][0]["touchpoints"][0]


def setter(path, value):
    def apply(tree):
        node = tree
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return apply


def deleter(path):
    def apply(tree):
        node = tree
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]
    return apply


J = ("journeys", 0)
REJECTED = [
    ("emotion asIs 9 (range -5..5)", setter(J + ("stages", 0, "emotions", 0, "asIs"), 9)),
    ("emotion toBe -5.5", setter(J + ("stages", 0, "emotions", 0, "toBe"), -5.5)),
    ("channel kind \"fax\"", setter(("channels", 0, "kind"), "fax")),
    ("channel without id", deleter(("channels", 0, "id"))),
    ("touchpoint without id", deleter(J + ("touchpoints", 0, "id"))),
    ("project without id", deleter(("id",))),
    ("empty id", setter(("personas", 0, "id"), "")),
    ("id of 129 characters", setter(("departments", 0, "id"), "x" * 129)),
    ("id that is a number", setter(("departments", 0, "id"), 42)),
    ("channel without name (required)", deleter(("channels", 0, "name"))),
    ("persona without name", deleter(("personas", 0, "name"))),
    ("touchpoint without stageId", deleter(J + ("touchpoints", 0, "stageId"))),
    ("hand-off without \"to\"", deleter(J + ("handoffs", 0, "to"))),
    ("version-0 hand-off keys fromId/toId in a version-1 file",
     lambda t: t["journeys"][0]["handoffs"][0].update(
         fromId=t["journeys"][0]["handoffs"][0].pop("from"), toId=t["journeys"][0]["handoffs"][0].pop("to"))),
    ("touchpoint width 9 (range 0.25..8)", setter(J + ("touchpoints", 0, "width"), 9.0)),
    ("touchpoint height 0.1", setter(J + ("touchpoints", 0, "height"), 0.1)),
    ("touchpoint order -1", setter(J + ("touchpoints", 0, "order"), -1)),
    ("touchpoint order \"1\" (string)", setter(J + ("touchpoints", 0, "order"), "1")),
    ("touchpoint promotion \"yes\"", setter(J + ("touchpoints", 0, "promotion"), "yes")),
    ("touchpoint tags not a list", setter(J + ("touchpoints", 0, "tags"), "promo")),
    ("touchpoint tag that is a number", setter(J + ("touchpoints", 0, "tags"), ["ok", 7])),
    ("role level \"main\"", setter(J + ("roles", 0, "level"), "main")),
    ("review status \"done\"", setter(J + ("review", "status"), "done")),
    ("preferred channel weight 1.5 (range 0..1)", setter(("personas", 0, "preferredChannels", 0, "weight"), 1.5)),
    ("segment field \"income\"", setter(("personas", 0, "segmentRule", "conditions", 0, "field"), "income")),
    ("segment operator \"=\"", setter(("personas", 0, "segmentRule", "conditions", 0, "op"), "=")),
    ("KPI unit \"euros\"", setter(("kpis", 0, "unit"), "euros")),
    ("KPI direction \"up\"", setter(("kpis", 0, "direction"), "up")),
    ("KPI target \"high\"", setter(("kpis", 0, "target"), "high")),
    ("KPI binding windowDays 4000 (range 0..3650)",
     lambda t: next(k for k in t["kpis"] if "binding" in k)["binding"].update(windowDays=4000)),
    ("KPI binding without numeratorEventType",
     lambda t: next(k for k in t["kpis"] if "binding" in k)["binding"].pop("numeratorEventType")),
    ("check result status \"ok\"", setter(("checklists", 0, "results", 0, "status"), "ok")),
    ("check result without itemId", deleter(("checklists", 0, "results", 0, "itemId"))),
    ("checklist item without text", deleter(("checklistTemplates", 0, "items", 0, "text"))),
    ("budget amount -1", setter(("campaigns", 0, "budget", 0, "amount"), -1.0)),
    ("action cost \"free\"", setter(("campaigns", 0, "actions", 0, "cost"), "free")),
    ("scenario modifier kind \"boost\"", setter(("scenarios", 0, "modifiers", 0, "kind"), "boost")),
    ("scenario result not an object", setter(("scenarios", 0, "result"), [1, 2])),
    ("comment without itemId", lambda t: t.setdefault("comments", [{"id": "c-x"}]).__setitem__(0, {"id": "c-x"})),
    ("formatVersion \"1\" (string)", setter(("formatVersion",), "1")),
    ("formatVersion 4 (newer than this schema)", setter(("formatVersion",), 4)),
    ("KPI measurement without actual",
     lambda t: t["kpis"][0].setdefault("measurements", []).append({"id": "m-x", "date": "2024-03-31"})),
    ("KPI measurement actual \"high\"",
     lambda t: t["kpis"][0].setdefault("measurements", []).append({"id": "m-y", "date": "2024-03-31", "actual": "high"})),
    ("brand keywords not a list", setter(("brand", "keywords"), "stars")),
    ("stages not a list", setter(J + ("stages",), {"a": 1})),
    ("journey item that is a string", lambda t: t["journeys"].append("journey")),
]

ACCEPTED = [
    ("unknown top-level field", setter(("futureField",), {"kept": [1, 2, 3]})),
    ("unknown touchpoint field", setter(J + ("touchpoints", 0, "x-vendor"), "kept")),
    ("unknown brand field", setter(("brand", "motto"), "kept")),
    ("unknown fields in KPI binding and segment rule",
     lambda t: (next(k for k in t["kpis"] if "binding" in k)["binding"].update(futureWeight=2),
                t["personas"][0]["segmentRule"].update(futureFlag=True))),
    ("optional fields left out (order, width, kind, level, status)",
     lambda t: (first_touchpoint(t).pop("order"), t["channels"][0].pop("kind"),
                t["journeys"][0]["roles"][0].pop("level"), t["checklists"][0]["results"][0].pop("status"))),
    ("boundary values (emotion -5/5, width 0.25, height 8, weight 0)",
     lambda t: (t["journeys"][0]["stages"][0]["emotions"][0].update(asIs=-5.0, toBe=5.0),
                first_touchpoint(t).update(width=0.25, height=8.0),
                t["personas"][0]["preferredChannels"][0].update(weight=0.0))),
    ("empty lists and strings written by hand", lambda t: t.update(description="", disabledRules=[])),
    ("scenario result object", setter(("scenarios", 0, "result"), {"fingerprint": "abc", "conversions": 12.5})),
    ("KPI measurement history (format version 3)",
     lambda t: t["kpis"][0].update(measurements=[
         {"id": "m-1", "date": "2024-03-31", "actual": 18.4, "note": "before", "periodStart": "2024-03-01",
          "source": "events.sqlite"},
         {"id": "m-2", "date": "2024-04-30", "actual": 21.9}])),
]


def reader_accepts(cli, tree):
    """True when `omnimap-cli validate` accepts the tree (exit 0)."""
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "mutation.omnimap")
        with open(path, "w", encoding="utf-8") as f:
            f.write(canonical(tree))
        return subprocess.run([cli, "validate", "--quiet", path], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL).returncode == 0


def main(argv):
    cli = None
    if "--cli" in argv:
        i = argv.index("--cli")
        if i + 1 >= len(argv):
            sys.stderr.write("validate_samples.py: --cli needs the path of omnimap-cli\n")
            return 2
        cli = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    if len(argv) != 3:
        sys.stderr.write("usage: validate_samples.py [--cli OMNIMAP_CLI] SCHEMA SAMPLES_DIR\n")
        return 2
    schema_path, samples_dir = argv[1], argv[2]
    problems = []
    try:
        with open(schema_path, encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
    except (OSError, ValueError, jsonschema.exceptions.SchemaError) as e:
        sys.stderr.write(f"{schema_path}: not a usable draft 2020-12 schema: {e}\n")
        return 1
    validator = jsonschema.Draft202012Validator(schema)

    def errors(tree):
        return sorted(validator.iter_errors(tree), key=lambda e: list(e.absolute_path))

    def where(e):
        return "/" + "/".join(str(p) for p in e.absolute_path)

    paths = sorted(glob.glob(os.path.join(samples_dir, "*.omnimap")))
    if not paths:
        sys.stderr.write(f"{samples_dir}: no *.omnimap samples found\n")
        return 1
    trees = {}
    for path in paths:
        name = os.path.basename(path)
        try:
            with open(path, "rb") as f:
                raw = f.read()
            tree = json.loads(raw.decode("utf-8"))
        except (OSError, ValueError) as e:
            problems.append(f"{name}: cannot read: {e}")
            continue
        found = errors(tree)
        for e in found[:20]:
            problems.append(f"{name}: {where(e)}: {e.message}")
        if len(found) > 20:
            problems.append(f"{name}: … and {len(found) - 20} more schema errors")
        if not found:
            for p in reference_problems(tree):
                problems.append(f"{name}: {p}")
            if raw.decode("utf-8") != canonical(tree):
                problems.append(f"{name}: not in the writer's canonical form (sorted keys, 2-space indent, "
                                "trailing newline); regenerate with scripts/generate_samples.py")
            trees[name] = tree
        print(f"{name}: {'valid' if not found else 'INVALID'}")

    # Mutations run on the richest valid sample (the one with the most items).
    if trees:
        base_name = max(sorted(trees), key=lambda n: len(collect_ids(trees[n])))
        base = trees[base_name]
        for description, mutate in REJECTED:
            tree = copy.deepcopy(base)
            try:
                mutate(tree)
            except (KeyError, IndexError, StopIteration) as e:
                problems.append(f"mutation \"{description}\": {base_name} lacks the field it changes ({e!r})")
                continue
            if not errors(tree):
                problems.append(f"mutation \"{description}\" of {base_name} was accepted by the schema, "
                                "but Omnimap's reader rejects it")
            if cli and reader_accepts(cli, tree):
                problems.append(f"mutation \"{description}\" of {base_name} was accepted by {cli}; "
                                "the list of rejected mutations is out of step with the reader")
        for description, mutate in ACCEPTED:
            tree = copy.deepcopy(base)
            mutate(tree)
            found = errors(tree)
            if found:
                problems.append(f"mutation \"{description}\" of {base_name} was rejected by the schema "
                                f"({where(found[0])}: {found[0].message}), but Omnimap's reader accepts it")
            if cli and not reader_accepts(cli, tree):
                problems.append(f"mutation \"{description}\" of {base_name} was rejected by {cli}; "
                                "the list of accepted mutations is out of step with the reader")
        print(f"mutations of {base_name}: {len(REJECTED)} rejected-by-reader cases, "
              f"{len(ACCEPTED)} accepted-by-reader cases checked"
              + (f", each also against {os.path.basename(cli)}" if cli else ""))

    if problems:
        sys.stderr.write("\n".join(problems) + "\n")
        sys.stderr.write(f"FAILED: {len(problems)} problem(s)\n")
        return 1
    print(f"OK: {len(paths)} sample(s) valid against {os.path.basename(schema_path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
