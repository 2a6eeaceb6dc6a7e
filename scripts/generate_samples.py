#!/usr/bin/env python3
"""Writes the bundled sample projects to resources/samples/*.omnimap.

Python 3 standard library only. The output is deterministic: every id is
uuid5(NAMESPACE, "<sample>/<kind>/<readable key>"), so running the script again gives
byte-identical files, and the bytes are exactly what Omnimap's own writer produces
(src/core/format/projectwriter.cpp): sorted keys, two-space indent, UTF-8, trailing
newline, empty strings/lists and false flags left out, doubles printed as doubles.

    scripts/generate_samples.py [OUT_DIR]          # default: resources/samples
    scripts/generate_samples.py --check [OUT_DIR]  # exit 1 if a file would change

Each sample leaves one or two deliberate gaps for the consistency checker (listed in
docs/samples.md); `self_check()` below recomputes the findings and refuses to write a
sample whose findings differ from the ones it declares, so a content edit cannot add or
hide a gap by accident.
"""

import json
import os
import sys
import unicodedata
import uuid

NAMESPACE = uuid.UUID("6f6d6e69-6d61-7000-8000-73616d706c65")  # "omnimap" + "sample"

FORMAT_VERSION = 3

# The project's own brand checklist is a team template, not one of Omnimap's built-ins
# (those have ids "builtin.<category>" and come from src/core/plan/checklisttemplates.cpp;
# availableChecklistTemplates() hides project templates flagged builtIn, so a flagged
# team template could not be applied again from the sample).
TEMPLATE_BUILT_IN = False

CHANNEL_KINDS = {"web", "app", "store", "email", "sms", "kakao", "push", "social", "ads",
                 "call_center", "kiosk", "wearable", "other"}
ROLE_LEVELS = {"none", "supporting", "primary"}
KPI_UNITS = {"percent", "count", "currency", "duration", "ratio", "score"}
EVENT_TYPES = {"impression", "visit", "click", "add_to_cart", "purchase", "inquiry", "repurchase"}


# --------------------------------------------------------------------------------------
# Emitting the writer's form
# --------------------------------------------------------------------------------------

class Obj:
    """Mirror of ObjectWriter: builds one JSON object the way the writer does."""

    def __init__(self):
        self.d = {}

    def s(self, key, value):  # QString / QStringList: omitted when empty
        if value:
            self.d[key] = list(value) if isinstance(value, (list, tuple)) else value
        return self

    def flag(self, key, value):  # bool: only true is written
        if value:
            self.d[key] = True
        return self

    def num(self, key, value):  # double, always written
        self.d[key] = float(value)
        return self

    def opt(self, key, value):  # std::optional<double>
        if value is not None:
            self.d[key] = float(value)
        return self

    def int(self, key, value):  # integer, always written
        self.d[key] = int(value)
        return self

    def enum(self, key, value, allowed):
        assert value in allowed, (key, value)
        self.d[key] = value
        return self

    def obj(self, key, value):  # nested object: omitted when empty
        if value:
            self.d[key] = value
        return self

    def lst(self, key, items):  # list of objects: omitted when empty
        if items:
            self.d[key] = list(items)
        return self


def review(status="draft", by="", at=""):
    if status == "draft" and not by and not at:
        return {}
    return Obj().enum("status", status, {"draft", "in_review", "approved"}).s("by", by).s("at", at).d


def _check_numbers(value):
    # Python and nlohmann agree on the text of every double except 1e15 <= |x| < 1e16
    # (Python: 1000000000000000.0, nlohmann: 1e+15); keep the samples below that.
    if isinstance(value, float):
        assert abs(value) < 1e15, value
    elif isinstance(value, dict):
        for v in value.values():
            _check_numbers(v)
    elif isinstance(value, list):
        for v in value:
            _check_numbers(v)


def dumps(tree):
    _check_numbers(tree)
    return json.dumps(tree, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------------------
# Building one project from a compact description
# --------------------------------------------------------------------------------------

class Ids:
    def __init__(self, sample):
        self.sample = sample
        self.seen = {}

    def __call__(self, kind, key):
        value = str(uuid.uuid5(NAMESPACE, f"{self.sample}/{kind}/{key}"))
        previous = self.seen.setdefault(value, (kind, key))
        assert previous == (kind, key), f"id collision {previous} vs {(kind, key)}"
        return value


def build(spec):
    """Turns a sample description into the file tree (a dict in the writer's form)."""
    ids = Ids(spec["key"])
    dep = lambda k: ids("department", k) if k else ""
    chan = lambda k: ids("channel", k)
    per = lambda k: ids("persona", k)
    stg = lambda k: ids("stage", k)
    tp = lambda k: ids("touchpoint", k)

    depts = {d[0] for d in spec["departments"]}
    chans = {c[0]: c for c in spec["channels"]}
    palette = spec["brand"]["palette"]

    def check_dep(k):
        assert not k or k in depts, f"unknown department {k}"
        return dep(k)

    brand = spec["brand"]
    tree = Obj().int("formatVersion", FORMAT_VERSION)
    tree.s("id", ids("project", "project")).s("name", spec["name"]).s("description", spec["description"])
    tree.s("locale", spec["locale"]).s("currency", spec["currency"])
    tree.obj("brand", Obj().s("toneOfVoice", brand["toneOfVoice"]).s("keywords", brand["keywords"])
             .s("forbiddenWords", brand["forbiddenWords"]).s("palette", palette).d)
    tree.lst("departments", [Obj().s("id", dep(k)).s("name", n).s("color", c).d
                             for k, n, c in spec["departments"]])

    channels = []
    for key, name, kind, color, owner, description in spec["channels"]:
        assert color in palette, f"channel {key}: colour {color} not in the brand palette"
        channels.append(Obj().s("id", chan(key)).s("name", name).enum("kind", kind, CHANNEL_KINDS)
                        .s("color", color).s("ownerDepartmentId", check_dep(owner))
                        .s("description", description).d)
    tree.lst("channels", channels)

    personas = []
    for p in spec["personas"]:
        rule = p["segmentRule"]
        conditions = []
        for field, op, values in rule["conditions"]:
            conditions.append(Obj().enum("field", field, {"age_band", "gender", "region", "signup_date", "attribute"})
                              .enum("op", op, {"eq", "ne", "in", "not_in", "before", "after", "contains"})
                              .s("values", values).d)
        rule_obj = Obj().lst("conditions", conditions).d
        rule_obj["matchAll"] = rule.get("matchAll", True)
        for c, _ in p["preferredChannels"]:
            assert c in chans, c
        personas.append(
            Obj().s("id", per(p["key"])).s("name", p["name"]).s("segment", p["segment"])
            .s("scenario", p["scenario"]).s("quote", p["quote"]).s("avatar", p.get("avatar", ""))
            .s("color", p["color"]).s("ageBand", p["ageBand"]).s("gender", p["gender"])
            .s("location", p["location"]).s("occupation", p["occupation"]).s("income", p["income"])
            .s("goals", p["goals"]).s("motivations", p["motivations"]).s("painPoints", p["painPoints"])
            .s("devices", p["devices"])
            .lst("preferredChannels", [Obj().s("channelId", chan(c)).num("weight", w).d
                                       for c, w in p["preferredChannels"]])
            .obj("segmentRule", rule_obj).s("ownerDepartmentId", check_dep(p["owner"])).d)
    tree.lst("personas", personas)

    j = spec["journey"]
    stage_keys = [s["key"] for s in j["stages"]]
    lane_keys = j["channels"]
    persona_keys = [p["key"] for p in spec["personas"]]
    stages = []
    for s in j["stages"]:
        emotions = []
        for pk in persona_keys:
            as_is, to_be = s["emotions"][pk]
            assert -5 <= as_is <= 5 and -5 <= to_be <= 5
            emotions.append(Obj().s("personaId", per(pk)).num("asIs", as_is).opt("toBe", to_be).d)
        stages.append(Obj().s("id", stg(s["key"])).s("name", s["name"]).s("goal", s["goal"])
                      .s("actions", s["actions"]).s("thoughts", s["thoughts"])
                      .s("painPoints", s["painPoints"]).s("opportunities", s["opportunities"])
                      .lst("emotions", emotions).d)

    touchpoints = []
    cell_count = {}
    tp_keys = set()
    for t in j["touchpoints"]:
        assert t["stage"] in stage_keys and t["channel"] in lane_keys, t["key"]
        assert t["key"] not in tp_keys, t["key"]
        tp_keys.add(t["key"])
        cell = (t["stage"], t["channel"])
        order = cell_count.get(cell, 0)
        cell_count[cell] = order + 1
        o = (Obj().s("id", tp(t["key"])).s("stageId", stg(t["stage"])).s("channelId", chan(t["channel"]))
             .s("title", t["title"]).s("description", t["description"]).s("message", t["message"])
             .s("tags", t.get("tags", [])).flag("momentOfTruth", t.get("mot", False))
             .flag("promotion", t.get("promo", False))
             .s("ownerDepartmentId", check_dep(t.get("owner", chans[t["channel"]][4])))
             .int("order", order).obj("review", review(*t.get("review", ()))))
        width, height = t.get("size", (1.0, 1.0))
        assert 0.25 <= width <= 8 and 0.25 <= height <= 8
        if width != 1.0:
            o.num("width", width)
        if height != 1.0:
            o.num("height", height)
        touchpoints.append(o.d)

    handoffs = []
    for i, (a, b, label) in enumerate(j["handoffs"]):
        assert a in tp_keys and b in tp_keys, (a, b)
        handoffs.append(Obj().s("id", ids("handoff", f"{a}->{b}")).s("from", tp(a)).s("to", tp(b))
                        .s("label", label).d)

    roles = []
    for si, sk in enumerate(stage_keys):
        for ck in lane_keys:
            level, purpose = j["roles"][ck][si]
            roles.append(Obj().s("id", ids("role", f"{sk}/{ck}")).s("stageId", stg(sk)).s("channelId", chan(ck))
                         .enum("level", level, ROLE_LEVELS).s("purpose", purpose)
                         .s("ownerDepartmentId", check_dep(chans[ck][4])).d)
    assert set(j["roles"]) == set(lane_keys)

    journey_id = ids("journey", j["key"])
    tree.lst("journeys", [
        Obj().s("id", journey_id).s("name", j["name"]).s("description", j["description"])
        .s("personaIds", [per(k) for k in persona_keys]).s("channelIds", [chan(k) for k in lane_keys])
        .lst("stages", stages).lst("touchpoints", touchpoints).lst("handoffs", handoffs).lst("roles", roles)
        .obj("review", review(*j.get("review", ()))).s("ownerDepartmentId", check_dep(j["owner"])).d])

    kpis = []
    for k in spec["kpis"]:
        binding = {}
        if "binding" in k:
            b = k["binding"]
            assert b["num"] in EVENT_TYPES and b.get("den", "") in EVENT_TYPES | {""}
            binding = (Obj().s("numeratorEventType", b["num"])
                       .s("numeratorStageId", stg(b["numStage"]) if b.get("numStage") else "")
                       .s("numeratorChannelId", chan(b["numChannel"]) if b.get("numChannel") else "")
                       .s("denominatorEventType", b.get("den", ""))
                       .s("denominatorStageId", stg(b["denStage"]) if b.get("denStage") else "")
                       .s("denominatorChannelId", chan(b["denChannel"]) if b.get("denChannel") else "")
                       .int("windowDays", b.get("windowDays", 0)).d)
        for t in k["touchpoints"]:
            assert t in tp_keys, (k["key"], t)
        kpis.append(
            Obj().s("id", ids("kpi", k["key"])).s("name", k["name"]).s("libraryKey", k.get("libraryKey", ""))
            .enum("unit", k["unit"], KPI_UNITS).s("currency", spec["currency"] if k["unit"] == "currency" else "")
            .opt("baseline", k.get("baseline")).opt("target", k.get("target"))
            .enum("direction", k.get("direction", "increase"), {"increase", "decrease"})
            .s("journeyId", journey_id).s("stageId", stg(k["stage"]) if k.get("stage") else "")
            .s("channelId", chan(k["channel"]) if k.get("channel") else "")
            .s("touchpointIds", [tp(t) for t in k["touchpoints"]])
            .s("ownerDepartmentId", check_dep(k["owner"])).obj("binding", binding).d)
    tree.lst("kpis", kpis)

    tpl = spec["template"]
    item_keys = [i[0] for i in tpl["items"]]

    def items(kind):
        return [Obj().s("id", ids(kind, key)).s("category", cat).s("text", text).flag("requiresParity", parity).d
                for key, cat, text, parity in tpl["items"]]

    template_id = ids("template", "brand")
    tree.lst("checklistTemplates", [Obj().s("id", template_id).s("name", tpl["name"]).flag("builtIn", TEMPLATE_BUILT_IN)
                                    .lst("items", items("template-item")).d])

    cl = spec["checklist"]
    results = []
    for ck in cl["channels"]:
        reviewer, date = cl["reviewers"][ck]
        for ik in item_keys:
            status, note = cl["results"].get((ik, ck), ("pass", ""))
            if status is None:  # not reviewed yet: no result
                continue
            assert status in {"pass", "fail", "na", "unchecked"}
            results.append(Obj().s("id", ids("result", f"{ik}/{ck}")).s("itemId", ids("checklist-item", ik))
                           .s("channelId", chan(ck)).enum("status", status, {"pass", "fail", "na", "unchecked"})
                           .s("note", note).s("evidence", cl.get("evidence", {}).get((ik, ck), ""))
                           .s("reviewer", reviewer).s("date", date).d)
    for (ik, ck) in cl["results"]:
        assert ik in item_keys and ck in cl["channels"], (ik, ck)
    tree.lst("checklists", [Obj().s("id", ids("checklist", "applied")).s("name", cl["name"])
                            .s("templateId", template_id).s("journeyId", journey_id)
                            .s("channelIds", [chan(c) for c in cl["channels"]])
                            .lst("items", items("checklist-item")).lst("results", results).d])

    cam = spec["campaign"]
    actions = []
    for a in cam["actions"]:
        t = next(x for x in j["touchpoints"] if x["key"] == a["touchpoint"])
        actions.append(Obj().s("id", ids("action", a["touchpoint"] + "/" + a["start"])).s("touchpointId", tp(a["touchpoint"]))
                       .s("channelId", chan(t["channel"])).s("title", a["title"]).s("start", a["start"])
                       .s("end", a["end"]).num("cost", a["cost"]).flag("promotion", t.get("promo", False)).d)
    tree.lst("campaigns", [
        Obj().s("id", ids("campaign", "main")).s("name", cam["name"]).s("objective", cam["objective"])
        .s("personaId", per(cam["persona"])).s("journeyId", journey_id).s("start", cam["start"])
        .s("end", cam["end"]).s("currency", spec["currency"])
        .lst("budget", [Obj().s("channelId", chan(c)).num("amount", amt).d for c, amt in cam["budget"]])
        .lst("actions", actions).s("ownerDepartmentId", check_dep(cam["owner"])).d])

    scenarios = []
    for sc in spec["scenarios"]:
        mods = [Obj().enum("kind", kind, {"budget_shift", "remove_channel", "scale_entry", "scale_transition",
                                          "set_conversion", "scale_conversion"})
                .s("channelId", chan(c) if c else "").s("targetChannelId", chan(tc) if tc else "").num("value", v).d
                for kind, c, tc, v in sc["modifiers"]]
        scenarios.append(Obj().s("id", ids("scenario", sc["key"])).s("name", sc["name"])
                         .s("description", sc["description"]).s("journeyId", journey_id)
                         .s("personaId", per(sc["persona"])).lst("modifiers", mods).d)
    tree.lst("scenarios", scenarios)

    def item_id(ref):
        kind, key = ref
        return {"touchpoint": tp, "stage": stg, "channel": chan, "persona": per}.get(kind, lambda k: ids(kind, k))(key)

    comments = []
    for c in spec.get("comments", []):
        comments.append(Obj().s("id", ids("comment", c["key"])).s("itemId", item_id(c["item"]))
                        .s("replyToId", ids("comment", c["replyTo"]) if c.get("replyTo") else "")
                        .s("author", c["author"]).s("department", c["department"]).s("time", c["time"])
                        .s("text", c["text"]).flag("resolved", c.get("resolved", False)).d)
    tree.lst("comments", comments)
    return tree.d


# --------------------------------------------------------------------------------------
# The consistency findings each sample is meant to produce
# --------------------------------------------------------------------------------------

def fold(text):
    """Like textmatch.cpp's foldForMatching: NFKC, case-folded, spaces removed."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c for c in folded if not c.isspace() and c not in "\u200b\u200c\u200d\ufeff")


def self_check(spec):
    """Recomputes the automatic consistency rules (src/core/rules, DESIGN.md §4).

    Mirrors the rule engine as written: rule ids are those of rulecatalogue.cpp.
    Returns a sorted list of (rule id, detail) tuples, detail naming readable keys.
    """
    j = spec["journey"]
    brand = spec["brand"]
    found = []
    tps = j["touchpoints"]
    stage_keys = [s["key"] for s in j["stages"]]
    stage_index = {k: i for i, k in enumerate(stage_keys)}
    has_tp = [any(t["stage"] == sk for t in tps) for sk in stage_keys]
    # stage.no-touchpoint
    for sk, any_tp in zip(stage_keys, has_tp):
        if not any_tp:
            found.append(("stage.no-touchpoint", sk))
    # touchpoint.no-kpi: listed in touchpointIds, or a KPI scoped to exactly its cell
    for t in tps:
        if not any(t["key"] in k["touchpoints"] or (k.get("stage") == t["stage"] and k.get("channel") == t["channel"])
                   for k in spec["kpis"]):
            found.append(("touchpoint.no-kpi", t["key"]))
    # kpi.no-target
    for k in spec["kpis"]:
        if k.get("target") is None:
            found.append(("kpi.no-target", k["key"]))
    # role.no-touchpoint
    for si, sk in enumerate(stage_keys):
        for ck in j["channels"]:
            level = j["roles"][ck][si][0]
            if level != "none" and not any(t["stage"] == sk and t["channel"] == ck for t in tps):
                found.append(("role.no-touchpoint", f"{sk}/{ck}"))
    # journey.no-handoff: forward hand-offs bridge every boundary they cross
    bridged = [False] * (len(stage_keys) - 1)
    stage_of = {t["key"]: stage_index[t["stage"]] for t in tps}
    for a, b, _ in j["handoffs"]:
        for boundary in range(stage_of[a], stage_of[b]):
            bridged[boundary] = True
    for b in range(len(stage_keys) - 1):
        if not bridged[b] and has_tp[b] and has_tp[b + 1]:
            found.append(("journey.no-handoff", f"{stage_keys[b]}->{stage_keys[b + 1]}"))
    # promotion.no-parity: the applied checklist's channels (minus those whose parity
    # items are all "na") must all carry a promotion at a stage where one of them does
    cl = spec["checklist"]
    parity_items = [i[0] for i in spec["template"]["items"] if i[3]]
    if parity_items:
        channels = [c for c in cl["channels"] if c in j["channels"] and not all(
            cl["results"].get((ik, c), ("pass",))[0] == "na" for ik in parity_items)]
        if len(channels) >= 2:
            for sk in stage_keys:
                promo = {t["channel"] for t in tps if t.get("promo") and t["stage"] == sk and t["channel"] in channels}
                if promo:
                    for c in channels:
                        if c not in promo:
                            found.append(("promotion.no-parity", f"{sk}/{c}"))
    # message.forbidden-word / message.no-keyword
    for t in tps:
        if not t["message"].strip():
            continue
        message = fold(t["message"])
        for w in brand["forbiddenWords"]:
            if fold(w) in message:
                found.append(("message.forbidden-word", f"{t['key']}:{w}"))
        if brand["keywords"] and not any(fold(k) in message for k in brand["keywords"]):
            found.append(("message.no-keyword", t["key"]))
    # channel.off-palette (the samples use palette colours exactly)
    for c in spec["channels"]:
        if c[3] not in brand["palette"]:
            found.append(("channel.off-palette", c[0]))
    # campaign.invalid-dates / action-outside-dates / over-budget
    cam = spec["campaign"]
    if not cam["start"] <= cam["end"]:
        found.append(("campaign.invalid-dates", "campaign"))
    planned = {}
    for a in cam["actions"]:
        if not a["start"] <= a["end"]:
            found.append(("campaign.invalid-dates", a["touchpoint"]))
        elif not (cam["start"] <= a["start"] and a["end"] <= cam["end"]):
            found.append(("campaign.action-outside-dates", a["touchpoint"]))
        channel = next(t["channel"] for t in tps if t["key"] == a["touchpoint"])
        planned[channel] = planned.get(channel, 0) + a["cost"]
    budget = dict(cam["budget"])
    for channel, cost in planned.items():
        if cost > budget.get(channel, 0) + 1e-9 and cost > 0:
            found.append(("campaign.over-budget", channel))
    return sorted(found)


def check_counts(spec):
    j = spec["journey"]
    problems = []

    def want(what, n, lo, hi):
        if not lo <= n <= hi:
            problems.append(f"{what}: {n} not in {lo}..{hi}")

    want("departments", len(spec["departments"]), 3, 4)
    want("channels", len(spec["channels"]), 5, 7)
    want("palette", len(spec["brand"]["palette"]), 4, 6)
    want("personas", len(spec["personas"]), 2, 2)
    want("stages", len(j["stages"]), 5, 5)
    want("touchpoints", len(j["touchpoints"]), 12, 20)
    want("handoffs", len(j["handoffs"]), 8, 14)
    want("kpis", len(spec["kpis"]), 8, 12)
    want("kpi bindings", sum(1 for k in spec["kpis"] if "binding" in k), 3, 6)
    want("checklist items", len(spec["template"]["items"]), 10, 14)
    want("checklist channels", len(spec["checklist"]["channels"]), 4, 7)
    want("campaign actions", len(spec["campaign"]["actions"]), 4, 6)
    want("scenarios", len(spec["scenarios"]), 2, 2)
    want("moments of truth", sum(1 for t in j["touchpoints"] if t.get("mot")), 1, 20)
    want("promotions", sum(1 for t in j["touchpoints"] if t.get("promo")), 1, 20)
    for p in spec["personas"]:
        want(f"segment conditions of {p['key']}", len(p["segmentRule"]["conditions"]), 1, 3)
    if {c[0] for c in spec["channels"]} != set(j["channels"]):
        problems.append("every channel of the project should be a lane of the journey")
    return problems


# --------------------------------------------------------------------------------------
# The samples
# --------------------------------------------------------------------------------------


# Roles are given per channel lane as five (level, purpose) pairs, one per stage in order.
P, S, N = "primary", "supporting", "none"

CAFE = {
    "key": "cafe-order-pickup",
    "file": "cafe-order-pickup.omnimap",
    "name": "별빛커피 바로픽업 주문 여정 2025 상반기",
    "description": ("Byeolbit Coffee order-ahead journey: customers discover seasonal drinks on Instagram, "
                    "order in the app (바로픽업), are told by KakaoTalk when the drink is ready, pick it up "
                    "at the store counter and collect reward stars. Plan of 디지털마케팅 · CRM · 앱서비스 · "
                    "매장운영 for H1 2025; the spring campaign runs on it."),
    "locale": "ko",
    "currency": "KRW",
    "brand": {
        "toneOfVoice": "따뜻하고 다정한 해요체. 짧고 또렷하게, 고객의 아침 시간을 아껴 주는 말투. 과장·재촉하는 표현은 쓰지 않는다.",
        "keywords": ["별빛", "바로픽업", "리워드"],
        "forbiddenWords": ["최저가", "무조건", "공짜", "마감임박"],
        "palette": ["#0B6E4F", "#1E3932", "#C8A165", "#D4572A", "#6B8F71", "#3D5A80"],
    },
    "departments": [
        ("marketing", "디지털마케팅", "#0B6E4F"),
        ("crm", "CRM", "#C8A165"),
        ("app", "앱서비스", "#3D5A80"),
        ("store", "매장운영", "#D4572A"),
    ],
    "channels": [
        ("social", "인스타그램", "social", "#6B8F71", "marketing", "공식 계정 @byeolbit.coffee, 릴스·스토리 광고 집행"),
        ("web", "웹사이트", "web", "#3D5A80", "marketing", "byeolbit.co.kr 브랜드 사이트와 검색 유입 랜딩페이지"),
        ("app", "별빛커피 앱", "app", "#0B6E4F", "app", "사이렌 주문(바로픽업), 결제, 별 리워드 적립과 등급 관리"),
        ("push", "앱 푸시", "push", "#1E3932", "crm", "광고성 정보 수신 동의 회원 대상 푸시, 08~21시 발송"),
        ("kakao", "카카오 알림톡·친구톡", "kakao", "#C8A165", "crm", "주문 접수·제조 완료 알림톡과 채널 친구 대상 친구톡"),
        ("store", "매장", "store", "#D4572A", "store", "전국 1,180개 매장의 픽업대, POP, 바리스타 응대"),
    ],
    "personas": [
        {
            "key": "jieun",
            "name": "김지은",
            "segment": "출근길 바로픽업 직장인",
            "scenario": "출근 지하철에서 앱으로 미리 주문하고, 회사 앞 매장 픽업대에서 줄 없이 받아 8시 50분 전에 자리에 앉는다.",
            "quote": "아침엔 1분이 아까워요. 줄 서는 5분만 없어도 하루가 달라져요.",
            "color": "#D4572A",
            "ageBand": "30-39",
            "gender": "F",
            "location": "서울 강남구 (근무지 역삼역)",
            "occupation": "IT 기업 서비스 기획자",
            "income": "연 5,500만 원",
            "goals": ["출근 시간 안에 음료 받기", "매일 같은 메뉴를 한 번에 재주문", "별을 모아 주 1회 무료 음료"],
            "motivations": ["대기 시간 단축", "리워드 등급 유지 (골드)", "신메뉴를 먼저 맛보는 재미"],
            "painPoints": ["픽업대에서 내 음료를 찾기 어렵다", "제조 완료 알림이 늦게 온다", "이벤트 조건이 채널마다 달라 헷갈린다"],
            "devices": ["iPhone 15", "Apple Watch", "회사 노트북"],
            "preferredChannels": [("app", 1.0), ("kakao", 0.7), ("store", 0.6), ("push", 0.5), ("social", 0.3)],
            "segmentRule": {"matchAll": True, "conditions": [
                ("age_band", "eq", ["30-39"]), ("gender", "eq", ["F"]), ("region", "eq", ["Seoul"])]},
            "owner": "crm",
        },
        {
            "key": "junho",
            "name": "박준호",
            "segment": "가성비 대학생 (시험기간 단체 주문)",
            "scenario": "시험기간에 스터디원 4명 음료를 앱으로 한 번에 주문하고, 도서관 앞 매장에서 픽업하며 쿠폰과 별을 최대한 챙긴다.",
            "quote": "쿠폰 있으면 무조건 거기로 가요. 대신 조건이 복잡하면 그냥 안 써요.",
            "color": "#3D5A80",
            "ageBand": "20-29",
            "gender": "M",
            "location": "서울 서대문구 (신촌)",
            "occupation": "대학생 (경영학과 3학년)",
            "income": "월 용돈 60만 원",
            "goals": ["여러 잔을 한 번에 주문", "쿠폰·이벤트로 할인받기", "친구와 선물하기로 음료 나누기"],
            "motivations": ["할인과 적립 혜택", "인스타그램에 올릴 시즌 음료", "친구 초대 보상"],
            "painPoints": ["단체 주문 시 옵션 입력이 번거롭다", "쿠폰 유효기간을 자주 놓친다", "매장이 붐비면 픽업이 늦어진다"],
            "devices": ["Galaxy S23", "Galaxy Tab (도서관)"],
            "preferredChannels": [("social", 0.9), ("app", 0.8), ("push", 0.6), ("kakao", 0.4), ("store", 0.5)],
            "segmentRule": {"matchAll": True, "conditions": [
                ("age_band", "eq", ["20-29"]), ("signup_date", "after", ["2024-03-01"])]},
            "owner": "marketing",
        },
    ],
    "journey": {
        "key": "main",
        "name": "앱 주문 → 매장 픽업 → 별 적립",
        "description": "인스타그램·검색으로 알게 된 고객이 앱에서 바로픽업으로 주문하고, 알림톡을 받고 매장에서 픽업한 뒤 리워드로 재방문하는 여정.",
        "owner": "marketing",
        "review": ("approved", "최윤서 (디지털마케팅 팀장)", "2025-02-24T17:30:00+09:00"),
        "channels": ["social", "web", "app", "push", "kakao", "store"],
        "stages": [
            {"key": "awareness", "name": "인지",
             "goal": "시즌 신메뉴와 바로픽업을 알리고 앱 설치로 이끈다",
             "actions": ["인스타그램 릴스에서 벚꽃 라떼를 본다", "'카페 미리 주문'을 검색한다", "매장 카운터의 QR 스탠드를 본다"],
             "thoughts": ["줄 안 서고 받을 수 있으면 좋겠다", "앱을 또 깔아야 하나?"],
             "painPoints": ["앱 설치가 번거롭게 느껴진다", "바로픽업이 무엇인지 모른다"],
             "opportunities": ["릴스에서 앱 주문 화면으로 바로 연결", "QR 한 번으로 설치와 웰컴 리워드"],
             "emotions": {"jieun": (0.0, 1.5), "junho": (1.0, 2.0)}},
            {"key": "consideration", "name": "고려",
             "goal": "회원가입과 첫 메뉴 탐색을 쉽게 만든다",
             "actions": ["앱을 설치하고 가입한다", "메뉴와 퍼스널 옵션을 살펴본다", "가까운 매장과 예상 대기 시간을 확인한다"],
             "thoughts": ["가입 절차가 길면 그만둘 거야", "지금 주문하면 언제 받지?"],
             "painPoints": ["본인인증 단계가 길다", "매장별 대기 시간이 보이지 않는다"],
             "opportunities": ["카카오 간편가입", "매장별 예상 픽업 시간 표시"],
             "emotions": {"jieun": (-1.0, 1.0), "junho": (-0.5, 1.5)}},
            {"key": "purchase", "name": "구매",
             "goal": "첫 바로픽업 주문을 완료하고 매장에서 막힘 없이 받게 한다",
             "actions": ["장바구니에 담고 결제한다", "알림톡으로 제조 완료를 확인한다", "픽업대에서 닉네임을 확인하고 받는다"],
             "thoughts": ["알림이 오면 바로 갈 수 있게", "내 음료 어디 있지?"],
             "painPoints": ["제조 완료 알림이 늦다", "픽업대가 혼잡해 음료를 찾기 어렵다"],
             "opportunities": ["픽업대 번호판과 닉네임 디스플레이", "도착 3분 전 제조 시작 (위치 기반)"],
             "emotions": {"jieun": (-2.0, 2.5), "junho": (-1.0, 2.0)}},
            {"key": "retention", "name": "유지",
             "goal": "별 적립과 등급 혜택으로 주 3회 재주문을 만든다",
             "actions": ["적립된 별과 등급을 확인한다", "쿠폰 만료 알림을 받는다", "자주 먹는 메뉴를 재주문한다"],
             "thoughts": ["별 3개만 더 모으면 무료 음료!", "쿠폰 또 놓칠 뻔했네"],
             "painPoints": ["쿠폰 유효기간을 놓친다", "등급 기준이 복잡하다"],
             "opportunities": ["'나만의 메뉴' 원탭 재주문", "만료 3일 전 리마인드"],
             "emotions": {"jieun": (1.5, 3.5), "junho": (1.0, 3.0)}},
            {"key": "advocacy", "name": "옹호",
             "goal": "만족한 고객이 친구를 초대하고 인증샷을 공유하게 한다",
             "actions": ["친구에게 음료 e-쿠폰을 선물한다", "#별빛픽업 인증샷을 올린다", "픽업 만족도 설문에 답한다"],
             "thoughts": ["이건 친구한테도 알려주고 싶다"],
             "painPoints": ["초대 보상이 언제 들어오는지 모른다"],
             "opportunities": ["초대 보상 즉시 지급", "우수 인증샷 리그램"],
             "emotions": {"jieun": (2.0, 3.5), "junho": (2.5, 4.0)}},
        ],
        "touchpoints": [
            {"key": "reels", "stage": "awareness", "channel": "social", "title": "벚꽃 시즌 신메뉴 릴스",
             "description": "15초 릴스 광고. 벚꽃 라떼 제조 장면과 앱 주문 화면을 보여 주고 '앱에서 주문하기' 링크로 연결한다.",
             "message": "봄이 왔어요. 별빛 벚꽃 라떼, 앱에서 바로픽업으로 기다림 없이 만나 보세요.",
             "tags": ["시즌", "신메뉴", "광고"], "owner": "marketing"},
            {"key": "landing", "stage": "awareness", "channel": "web", "title": "'바로픽업' 소개 랜딩페이지",
             "description": "검색 광고·블로그 유입용 페이지. 3단계 이용 방법과 앱 설치 딥링크, 참여 매장 검색.",
             "message": "주문은 앱에서, 픽업은 매장에서. 별빛커피 바로픽업으로 아침 줄을 건너뛰세요.",
             "tags": ["SEO", "딥링크"]},
            {"key": "qr_stand", "stage": "awareness", "channel": "store", "title": "카운터 QR 스탠드",
             "description": "계산대 옆 QR 스탠드. 스캔하면 앱스토어로 이동하고 설치 후 웰컴 리워드가 자동 지급된다.",
             "message": "다음엔 줄 서지 마세요. QR 찍고 별빛커피 앱 설치하면 웰컴 리워드 별 3개!",
             "tags": ["QR", "POP"], "review": ("in_review", "한도윤 (매장운영)", "")},
            {"key": "signup", "stage": "consideration", "channel": "app", "title": "간편가입 · 웰컴 리워드",
             "description": "카카오 간편가입으로 30초 안에 가입. 가입 즉시 웰컴 별 3개와 첫 주문 사이즈업 쿠폰.",
             "message": "환영해요! 웰컴 리워드 별 3개가 도착했어요. 첫 바로픽업 주문은 사이즈업으로 즐겨 보세요.",
             "tags": ["온보딩", "가입"], "mot": True, "size": (1.5, 1.0)},
            {"key": "menu", "stage": "consideration", "channel": "app", "title": "메뉴 탐색 · 매장 선택",
             "description": "퍼스널 옵션(샷·시럽·우유), 가까운 매장과 예상 픽업 시간 표시.",
             "message": "가까운 별빛커피 매장의 예상 픽업 시간을 확인하고 나만의 메뉴를 담아 보세요.",
             "tags": ["탐색", "매장찾기"]},
            {"key": "push_recommend", "stage": "consideration", "channel": "push", "title": "출근 시간대 추천 푸시",
             "description": "평일 07:30, 최근 본 메뉴 기반 추천. 광고성 정보 수신 동의 회원만.",
             "message": "(광고) 오늘 아침도 바로픽업? 지은님이 찜한 메뉴를 지금 주문하면 도착 전에 준비돼요.",
             "tags": ["개인화", "광고성"]},
            {"key": "ugc", "stage": "consideration", "channel": "social", "title": "인스타그램 리뷰 하이라이트",
             "description": "#별빛픽업 고객 게시물을 모은 하이라이트. 실제 픽업 대기 시간 후기 중심.",
             "message": "진짜 고객들의 별빛 바로픽업 후기를 모았어요.",
             "tags": ["UGC"], "owner": "marketing"},
            {"key": "order", "stage": "purchase", "channel": "app", "title": "사이렌 주문 · 결제 (바로픽업)",
             "description": "장바구니 → 픽업 매장 확인 → 별빛페이 결제. 결제 직후 주문 번호와 예상 픽업 시간 안내.",
             "message": "주문이 접수됐어요. 예상 픽업 시간 8:42, 별빛커피 역삼역점 바로픽업대에서 만나요.",
             "tags": ["결제", "전환"], "mot": True, "size": (1.5, 1.0)},
            {"key": "promo_banner", "stage": "purchase", "channel": "app", "title": "더블 리워드 데이 주문 배너",
             "description": "3/14~3/16 주문 화면 상단 배너. 바로픽업 주문 시 별 2배 적립 (1인 1일 3회).",
             "message": "3월 14일~16일, 바로픽업 주문하면 별 리워드 2배! (1일 3회까지)",
             "tags": ["더블리워드데이", "프로모션"], "promo": True, "owner": "marketing"},
            {"key": "friendtalk", "stage": "purchase", "channel": "kakao", "title": "친구톡 더블 리워드 쿠폰",
             "description": "채널 친구(수신 동의) 대상 3/14 오전 발송. 앱 주문 화면 딥링크 포함.",
             "message": "(광고) 별빛커피 더블 리워드 데이! 3월 14일~16일 바로픽업 주문 시 별 2배 적립돼요.",
             "tags": ["더블리워드데이", "광고성"], "promo": True},
            {"key": "alimtalk_ready", "stage": "purchase", "channel": "kakao", "title": "주문 접수 · 제조 완료 알림톡",
             "description": "정보성 알림톡 템플릿 (승인 템플릿 변경 불가). 주문 접수, 제조 완료 두 번 발송.",
             "message": "[제조 완료] 주문하신 아이스 아메리카노 Tall 1잔이 준비되었습니다. 픽업대에서 주문 번호 A-127을 확인해 주세요.",
             "tags": ["알림톡", "정보성"], "mot": True},
            {"key": "push_promo", "stage": "purchase", "channel": "push", "title": "더블 리워드 데이 D-day 푸시",
             "description": "3/14 08:00 발송. 최근 30일 주문 고객 대상, 주문 화면 딥링크.",
             "message": "(광고) 오늘부터 3일간 별빛 더블 리워드 데이! 바로픽업 주문하고 별 2배 받아 가세요.",
             "tags": ["더블리워드데이", "광고성"], "promo": True},
            {"key": "pickup", "stage": "purchase", "channel": "store", "title": "픽업대 수령 · 닉네임 호명",
             "description": "바로픽업 전용 선반, 닉네임 디스플레이. 바리스타가 닉네임을 불러 건넨다.",
             "message": "지은님, 바로픽업 음료 나왔어요! 좋은 하루 보내세요.",
             "tags": ["픽업", "오프라인"], "mot": True, "size": (1.5, 1.25)},
            {"key": "rewards", "stage": "retention", "channel": "app", "title": "별 리워드 · 등급 현황",
             "description": "적립 별, 다음 무료 음료까지 남은 별, 골드 등급 유지 조건을 한눈에.",
             "message": "별 9개 적립 완료! 리워드 음료까지 별 3개 남았어요.",
             "tags": ["로열티", "등급"], "mot": True},
            {"key": "coupon_reminder", "stage": "retention", "channel": "push", "title": "쿠폰 만료 3일 전 리마인드",
             "description": "무료 음료·사이즈업 쿠폰 만료 3일 전 12:00 발송 (정보성).",
             "message": "리워드 무료 음료 쿠폰이 3일 뒤 만료돼요. 오늘 바로픽업으로 사용해 보세요.",
             "tags": ["쿠폰", "재구매"]},
            {"key": "survey", "stage": "retention", "channel": "store", "title": "픽업 만족도 QR 설문",
             "description": "컵 슬리브의 QR로 30초 설문. 응답 시 별 1개.",
             "message": "오늘 바로픽업은 어떠셨나요? 30초 설문에 답하면 별 리워드 1개를 드려요.",
             "tags": ["설문", "VOC"], "owner": "store"},
            {"key": "invite", "stage": "advocacy", "channel": "app", "title": "친구 초대 · 선물하기",
             "description": "초대 링크로 가입한 친구가 첫 주문하면 양쪽에 별 5개. e-쿠폰 선물하기 연동.",
             "message": "친구에게 별빛커피를 선물하세요. 친구가 첫 바로픽업 주문을 하면 둘 다 별 5개!",
             "tags": ["추천", "선물하기"]},
            {"key": "regram", "stage": "advocacy", "channel": "social", "title": "#별빛픽업 인증샷 리그램",
             "description": "해시태그 게시물 중 매주 5건을 공식 계정에 리그램 (게시자 동의 후).",
             "message": "#별빛픽업 으로 여러분의 아침을 보여 주세요. 매주 다섯 분의 사진을 소개해요.",
             "tags": ["UGC", "해시태그"], "owner": "marketing"},
        ],
        "handoffs": [
            ("reels", "signup", "릴스 '앱에서 주문하기' 링크"),
            ("landing", "signup", "앱 설치 딥링크"),
            ("qr_stand", "signup", "QR 스캔 → 앱 설치"),
            ("ugc", "menu", "하이라이트 → 메뉴 상세"),
            ("signup", "menu", "가입 완료 → 메뉴 홈"),
            ("push_recommend", "order", "푸시 탭 → 찜한 메뉴 주문"),
            ("menu", "order", "장바구니 → 결제"),
            ("push_promo", "promo_banner", "푸시 탭 → 이벤트 배너"),
            ("friendtalk", "order", "친구톡 버튼 → 주문 화면"),
            ("order", "alimtalk_ready", "주문 접수 알림"),
            ("alimtalk_ready", "pickup", "제조 완료 → 픽업대"),
            ("pickup", "rewards", "수령 확인 → 별 적립"),
            ("rewards", "invite", "등급 혜택 → 친구 초대"),
            ("survey", "regram", "설문 완료 화면 → 인증샷 안내"),
        ],
        "roles": {
            "social": [(P, "릴스로 시즌 신메뉴 도달과 관심을 만든다"), (S, "고객 후기로 신뢰를 준다"),
                       (N, "구매 단계에서는 역할 없음"), (N, "유지는 CRM 채널이 맡는다"),
                       (P, "인증샷과 리그램으로 자발적 확산")],
            "web": [(S, "검색 유입을 받아 바로픽업 이용법을 설명"), (N, "메뉴 탐색은 앱으로 넘긴다"),
                    (N, "주문은 앱에서만"), (N, "역할 없음"), (N, "역할 없음")],
            "app": [(N, "아직 설치 전"), (P, "가입과 메뉴 탐색의 중심"), (P, "주문·결제, 바로픽업의 핵심"),
                    (P, "별 리워드와 재주문"), (S, "친구 초대와 선물하기")],
            "push": [(N, "설치 전이라 도달 불가"), (S, "시간대 맞춤 추천으로 주문 유도"),
                     (S, "프로모션 당일 리마인드"), (S, "쿠폰 만료 리마인드로 재방문"), (N, "역할 없음")],
            "kakao": [(N, "역할 없음"), (N, "역할 없음"), (S, "주문 상태 알림과 친구톡 프로모션"),
                      (N, "하반기 적립 알림톡 도입 검토"), (N, "역할 없음")],
            "store": [(S, "QR 스탠드로 앱 설치 유도"), (N, "역할 없음"), (P, "픽업 경험을 완성하는 곳"),
                      (S, "바리스타 응대와 설문으로 관계 강화"), (N, "매장 경험이 추천의 계기지만 별도 접점 없음")],
        },
    },
    "kpis": [
        {"key": "reach", "name": "신메뉴 릴스 도달", "libraryKey": "reach", "unit": "count",
         "baseline": 850000, "target": 1200000, "stage": "awareness", "channel": "social",
         "touchpoints": ["reels"], "owner": "marketing"},
        {"key": "engagement", "name": "인스타그램 참여율", "libraryKey": "engagement_rate", "unit": "percent",
         "baseline": 2.1, "target": 3.5, "channel": "social", "touchpoints": ["reels", "ugc", "regram"],
         "owner": "marketing",
         "binding": {"num": "click", "numStage": "awareness", "numChannel": "social",
                     "den": "impression", "denStage": "awareness", "denChannel": "social", "windowDays": 0}},
        {"key": "landing_ctr", "name": "랜딩 → 앱 설치 클릭률", "libraryKey": "ctr", "unit": "percent",
         "baseline": 4.8, "target": 7.0, "stage": "awareness", "channel": "web", "touchpoints": ["landing"],
         "owner": "marketing",
         "binding": {"num": "click", "numStage": "awareness", "numChannel": "web",
                     "den": "impression", "denStage": "awareness", "denChannel": "web", "windowDays": 0}},
        {"key": "qr_transfer", "name": "매장 QR → 앱 가입 전환율", "libraryKey": "cross_channel_transfer",
         "unit": "percent", "baseline": 12.0, "target": 20.0, "stage": "consideration",
         "touchpoints": ["qr_stand", "signup"], "owner": "store"},
        {"key": "push_open", "name": "푸시 오픈율", "libraryKey": "open_rate", "unit": "percent",
         "baseline": 6.5, "target": 9.0, "channel": "push",
         "touchpoints": ["push_recommend", "push_promo", "coupon_reminder"], "owner": "crm",
         "binding": {"num": "click", "numChannel": "push", "den": "visit", "denChannel": "push", "windowDays": 0}},
        {"key": "conversion", "name": "앱 방문 → 바로픽업 주문 전환율", "libraryKey": "conversion_rate",
         "unit": "percent", "baseline": 18.0, "target": 25.0, "stage": "purchase", "channel": "app",
         "touchpoints": ["menu", "order", "promo_banner", "friendtalk"], "owner": "app",
         "binding": {"num": "purchase", "numStage": "purchase", "den": "visit", "denStage": "consideration",
                     "windowDays": 0}},
        {"key": "no_show", "name": "주문 후 미픽업률", "libraryKey": "drop_off_rate", "unit": "percent",
         "baseline": 2.4, "target": 1.0, "direction": "decrease", "stage": "purchase", "channel": "store",
         "touchpoints": ["alimtalk_ready", "pickup"], "owner": "store"},
        {"key": "aov", "name": "바로픽업 평균 객단가", "libraryKey": "average_order_value", "unit": "currency",
         "baseline": 6800, "target": 7500, "stage": "purchase", "touchpoints": ["order", "promo_banner"],
         "owner": "app"},
        {"key": "repeat", "name": "30일 재구매율", "libraryKey": "repeat_purchase_rate", "unit": "percent",
         "baseline": 41.0, "target": 50.0, "stage": "retention",
         "touchpoints": ["rewards", "coupon_reminder", "survey"], "owner": "crm",
         "binding": {"num": "repurchase", "numStage": "retention", "den": "purchase", "denStage": "purchase",
                     "windowDays": 0}},
        {"key": "nps", "name": "픽업 경험 NPS", "libraryKey": "nps", "unit": "score",
         "baseline": 32, "target": 45, "stage": "advocacy", "touchpoints": ["survey", "invite", "regram"],
         "owner": "store"},
        {"key": "roi", "name": "봄 캠페인 ROI", "libraryKey": "roi", "unit": "percent",
         "baseline": 120, "target": 200, "touchpoints": ["reels", "friendtalk", "push_promo", "promo_banner"],
         "owner": "marketing"},
    ],
    "template": {
        "name": "브랜드 일관성 기본 점검표",
        "items": [
            ("tone-polite", "tone", "해요체 존댓말로 다정하게 말하고, 재촉하거나 과장하지 않는다", False),
            ("tone-forbidden", "tone", "금지어(최저가·무조건·공짜·마감임박)를 쓰지 않았다", False),
            ("visual-palette", "visual", "브랜드 팔레트 색상만 사용했다", False),
            ("visual-logo", "visual", "로고 최소 크기와 여백 규정을 지켰다", False),
            ("message-keyword", "message", "핵심 키워드(별빛·바로픽업·리워드) 중 하나 이상이 들어 있다", False),
            ("message-cta", "message", "행동 유도(CTA)가 하나이고 명확하다", False),
            ("promo-terms", "promotion", "프로모션 기간·혜택·횟수 제한이 모든 채널에서 같다", True),
            ("promo-notice", "promotion", "쿠폰 유의사항(사용 매장·유효기간) 표기가 모든 채널에서 같다", True),
            ("service-cancel", "service", "주문 취소 가능 시점(제조 시작 전) 안내가 채널마다 같다", True),
            ("service-hours", "service", "매장 운영·픽업 가능 시간 안내가 최신이다", False),
            ("privacy-consent", "privacy", "광고성 메시지는 수신 동의 고객에게만, (광고) 표기와 함께, 21시~08시를 피해 보낸다", False),
            ("privacy-notice", "privacy", "개인정보 수집·이용 고지와 수신 거부 방법이 있다", False),
        ],
    },
    "checklist": {
        "name": "2025 봄 더블 리워드 데이 채널 점검",
        "channels": ["app", "push", "kakao", "store", "social"],
        "reviewers": {
            "app": ("이수민 (앱서비스)", "2025-03-07"),
            "push": ("정하람 (CRM)", "2025-03-07"),
            "kakao": ("정하람 (CRM)", "2025-03-07"),
            "store": ("한도윤 (매장운영)", "2025-03-10"),
            "social": ("오세린 (디지털마케팅)", "2025-03-06"),
        },
        "results": {
            ("promo-terms", "store"): ("fail", "매장 POP·픽업대에 더블 리워드 데이 안내가 없음. 3/12까지 POP 발주 요청 (매장운영팀)."),
            ("promo-notice", "store"): ("fail", "카운터 안내문에 쿠폰 유효기간 표기 누락."),
            ("privacy-consent", "push"): ("fail", "3/2 테스트 발송분이 21:30 예약으로 잡혀 있었음 → 20:00으로 수정 완료, 재점검 필요."),
            ("message-keyword", "kakao"): ("na", "제조 완료 알림톡은 승인된 정보성 템플릿이라 문구 변경 불가. 친구톡은 통과."),
            ("visual-logo", "push"): ("na", "푸시는 텍스트만 사용"),
            ("visual-logo", "kakao"): ("na", "알림톡 기본 프로필 이미지 사용"),
            ("privacy-consent", "store"): ("na", "매장은 메시지 발송 채널이 아님"),
            ("privacy-notice", "store"): ("na", "매장은 메시지 발송 채널이 아님"),
            ("promo-terms", "social"): ("na", "더블 리워드 데이는 인스타그램에서 집행하지 않음 (릴스는 신메뉴 인지용)"),
            ("promo-notice", "social"): ("na", "인스타그램에서는 쿠폰을 배포하지 않음"),
            ("service-cancel", "social"): ("na", "인스타그램에서는 주문을 받지 않음"),
            ("service-hours", "social"): (None, ""),
            ("privacy-notice", "social"): (None, ""),
        },
        "evidence": {
            ("promo-terms", "store"): "https://drive.byeolbit.example/checks/2025-spring/store-pop.jpg",
        },
    },
    "campaign": {
        "name": "2025 봄 더블 리워드 데이",
        "objective": "벚꽃 시즌 신메뉴로 앱 신규 가입 3만 명, 더블 리워드 데이 3일간 바로픽업 주문 25% 증가",
        "persona": "jieun",
        "start": "2025-03-03",
        "end": "2025-03-31",
        "owner": "marketing",
        "budget": [("social", 42000000), ("web", 6000000), ("app", 8000000), ("push", 2500000),
                   ("kakao", 9500000), ("store", 12000000)],
        "actions": [
            {"touchpoint": "reels", "title": "벚꽃 라떼 릴스 광고 집행", "start": "2025-03-03", "end": "2025-03-23", "cost": 38000000},
            {"touchpoint": "qr_stand", "title": "전 매장 QR 스탠드 교체", "start": "2025-03-03", "end": "2025-03-31", "cost": 7500000},
            {"touchpoint": "friendtalk", "title": "친구톡 더블 리워드 쿠폰 발송", "start": "2025-03-14", "end": "2025-03-14", "cost": 9500000},
            {"touchpoint": "push_promo", "title": "D-day 푸시 (08:00)", "start": "2025-03-14", "end": "2025-03-14", "cost": 0},
            {"touchpoint": "promo_banner", "title": "주문 화면 배너 노출", "start": "2025-03-14", "end": "2025-03-16", "cost": 0},
        ],
    },
    "scenarios": [
        {"key": "shift", "name": "인스타그램 광고 예산 20% 카카오 친구톡으로 이동",
         "description": "릴스 CPM 상승에 대비해 소셜 예산의 20%를 친구톡 타깃 발송으로 옮기면 주문 전환이 어떻게 바뀌는지.",
         "persona": "jieun", "modifiers": [("budget_shift", "social", "kakao", 0.2)]},
        {"key": "no_web", "name": "웹 랜딩페이지 운영 중단",
         "description": "랜딩페이지를 닫고 검색 유입을 앱스토어로 바로 보내는 경우 (대학생 세그먼트).",
         "persona": "junho", "modifiers": [("remove_channel", "web", "", 1.0)]},
    ],
    "comments": [
        {"key": "c1", "item": ("touchpoint", "pickup"), "author": "오세린", "department": "디지털마케팅",
         "time": "2025-03-10T09:12:00+09:00",
         "text": "더블 리워드 데이 기간에 픽업대에도 안내가 필요해 보여요. 매장 POP 가능할까요?"},
        {"key": "c2", "item": ("touchpoint", "pickup"), "replyTo": "c1", "author": "한도윤", "department": "매장운영",
         "time": "2025-03-10T11:40:00+09:00", "text": "POP 제작 일정이 3/13이라 첫날 반영은 어려워요. 점검표에 fail로 남겨 둘게요."},
    ],
    # The gaps this sample is meant to show (see docs/samples.md).
    "expected": [
        ("message.no-keyword", "alimtalk_ready"),
        ("promotion.no-parity", "purchase/store"),
    ],
}

RETAIL = {
    "key": "retail-click-collect",
    "file": "retail-click-collect.omnimap",
    "name": "올데이25 앱 재고조회 · 매장픽업 (BOPIS)",
    "description": ("ALLDAY25 convenience-store click & collect: customers check live store stock in the app, "
                    "reserve and pay, get a KakaoTalk notice when the order is packed, and collect it at the "
                    "counter or from a smart locker. Wine, camping and kids' snack ranges first. Plan of "
                    "마케팅 · CRM · 디지털사업팀 · 가맹운영팀, spring 2025."),
    "locale": "ko",
    "currency": "KRW",
    "brand": {
        "toneOfVoice": "가볍고 명쾌하게, 동네 친구처럼. 숫자(재고·시간)는 정확히, 감탄사는 한 번만.",
        "keywords": ["올데이25", "픽업", "재고"],
        "forbiddenWords": ["최저가", "무조건", "공짜", "품절대란"],
        "palette": ["#6A1B9A", "#00A3A1", "#FFB300", "#E53935", "#2E7D32"],
    },
    "departments": [
        ("marketing", "마케팅", "#6A1B9A"),
        ("crm", "CRM", "#FFB300"),
        ("digital", "디지털사업팀", "#00A3A1"),
        ("franchise", "가맹운영팀", "#E53935"),
    ],
    "channels": [
        ("ads", "포털·SNS 광고", "ads", "#FFB300", "marketing", "네이버 검색광고, 메타 광고 (대행사 운영)"),
        ("social", "인스타그램", "social", "#E53935", "marketing", "@allday25_official 릴스·스토리"),
        ("app", "올데이25 앱", "app", "#6A1B9A", "digital", "재고 조회, 픽업 예약·결제, 멤버십"),
        ("push", "앱 푸시", "push", "#2E7D32", "crm", "광고성 수신 동의 회원 대상, 세그먼트 자동 발송"),
        ("kakao", "카카오 알림톡", "kakao", "#FFB300", "crm", "픽업 준비 완료·기한 리마인드 (정보성)"),
        ("store", "점포", "store", "#00A3A1", "franchise", "전국 1만 7천 점포 중 픽업 참여 9,200점, 스마트 보관함 설치 1,100점"),
    ],
    "personas": [
        {
            "key": "seoyeon",
            "name": "이서연",
            "segment": "퇴근길 1인 가구 직장인",
            "scenario": "퇴근 지하철에서 집 앞 점포의 와인 재고를 확인하고 예약한 뒤, 밤 10시에 스마트 보관함에서 찾아간다.",
            "quote": "가 봤는데 없으면 너무 허무해요. 재고만 확실하면 편의점이 제일 가까운 와인숍이죠.",
            "color": "#6A1B9A",
            "ageBand": "20-29",
            "gender": "F",
            "location": "서울 마포구 망원동",
            "occupation": "광고대행사 AE",
            "income": "연 4,200만 원",
            "goals": ["원하는 와인·간편식을 헛걸음 없이 사기", "늦은 시간에도 비대면으로 받기"],
            "motivations": ["시간 절약", "픽업 전용 할인", "새로운 와인 발견"],
            "painPoints": ["앱 재고와 실제 진열 재고가 다를 때가 있다", "카운터 대기 줄", "성인 인증 절차가 번거롭다"],
            "devices": ["iPhone 14", "MacBook Air"],
            "preferredChannels": [("app", 1.0), ("kakao", 0.7), ("social", 0.6), ("push", 0.4), ("store", 0.5)],
            "segmentRule": {"matchAll": True, "conditions": [
                ("age_band", "eq", ["20-29"]), ("gender", "eq", ["F"]), ("region", "eq", ["Seoul"])]},
            "owner": "crm",
        },
        {
            "key": "minsu",
            "name": "최민수",
            "segment": "주말 캠핑 가족 (대량 픽업)",
            "scenario": "금요일 점심에 캠핑 물품과 아이 간식을 앱에서 점포별 재고로 비교해 예약하고, 토요일 아침 출발길에 한 번에 찾는다.",
            "quote": "애들 간식은 여기저기 품절이라 돌아다니기 바빴는데, 재고를 미리 보니 살 것 같아요.",
            "color": "#2E7D32",
            "ageBand": "40-49",
            "gender": "M",
            "location": "경기 성남시 분당구",
            "occupation": "제조업 품질관리 과장",
            "income": "가구 연 9,000만 원",
            "goals": ["캠핑 준비물을 한 번에 확보", "아이가 찾는 한정 간식 구하기"],
            "motivations": ["주말 시간 절약", "멤버십 포인트", "묶음 할인"],
            "painPoints": ["대량 주문 시 점포 재고가 나뉘어 있다", "픽업 기한(24시간)을 놓칠까 걱정된다"],
            "devices": ["Galaxy S24", "Galaxy Watch"],
            "preferredChannels": [("app", 0.9), ("push", 0.6), ("kakao", 0.8), ("store", 0.7), ("ads", 0.3)],
            "segmentRule": {"matchAll": True, "conditions": [
                ("age_band", "eq", ["40-49"]), ("region", "in", ["Gyeonggi", "Seoul"])]},
            "owner": "marketing",
        },
    ],
    "journey": {
        "key": "main",
        "name": "재고 조회 → 픽업 예약 → 점포 수령",
        "description": "광고·SNS·점포 POP로 픽업 서비스를 알게 된 고객이 앱에서 점포 재고를 확인해 예약·결제하고, 알림톡을 받아 카운터나 스마트 보관함에서 찾아가는 여정.",
        "owner": "digital",
        "review": ("in_review", "박지훈 (디지털사업팀)", "2025-03-18T14:05:00+09:00"),
        "channels": ["ads", "social", "app", "push", "kakao", "store"],
        "stages": [
            {"key": "awareness", "name": "인지",
             "goal": "'편의점에서도 재고 보고 예약한다'는 것을 알린다",
             "actions": ["검색광고에서 '편의점 와인 픽업'을 본다", "인스타 릴스를 저장한다", "점포 계산대 POP를 본다"],
             "thoughts": ["편의점에 와인이 그렇게 많아?", "예약하면 따로 챙겨 두나?"],
             "painPoints": ["픽업 서비스가 있는지 모른다"],
             "opportunities": ["첫 픽업 3,000원 쿠폰으로 시험 사용 유도"],
             "emotions": {"seoyeon": (0.5, 1.5), "minsu": (0.0, 1.5)}},
            {"key": "consideration", "name": "고려",
             "goal": "가까운 점포의 정확한 재고를 보여 준다",
             "actions": ["상품을 검색한다", "점포별 재고를 비교한다", "재입고 알림을 신청한다"],
             "thoughts": ["재고 3개라는데 진짜 있을까?", "집 앞 점포엔 없네"],
             "painPoints": ["재고 정보가 실시간이 아닐 때가 있다", "대량 주문은 여러 점포로 나뉜다"],
             "opportunities": ["재고 갱신 시각 표시", "근처 3개 점포 묶음 예약"],
             "emotions": {"seoyeon": (-1.0, 1.5), "minsu": (-2.0, 1.0)}},
            {"key": "purchase", "name": "구매",
             "goal": "예약·결제 후 헛걸음 없이 수령하게 한다",
             "actions": ["픽업 점포·시간을 정해 결제한다", "준비 완료 알림톡을 받는다", "카운터나 보관함에서 찾는다"],
             "thoughts": ["알림 오면 바로 들를게", "보관함 비밀번호가 어디 있더라?"],
             "painPoints": ["카운터가 붐비면 기다린다", "보관함 인증번호를 찾기 어렵다"],
             "opportunities": ["알림톡에 보관함 번호와 QR 포함", "성인 인증 1회로 간소화"],
             "emotions": {"seoyeon": (-0.5, 2.5), "minsu": (-1.0, 2.5)}},
            {"key": "retention", "name": "유지",
             "goal": "주 1회 픽업 습관을 만든다",
             "actions": ["주문 내역에서 재주문한다", "주말 추천 푸시를 받는다"],
             "thoughts": ["지난번 그 와인 다시 사야지"],
             "painPoints": ["재주문 시 점포를 다시 골라야 한다"],
             "opportunities": ["자주 가는 점포 기억", "캠핑 시즌 묶음 추천"],
             "emotions": {"seoyeon": (1.5, 3.0), "minsu": (1.0, 3.0)}},
            {"key": "advocacy", "name": "옹호",
             "goal": "후기와 공유로 새 픽업 고객을 데려온다",
             "actions": ["픽업 후기를 남긴다", "#올데이픽업 으로 공유한다"],
             "thoughts": ["이거 친구들한테 알려 줘야지"],
             "painPoints": ["후기 포인트가 늦게 들어온다"],
             "opportunities": ["후기 즉시 포인트", "우수 후기 리그램"],
             "emotions": {"seoyeon": (2.0, 3.5), "minsu": (1.5, 3.0)}},
        ],
        "touchpoints": [
            {"key": "search_ad", "stage": "awareness", "channel": "ads", "title": "검색광고 '편의점 와인 픽업'",
             "description": "네이버 파워링크·브랜드검색. 클릭 시 앱 재고 조회 화면 딥링크 (미설치 시 스토어).",
             "message": "올데이25 앱에서 집 앞 점포 와인 재고 확인하고 픽업 예약! 첫 픽업 3,000원 할인.",
             "tags": ["첫픽업쿠폰", "검색광고"], "promo": True},
            {"key": "reels", "stage": "awareness", "channel": "social", "title": "릴스 '퇴근길 3분 와인 픽업'",
             "description": "크리에이터 협업 릴스 3편. 재고 조회 → 예약 → 보관함 수령을 30초에.",
             "message": "재고 보고 예약하고, 퇴근길에 올데이25에서 픽업 끝. 첫 픽업은 3,000원 할인이에요.",
             "tags": ["첫픽업쿠폰", "크리에이터"], "promo": True},
            {"key": "home_banner", "stage": "awareness", "channel": "app", "title": "앱 홈 배너 '첫 픽업 3,000원'",
             "description": "기존 앱 회원 대상 홈 상단 배너. 쿠폰 자동 발급 후 재고 조회로 이동.",
             "message": "올데이25 픽업 처음이세요? 첫 픽업 3,000원 쿠폰을 바로 넣어 드렸어요.",
             "tags": ["첫픽업쿠폰", "배너"], "promo": True},
            {"key": "store_pop", "stage": "awareness", "channel": "store", "title": "계산대 POP · QR",
             "description": "계산대 옆 A5 POP. QR로 앱 재고 조회 화면 연결, 첫 픽업 쿠폰 안내.",
             "message": "오늘 없던 상품, 내일은 예약하세요. QR 찍고 올데이25 재고 확인 + 첫 픽업 3,000원 할인.",
             "tags": ["첫픽업쿠폰", "POP", "QR"], "promo": True, "owner": "franchise"},
            {"key": "stock_lookup", "stage": "consideration", "channel": "app", "title": "실시간 점포 재고 조회",
             "description": "반경 1km 점포의 재고 수량과 갱신 시각(POS 5분 주기). 지도·목록 전환.",
             "message": "지금 망원한강점에 재고 4병 (5분 전 갱신). 올데이25 픽업 예약으로 챙겨 둘게요.",
             "tags": ["재고", "지도"], "mot": True, "size": (1.5, 1.0)},
            {"key": "product_detail", "stage": "consideration", "channel": "app", "title": "상품 상세 · 리뷰 · 페어링",
             "description": "와인 페어링 추천, 구매 후기, 묶음 할인 정보.",
             "message": "함께 픽업하면 좋은 안주까지, 올데이25가 골라 봤어요.",
             "tags": ["상세", "리뷰"]},
            {"key": "restock_push", "stage": "consideration", "channel": "push", "title": "관심 상품 재입고 푸시",
             "description": "재입고 알림 신청 상품이 선택 점포에 입고되면 즉시 발송 (정보성).",
             "message": "기다리던 상품이 망원한강점에 재고 6개로 입고됐어요. 지금 픽업 예약하세요.",
             "tags": ["재입고", "트리거"]},
            {"key": "reserve", "stage": "purchase", "channel": "app", "title": "픽업 예약 · 결제 · 성인 인증",
             "description": "점포·픽업 방식(카운터/보관함) 선택, 결제, 주류는 최초 1회 성인 인증.",
             "message": "예약 완료! 올데이25 망원한강점에서 24시간 안에 픽업해 주세요.",
             "tags": ["결제", "전환"], "mot": True},
            {"key": "ready_alimtalk", "stage": "purchase", "channel": "kakao", "title": "픽업 준비 완료 알림톡",
             "description": "점포에서 상품을 담아 '준비 완료'를 누르면 발송. 수령 바코드·보관함 번호 포함.",
             "message": "[올데이25] 주문하신 상품 픽업 준비가 끝났어요. 보관함 7번, 인증번호는 앱에서 확인하세요.",
             "tags": ["알림톡", "정보성"], "mot": True},
            {"key": "counter_pickup", "stage": "purchase", "channel": "store", "title": "카운터 바코드 수령",
             "description": "근무자가 픽업 바코드를 스캔해 전달. 성인 인증 상품은 신분증 확인.",
             "message": "올데이25 픽업 바코드 보여 주시면 바로 드릴게요.",
             "tags": ["수령", "오프라인"], "mot": True, "owner": "franchise"},
            {"key": "locker", "stage": "purchase", "channel": "store", "title": "스마트 픽업 보관함",
             "description": "1,100개 점포에 설치된 냉장·상온 보관함. 인증번호 입력 후 수령, 24시간 보관.",
             "message": "인증번호를 입력하면 올데이25 픽업 보관함이 열려요. 냉장 칸은 파란색이에요.",
             "tags": ["보관함", "비대면"], "owner": "franchise"},
            {"key": "reorder", "stage": "retention", "channel": "app", "title": "주문 내역 · 원탭 재주문",
             "description": "지난 픽업 주문을 같은 점포로 한 번에 재예약. 재고 없으면 근처 점포 제안.",
             "message": "지난번 그 와인, 올데이25 망원한강점 재고 있어요. 한 번에 다시 픽업할까요?",
             "tags": ["재구매"]},
            {"key": "camping_push", "stage": "retention", "channel": "push", "title": "금요일 캠핑 세트 추천 푸시",
             "description": "4~6월 금요일 11:30, 캠핑 관심 세그먼트 대상. 묶음 세트 예약 딥링크.",
             "message": "(광고) 이번 주말 캠핑 준비, 올데이25 픽업으로 최저가 도전! 숯·얼음·간식 세트 재고 확인하세요.",
             "tags": ["캠핑", "광고성", "세그먼트"]},
            {"key": "review", "stage": "advocacy", "channel": "app", "title": "픽업 후기 · 포인트",
             "description": "수령 2시간 후 후기 요청, 작성 시 멤버십 100P.",
             "message": "올데이25 픽업 어떠셨어요? 후기 남기면 100포인트 드려요.",
             "tags": ["후기", "멤버십"]},
            {"key": "regram", "stage": "advocacy", "channel": "social", "title": "#올데이픽업 후기 리그램",
             "description": "해시태그 게시물 중 주 3건을 공식 계정 스토리에 소개 (동의 후).",
             "message": "#올데이픽업 후기 고마워요! 여러분의 픽업 꿀팁을 소개합니다.",
             "tags": ["UGC"]},
        ],
        "handoffs": [
            ("search_ad", "stock_lookup", "광고 클릭 → 재고 조회 딥링크"),
            ("reels", "stock_lookup", "릴스 링크 → 앱"),
            ("home_banner", "stock_lookup", "배너 → 재고 조회"),
            ("store_pop", "stock_lookup", "POP QR → 앱 재고 조회"),
            ("stock_lookup", "product_detail", "재고 있는 점포 선택"),
            ("restock_push", "reserve", "푸시 탭 → 예약 화면"),
            ("product_detail", "reserve", "픽업 예약하기"),
            ("reserve", "ready_alimtalk", "점포 준비 완료 → 알림톡"),
            ("ready_alimtalk", "counter_pickup", "바코드 제시"),
            ("ready_alimtalk", "locker", "보관함 번호 · 인증번호"),
            ("counter_pickup", "reorder", "수령 완료 → 주문 내역"),
            ("camping_push", "reserve", "푸시 탭 → 캠핑 세트 예약"),
            ("reorder", "review", "재주문 후 후기 요청"),
            ("review", "regram", "우수 후기 리그램"),
        ],
        "roles": {
            "ads": [(P, "검색 수요를 픽업 재고 조회로 연결"), (N, "역할 없음"), (N, "역할 없음"),
                    (N, "리타기팅은 하반기 검토"), (N, "역할 없음")],
            "social": [(P, "크리에이터 릴스로 서비스 인지"), (N, "역할 없음"), (N, "역할 없음"), (N, "역할 없음"),
                       (S, "후기 리그램으로 확산")],
            "app": [(S, "기존 회원에게 첫 픽업 쿠폰"), (P, "재고 조회와 상품 비교의 중심"), (P, "예약·결제"),
                    (P, "원탭 재주문"), (P, "후기와 포인트")],
            "push": [(N, "역할 없음"), (S, "재입고 알림"), (N, "역할 없음"), (S, "주말 캠핑 추천"), (N, "역할 없음")],
            "kakao": [(N, "역할 없음"), (N, "역할 없음"), (P, "준비 완료·보관함 안내"), (N, "역할 없음"), (N, "역할 없음")],
            "store": [(S, "계산대 POP와 QR"), (N, "역할 없음"), (P, "카운터·보관함 수령"), (N, "역할 없음"),
                      (N, "역할 없음")],
        },
    },
    "kpis": [
        {"key": "reach", "name": "픽업 캠페인 도달", "libraryKey": "reach", "unit": "count",
         "baseline": 1500000, "target": 2500000, "stage": "awareness",
         "touchpoints": ["search_ad", "reels"], "owner": "marketing"},
        {"key": "ctr", "name": "검색광고 클릭률", "libraryKey": "ctr", "unit": "percent",
         "baseline": 2.8, "target": 4.0, "stage": "awareness", "channel": "ads", "touchpoints": ["search_ad"],
         "owner": "marketing",
         "binding": {"num": "click", "numStage": "awareness", "numChannel": "ads",
                     "den": "impression", "denStage": "awareness", "denChannel": "ads", "windowDays": 0}},
        {"key": "engagement", "name": "릴스·리그램 참여율", "libraryKey": "engagement_rate", "unit": "percent",
         "baseline": 3.2, "target": 4.5, "channel": "social", "touchpoints": ["reels", "regram"], "owner": "marketing"},
        {"key": "pop_transfer", "name": "POP·배너 → 재고 조회 전환율", "libraryKey": "cross_channel_transfer",
         "unit": "percent", "baseline": 6.0, "target": 10.0, "stage": "consideration",
         "touchpoints": ["store_pop", "home_banner"], "owner": "franchise"},
        {"key": "conversion", "name": "재고 조회 → 픽업 예약 전환율", "libraryKey": "conversion_rate", "unit": "percent",
         "baseline": 9.5, "target": 14.0, "stage": "purchase", "channel": "app",
         "touchpoints": ["stock_lookup", "product_detail", "reserve"], "owner": "digital",
         "binding": {"num": "purchase", "numStage": "purchase", "den": "visit", "denStage": "consideration",
                     "windowDays": 0}},
        {"key": "push_open", "name": "푸시 오픈율", "libraryKey": "open_rate", "unit": "percent",
         "baseline": 5.1, "target": 7.5, "channel": "push", "touchpoints": ["restock_push", "camping_push"],
         "owner": "crm"},
        {"key": "no_show", "name": "픽업 미수령률 (24시간)", "libraryKey": "drop_off_rate", "unit": "percent",
         "baseline": 4.2, "target": 2.0, "direction": "decrease", "stage": "purchase",
         "touchpoints": ["ready_alimtalk", "counter_pickup"], "owner": "franchise"},
        {"key": "aov", "name": "픽업 주문 객단가", "libraryKey": "average_order_value", "unit": "currency",
         "baseline": 23500, "target": 28000, "stage": "purchase", "touchpoints": ["reserve", "counter_pickup"],
         "owner": "digital"},
        {"key": "repeat", "name": "30일 픽업 재이용률", "libraryKey": "repeat_purchase_rate", "unit": "percent",
         "baseline": 22.0, "target": 30.0, "stage": "retention", "touchpoints": ["reorder", "camping_push"],
         "owner": "crm",
         "binding": {"num": "repurchase", "numStage": "retention", "den": "purchase", "denStage": "purchase",
                     "windowDays": 0}},
        {"key": "csat", "name": "픽업 만족도", "libraryKey": "csat", "unit": "percent",
         "baseline": 78.0, "target": 88.0, "stage": "advocacy", "touchpoints": ["review", "regram"], "owner": "digital"},
        {"key": "cpa", "name": "신규 픽업 고객 획득 비용", "libraryKey": "cost_per_acquisition", "unit": "currency",
         "baseline": 9800, "target": 7000, "direction": "decrease",
         "touchpoints": ["search_ad", "reels", "home_banner"], "owner": "marketing"},
    ],
    "template": {
        "name": "올데이25 채널 브랜드 점검표",
        "items": [
            ("tone-casual", "tone", "가볍고 명쾌한 해요체, 감탄사는 한 번만 쓴다", False),
            ("tone-forbidden", "tone", "금지어(최저가·무조건·공짜·품절대란)와 과장 표현이 없다", False),
            ("visual-palette", "visual", "브랜드 팔레트(퍼플·틸·옐로) 안에서만 색을 쓴다", False),
            ("visual-logo", "visual", "올데이25 로고는 최신 버전, 여백 규정 준수", False),
            ("message-stock", "message", "재고 수량과 갱신 시각을 함께 보여 준다", False),
            ("message-keyword", "message", "'올데이25'·'픽업'·'재고' 중 하나 이상이 들어 있다", False),
            ("promo-same", "promotion", "첫 픽업 3,000원 쿠폰의 금액·조건이 모든 채널에서 같다", True),
            ("promo-terms", "promotion", "쿠폰 유효기간과 제외 상품(주류·담배) 표기가 같다", True),
            ("service-deadline", "service", "픽업 기한 24시간과 미수령 시 자동 환불 안내가 있다", False),
            ("service-adult", "service", "주류 픽업 시 성인 인증·신분증 확인 안내가 있다", False),
            ("privacy-consent", "privacy", "광고성 메시지는 수신 동의 고객에게만 (광고) 표기 후 발송", False),
            ("privacy-location", "privacy", "위치 정보 이용 동의를 재고 조회 전에 받는다", False),
        ],
    },
    "checklist": {
        "name": "4월 캠핑 시즌 캠페인 점검",
        "channels": ["ads", "social", "app", "store", "kakao"],
        "reviewers": {
            "ads": ("김나래 (마케팅)", "2025-03-27"),
            "social": ("김나래 (마케팅)", "2025-03-27"),
            "app": ("박지훈 (디지털사업팀)", "2025-03-28"),
            "store": ("윤성호 (가맹운영팀)", "2025-03-31"),
            "kakao": ("서보라 (CRM)", "2025-03-28"),
        },
        "results": {
            ("visual-palette", "ads"): ("fail", "대행사 메타 광고 소재 2종에 비 브랜드 네온 그린 사용 → 4/1 교체 요청"),
            ("promo-terms", "store"): ("fail", "POP에 쿠폰 유효기간(4/30) 표기 누락. 가맹점 공지로 스티커 배포 예정."),
            ("promo-same", "kakao"): ("na", "알림톡은 정보성 메시지만 발송 (프로모션 불가)"),
            ("promo-terms", "kakao"): ("na", "알림톡은 정보성 메시지만 발송 (프로모션 불가)"),
            ("privacy-consent", "kakao"): ("na", "정보성 알림톡"),
            ("privacy-location", "ads"): ("na", "광고에서는 위치 정보를 받지 않음"),
            ("privacy-location", "social"): ("na", "해당 없음"),
            ("privacy-location", "store"): ("na", "해당 없음"),
            ("service-adult", "kakao"): ("na", "알림톡 템플릿에 포함 불가, 앱 화면에서 안내"),
            ("message-stock", "social"): ("na", "릴스는 재고 수치를 다루지 않음"),
            ("message-stock", "ads"): (None, ""),
            ("service-deadline", "social"): (None, ""),
        },
    },
    "campaign": {
        "name": "4월 캠핑 시즌 · 첫 픽업 3,000원",
        "objective": "캠핑·와인 카테고리 픽업 주문 월 12만 건 (+40%), 신규 픽업 고객 3만 명",
        "persona": "minsu",
        "start": "2025-04-01",
        "end": "2025-04-30",
        "owner": "marketing",
        "budget": [("ads", 30000000), ("social", 12000000), ("app", 5000000), ("push", 1000000),
                   ("kakao", 3000000), ("store", 8000000)],
        "actions": [
            {"touchpoint": "search_ad", "title": "검색광고 '캠핑 준비 편의점 픽업' 집행", "start": "2025-04-01", "end": "2025-04-30", "cost": 27000000},
            {"touchpoint": "reels", "title": "크리에이터 릴스 3편 게시", "start": "2025-04-03", "end": "2025-04-17", "cost": 11000000},
            {"touchpoint": "home_banner", "title": "앱 홈 배너 · 쿠폰 자동 발급", "start": "2025-04-01", "end": "2025-04-30", "cost": 0},
            {"touchpoint": "store_pop", "title": "픽업 참여 점포 POP 배포", "start": "2025-04-01", "end": "2025-04-07", "cost": 6400000},
            {"touchpoint": "camping_push", "title": "금요일 캠핑 세트 푸시 (4회)", "start": "2025-04-04", "end": "2025-04-25", "cost": 400000},
        ],
    },
    "scenarios": [
        {"key": "shift", "name": "광고 예산 20% 카카오로 이동",
         "description": "검색광고 CPC 상승 시 광고 예산 20%를 카카오 채널 메시지로 옮기는 경우의 예약 전환 변화.",
         "persona": "minsu", "modifiers": [("budget_shift", "ads", "kakao", 0.2)]},
        {"key": "no_push", "name": "앱 푸시 중단 (수신 동의 재확인 기간)",
         "description": "광고성 수신 동의 2년 재확인 기간 동안 푸시를 보내지 못하는 경우.",
         "persona": "seoyeon", "modifiers": [("remove_channel", "push", "", 1.0)]},
    ],
    "comments": [
        {"key": "c1", "item": ("touchpoint", "camping_push"), "author": "서보라", "department": "CRM",
         "time": "2025-03-28T16:20:00+09:00", "text": "푸시 문구 초안 대행사 버전 그대로예요. 금지어 검토 필요합니다."},
    ],
    "expected": [
        ("message.forbidden-word", "camping_push:최저가"),
        ("touchpoint.no-kpi", "locker"),
    ],
}

BANK = {
    "key": "bank-loan-callcenter",
    "file": "bank-loan-callcenter.omnimap",
    "name": "누리은행 비대면 신용대출 · 상담센터 연계 여정",
    "description": ("Nuri Bank personal-loan journey: a customer checks limit and rate in the app, books a call, "
                    "and the call-centre adviser continues from the same screen (shared screen context, with "
                    "consent) instead of starting over; documents are scraped in the app and the contract is "
                    "signed at a branch when required. Plan of 디지털마케팅부 · 개인여신부 · 고객센터 · "
                    "영업점지원부, reviewed by 금융소비자보호 for advertising rules."),
    "locale": "ko",
    "currency": "KRW",
    "brand": {
        "toneOfVoice": "신뢰감 있고 차분한 존댓말. 금리·한도·조건은 숫자로 정확히, 유불리를 함께 설명한다. 단정·보장 표현 금지.",
        "keywords": ["누리은행", "안심", "이어서"],
        "forbiddenWords": ["무조건 승인", "최저금리 보장", "누구나", "100% 승인", "무심사"],
        "palette": ["#003B71", "#0077C8", "#00B2A9", "#F2A900", "#5B6770", "#C8102E"],
    },
    "departments": [
        ("marketing", "디지털마케팅부", "#0077C8"),
        ("lending", "개인여신부", "#003B71"),
        ("contact", "고객센터", "#00B2A9"),
        ("branch", "영업점지원부", "#F2A900"),
    ],
    "channels": [
        ("ads", "포털 검색광고", "ads", "#F2A900", "marketing", "네이버·다음 검색광고, 대출 비교 플랫폼 제휴 배너"),
        ("web", "누리은행 홈페이지", "web", "#5B6770", "marketing", "상품 안내·대출 계산기·공시 페이지"),
        ("app", "누리뱅킹 앱", "app", "#003B71", "lending", "한도·금리 조회, 상담 예약, 서류 제출, 전자약정"),
        ("push", "앱 푸시", "push", "#C8102E", "lending", "상환일·금리 변동 안내 (정보성 중심)"),
        ("kakao", "카카오 알림톡", "kakao", "#0077C8", "contact", "상담 예약·심사 결과·실행 완료 알림톡"),
        ("call", "대출 상담센터", "call_center", "#00B2A9", "contact", "1599 대출 전문 상담, 앱 화면 맥락 공유 콜백"),
        ("branch", "영업점", "store", "#F2A900", "branch", "예약 창구, 대면 약정·실행, 전세·고액 대출"),
    ],
    "personas": [
        {
            "key": "haneul",
            "name": "정하늘",
            "segment": "첫 신용대출 사회초년생 직장인",
            "scenario": "전세 보증금 차액 1,500만 원이 필요해 앱에서 한도를 조회하고, 조건이 헷갈려 상담을 예약한다. 상담사가 앱에서 본 화면을 이어서 설명해 당일 신청까지 마친다.",
            "quote": "전화하면 처음부터 다시 설명해야 하잖아요. 제가 본 화면을 상담사도 보고 있으면 좋겠어요.",
            "color": "#0077C8",
            "ageBand": "30-39",
            "gender": "F",
            "location": "서울 관악구",
            "occupation": "중견기업 회계팀 대리 (재직 3년)",
            "income": "연 4,800만 원",
            "goals": ["이번 주 안에 대출 실행", "월 상환액을 미리 정확히 알기", "신용점수 영향 최소화"],
            "motivations": ["전세 계약 잔금일", "비대면 금리 우대", "퇴근 후에도 진행 가능"],
            "painPoints": ["상담 전화에서 같은 설명을 반복한다", "필요 서류가 무엇인지 모른다", "영업점 방문 시간을 내기 어렵다"],
            "devices": ["Galaxy S23", "회사 PC (인터넷뱅킹 제한)"],
            "preferredChannels": [("app", 1.0), ("kakao", 0.8), ("call", 0.6), ("web", 0.4), ("branch", 0.2)],
            "segmentRule": {"matchAll": True, "conditions": [
                ("age_band", "eq", ["30-39"]), ("signup_date", "after", ["2022-01-01"]), ("region", "eq", ["Seoul"])]},
            "owner": "lending",
        },
        {
            "key": "youngsook",
            "name": "오영숙",
            "segment": "전화 상담 선호 50대 자영업자",
            "scenario": "가게 운영자금이 필요해 앱 배너를 보고 조회를 시작하지만, 소득 서류 단계에서 막혀 상담센터에 전화한다. 상담사가 진행 단계를 보고 이어서 안내하고, 약정은 가까운 영업점에서 한다.",
            "quote": "앱은 어디까지 했는지 모르겠고, 결국 사람한테 물어봐야 마음이 놓여요.",
            "color": "#C8102E",
            "ageBand": "50-59",
            "gender": "F",
            "location": "경기 수원시 팔달구",
            "occupation": "분식점 운영 (개인사업자 8년)",
            "income": "연 매출 2억 원, 소득 약 5,000만 원",
            "goals": ["운영자금 2,000만 원 마련", "조건을 사람에게 확인받고 진행"],
            "motivations": ["기존 거래 은행이라 안심", "상담사 직접 설명"],
            "painPoints": ["앱의 서류 제출 단계가 어렵다", "상담 대기 시간이 길다", "금리 조건 용어가 어렵다"],
            "devices": ["Galaxy A 시리즈 (큰 글씨 모드)"],
            "preferredChannels": [("call", 1.0), ("branch", 0.8), ("kakao", 0.6), ("app", 0.4)],
            "segmentRule": {"matchAll": True, "conditions": [
                ("age_band", "eq", ["50-59"]), ("region", "eq", ["Gyeonggi"])]},
            "owner": "contact",
        },
    ],
    "journey": {
        "key": "main",
        "name": "앱 한도 조회 → 상담센터 이어서 상담 → 영업점 실행",
        "description": "앱에서 시작한 대출 조회가 상담센터와 영업점으로 넘어갈 때 고객이 처음부터 다시 설명하지 않도록, 화면 맥락(조회 결과·진행 단계)을 동의 하에 공유하는 여정.",
        "owner": "lending",
        "review": ("approved", "강민재 (개인여신부 차장)", "2025-01-20T10:00:00+09:00"),
        "channels": ["ads", "web", "app", "push", "kakao", "call", "branch"],
        "stages": [
            {"key": "awareness", "name": "인지",
             "goal": "비대면 신용대출과 금리 우대를 정확한 조건과 함께 알린다",
             "actions": ["'직장인 신용대출 금리'를 검색한다", "앱 메인 배너를 본다"],
             "thoughts": ["조회만 해도 신용점수 떨어지나?", "은행마다 금리가 얼마나 다르지?"],
             "painPoints": ["광고의 '최저 금리'와 실제 금리가 다르다는 불신"],
             "opportunities": ["금리 범위와 대표 예시를 함께 표시", "조회는 신용점수에 영향 없음 강조"],
             "emotions": {"haneul": (-1.0, 0.5), "youngsook": (-0.5, 0.5)}},
            {"key": "consideration", "name": "탐색·상담",
             "goal": "한도·금리를 1분 안에 확인하고, 막히면 상담사가 이어서 돕게 한다",
             "actions": ["앱에서 한도·금리를 조회한다", "상담을 예약하고 화면 공유에 동의한다", "상담사와 조건을 확인한다"],
             "thoughts": ["이 금리면 월 얼마지?", "또 처음부터 설명해야 하나"],
             "painPoints": ["상담 연결까지 평균 7분 대기", "상담사가 고객의 조회 결과를 모른다"],
             "opportunities": ["콜백 예약", "상담사 화면에 앱 조회 결과·진행 단계 표시"],
             "emotions": {"haneul": (-2.0, 2.0), "youngsook": (-3.0, 1.5)}},
            {"key": "purchase", "name": "신청·실행",
             "goal": "서류 제출부터 실행까지 하루 안에 끝낸다",
             "actions": ["소득 서류를 자동 제출한다", "심사 결과 안내를 받는다", "영업점 예약 창구에서 약정한다"],
             "thoughts": ["서류가 이게 맞나?", "영업점 가면 또 기다리겠지"],
             "painPoints": ["자영업자는 스크래핑 실패가 잦다", "영업점 대기"],
             "opportunities": ["스크래핑 실패 시 상담센터 자동 콜백", "영업점 방문 예약 번호표"],
             "emotions": {"haneul": (0.0, 2.5), "youngsook": (-1.5, 2.0)}},
            {"key": "retention", "name": "상환·관리",
             "goal": "연체 없이 상환하고 금리인하요구권 등 권리를 알게 한다",
             "actions": ["상환 일정을 확인한다", "상환일 알림을 받는다", "금리인하요구권을 신청한다"],
             "thoughts": ["이번 달 상환일이 언제였지?", "승진했는데 금리 낮출 수 있나?"],
             "painPoints": ["실행 후 은행과 연락이 끊긴 느낌", "권리 안내를 받은 적이 없다"],
             "opportunities": ["실행 직후 앱 상환 관리 온보딩", "연봉 변동 시 금리인하요구권 안내"],
             "emotions": {"haneul": (0.5, 2.5), "youngsook": (0.0, 2.0)}},
            {"key": "advocacy", "name": "추천",
             "goal": "좋은 상담 경험을 만족도와 추천으로 연결한다",
             "actions": ["해피콜 설문에 답한다", "앱 리뷰를 남긴다"],
             "thoughts": ["상담사가 친절해서 다음에도 여기서 할래"],
             "painPoints": ["설문이 너무 길다"],
             "opportunities": ["3문항 알림톡 설문", "상담사 칭찬 접수"],
             "emotions": {"haneul": (1.5, 3.0), "youngsook": (1.5, 3.5)}},
        ],
        "touchpoints": [
            {"key": "search_ad", "stage": "awareness", "channel": "ads", "title": "검색광고 '비대면 신용대출'",
             "description": "금융소비자보호법 광고 심의 필. 금리 범위·대표 예시·심의필 번호 표기.",
             "message": "누리은행 비대면 신용대출, 조회는 신용점수 영향 없이 안심하고. 비대면 신청 시 금리 0.3%p 우대 (연 4.9~8.2%, 심사에 따라 달라짐).",
             "tags": ["금리우대", "광고심의"], "promo": True},
            {"key": "product_page", "stage": "awareness", "channel": "web", "title": "신용대출 상품 안내 · 계산기",
             "description": "금리 범위, 중도상환수수료, 월 상환액 계산기, 상품설명서 PDF.",
             "message": "누리은행 직장인 신용대출: 비대면 신청 시 금리 0.3%p 우대. 월 상환액을 먼저 계산해 보세요.",
             "tags": ["금리우대", "계산기", "공시"], "promo": True},
            {"key": "app_banner", "stage": "awareness", "channel": "app", "title": "앱 메인 배너 '1분 한도 조회'",
             "description": "급여 이체 고객 대상 메인 배너. 금리 우대 조건과 유의사항 링크.",
             "message": "급여 고객님, 누리은행 1분 한도 조회로 비대면 금리 0.3%p 우대를 확인하세요.",
             "tags": ["금리우대", "배너"], "promo": True, "owner": "marketing"},
            {"key": "limit_check", "stage": "consideration", "channel": "app", "title": "1분 한도·금리 조회",
             "description": "소득·재직 자동 확인, 신용점수 영향 없는 조회. 결과 화면에 월 상환액과 '상담 예약' 버튼.",
             "message": "조회는 신용점수에 영향이 없어 안심하세요. 예상 한도 2,000만 원, 연 5.4% (월 상환 약 38만 원).",
             "tags": ["조회", "셀프서비스"], "mot": True, "size": (1.5, 1.0)},
            {"key": "book_call", "stage": "consideration", "channel": "app", "title": "상담 예약 · 화면 공유 동의",
             "description": "원하는 시간대 콜백 예약. 조회 결과·진행 단계를 상담사와 공유하는 데 동의 (철회 가능).",
             "message": "상담사가 지금 보신 조회 결과를 이어서 설명해 드려요. 공유에 동의하시면 처음부터 말씀하실 필요가 없어요.",
             "tags": ["상담예약", "동의"], "mot": True},
            {"key": "booking_alimtalk", "stage": "consideration", "channel": "kakao", "title": "상담 예약 확인 알림톡",
             "description": "예약 시각, 상담사 이름, 변경·취소 링크.",
             "message": "[누리은행] 오늘 19:30 대출 상담이 예약되었어요. 조회하신 내용은 상담사가 이어서 안내합니다.",
             "tags": ["알림톡", "정보성"]},
            {"key": "callback", "stage": "consideration", "channel": "call", "title": "맥락 공유 콜백 상담",
             "description": "상담사 화면에 고객의 조회 결과·이탈 단계·예약 메모 표시. 본인 확인 후 이어서 상담, 필요 시 화면 공동 탐색.",
             "message": "정하늘 고객님, 누리은행 대출 상담사 이지원입니다. 앱에서 조회하신 2,000만 원 한도 기준으로 이어서 안내해 드릴게요.",
             "tags": ["콜백", "화면공유", "핸드오프"], "mot": True, "size": (1.5, 1.25), "owner": "contact"},
            {"key": "docs", "stage": "purchase", "channel": "app", "title": "서류 자동 제출 (스크래핑)",
             "description": "건강보험·국세청 서류 자동 제출. 실패 시 상담센터 자동 콜백 요청 생성.",
             "message": "서류는 누리은행이 안심하고 자동으로 받아 올게요. 동의만 해 주세요.",
             "tags": ["서류", "자동화"]},
            {"key": "result_call", "stage": "purchase", "channel": "call", "title": "심사 결과 안내 · 조건 설명",
             "description": "승인 조건·금리·중도상환수수료 설명 의무 이행, 녹취. 영업점 약정 필요 시 예약 연결.",
             "message": "누리은행 심사 결과를 안내드려요. 금리와 중도상환수수료를 하나씩 설명드릴게요.",
             "tags": ["설명의무", "녹취"], "owner": "contact"},
            {"key": "branch_sign", "stage": "purchase", "channel": "branch", "title": "영업점 예약 창구 약정·실행",
             "description": "상담 이력과 서류가 창구 단말에 이미 떠 있는 상태로 약정. 대기 없이 예약 번호로 호출.",
             "message": "예약하신 누리은행 수원팔달지점 3번 창구입니다. 상담 내용을 이어서 확인하고 바로 약정하실 수 있어요.",
             "tags": ["대면", "약정"], "mot": True, "owner": "branch"},
            {"key": "done_alimtalk", "stage": "purchase", "channel": "kakao", "title": "대출 실행 완료 알림톡",
             "description": "실행 금액, 입금 계좌, 첫 상환일, 청약철회권 안내.",
             "message": "[누리은행] 대출 2,000만 원이 실행되었어요. 14일 안에 청약 철회가 가능하니 안심하세요.",
             "tags": ["알림톡", "법정안내"]},
            {"key": "repay", "stage": "retention", "channel": "app", "title": "상환 일정 · 자동이체 관리",
             "description": "월 상환액·잔액·중도상환 시뮬레이션.",
             "message": "다음 상환일은 5월 25일, 38만 2천 원이에요. 누리은행 자동이체로 안심 상환하세요.",
             "tags": ["상환"]},
            {"key": "repay_push", "stage": "retention", "channel": "push", "title": "상환일 D-3 알림",
             "description": "정보성 푸시. 잔액 부족 예상 시 문구 변경.",
             "message": "누리은행 대출 상환일이 3일 남았어요. 출금 계좌 잔액을 확인해 주세요.",
             "tags": ["상환", "정보성"]},
            {"key": "rate_cut", "stage": "retention", "channel": "kakao", "title": "금리인하요구권 안내 알림톡",
             "description": "연 2회 법정 안내 + 승진·연봉 변동 신호 시 추가 안내.",
             "message": "[누리은행] 승진·소득 증가가 있으셨다면 금리인하요구권을 신청할 수 있어요. 앱에서 이어서 신청하세요.",
             "tags": ["법정안내", "권리"]},
            {"key": "happycall", "stage": "advocacy", "channel": "call", "title": "해피콜 만족도 조사",
             "description": "실행 7일 후 3문항 (상담 이해도, 대기 시간, 추천 의향).",
             "message": "누리은행 상담은 어떠셨나요? 세 가지만 여쭤볼게요.",
             "tags": ["NPS", "VOC"], "owner": "contact"},
            {"key": "app_review", "stage": "advocacy", "channel": "app", "title": "앱 리뷰 · 상담사 칭찬 접수",
             "description": "만족 응답 고객에게만 스토어 리뷰 요청, 상담사 칭찬은 인사 평가에 반영.",
             "message": "이어서 상담이 도움이 되셨다면 누리뱅킹 앱 리뷰로 알려 주세요.",
             "tags": ["리뷰"]},
        ],
        "handoffs": [
            ("search_ad", "limit_check", "광고 → 앱 한도 조회 (미설치 시 웹 조회)"),
            ("product_page", "limit_check", "'1분 한도 조회' 버튼"),
            ("app_banner", "limit_check", "배너 탭"),
            ("limit_check", "book_call", "결과 화면 '상담 예약'"),
            ("book_call", "booking_alimtalk", "예약 확인"),
            ("booking_alimtalk", "callback", "예약 시각 콜백 (화면 맥락 공유)"),
            ("callback", "docs", "상담 중 앱 서류 제출 링크 발송"),
            ("docs", "result_call", "심사 완료 → 결과 안내 콜"),
            ("result_call", "branch_sign", "영업점 방문 예약 (상담 이력 전달)"),
            ("branch_sign", "done_alimtalk", "실행 완료 알림"),
            ("rate_cut", "repay", "알림톡 → 앱 신청 화면"),
            ("repay", "app_review", "상환 관리 화면 → 리뷰 요청"),
            ("repay_push", "repay", "푸시 탭 → 상환 일정"),
        ],
        "roles": {
            "ads": [(P, "검색 수요를 조회로 연결 (광고 심의 준수)"), (N, "역할 없음"), (N, "역할 없음"),
                    (N, "역할 없음"), (N, "역할 없음")],
            "web": [(S, "상품 공시와 계산기로 조건 이해"), (N, "조회는 앱으로 일원화"), (N, "역할 없음"),
                    (N, "역할 없음"), (N, "역할 없음")],
            "app": [(S, "급여 고객 대상 배너"), (P, "셀프 조회와 상담 예약"), (P, "서류 제출"),
                    (P, "상환 관리·권리 신청"), (S, "리뷰 요청")],
            "push": [(N, "광고성 푸시 미사용"), (N, "역할 없음"), (N, "역할 없음"), (S, "상환일 알림"), (N, "역할 없음")],
            "kakao": [(N, "역할 없음"), (S, "예약 확인"), (S, "실행 완료·법정 안내"), (S, "금리인하요구권 안내"),
                      (N, "역할 없음")],
            "call": [(N, "역할 없음"), (P, "맥락 공유 콜백으로 이어서 상담"), (S, "심사 결과·설명 의무"),
                     (N, "상환 문의는 ARS"), (P, "해피콜")],
            "branch": [(N, "역할 없음"), (N, "역할 없음"), (P, "대면 약정·실행"), (N, "역할 없음"), (N, "역할 없음")],
        },
    },
    "kpis": [
        {"key": "ctr", "name": "검색광고 클릭률", "libraryKey": "ctr", "unit": "percent",
         "baseline": 1.9, "target": 2.6, "stage": "awareness", "channel": "ads", "touchpoints": ["search_ad"],
         "owner": "marketing",
         "binding": {"num": "click", "numStage": "awareness", "numChannel": "ads",
                     "den": "impression", "denStage": "awareness", "denChannel": "ads", "windowDays": 0}},
        {"key": "reach", "name": "급여 고객 배너·상품 페이지 도달", "libraryKey": "reach", "unit": "count",
         "baseline": 420000, "target": 600000, "stage": "awareness", "touchpoints": ["product_page", "app_banner"],
         "owner": "marketing"},
        {"key": "lookup_conv", "name": "한도 조회 → 신청 전환율", "libraryKey": "conversion_rate", "unit": "percent",
         "baseline": 11.0, "target": 16.0, "stage": "purchase", "touchpoints": ["limit_check", "docs"],
         "owner": "lending",
         "binding": {"num": "purchase", "numStage": "purchase", "den": "visit", "denStage": "consideration",
                     "windowDays": 0}},
        {"key": "transfer", "name": "앱 → 상담센터 맥락 공유 연결률", "libraryKey": "cross_channel_transfer",
         "unit": "percent", "baseline": 35.0, "target": 70.0, "stage": "consideration",
         "touchpoints": ["book_call", "booking_alimtalk", "callback"], "owner": "contact",
         "binding": {"num": "inquiry", "numStage": "consideration", "numChannel": "call",
                     "den": "inquiry", "denStage": "consideration", "denChannel": "app", "windowDays": 0}},
        {"key": "handle_time", "name": "상담 평균 처리 시간 (분)", "unit": "duration", "baseline": 14.0, "target": 9.0,
         "direction": "decrease", "channel": "call", "touchpoints": ["callback", "result_call"], "owner": "contact"},
        {"key": "drop", "name": "신청 단계 이탈률", "libraryKey": "drop_off_rate", "unit": "percent",
         "baseline": 38.0, "target": 25.0, "direction": "decrease", "stage": "purchase",
         "touchpoints": ["docs", "result_call", "branch_sign", "done_alimtalk"], "owner": "lending"},
        {"key": "ttc", "name": "조회 → 실행 소요 시간 (시간)", "libraryKey": "time_to_convert", "unit": "duration",
         "baseline": 96.0, "target": 24.0, "direction": "decrease", "touchpoints": ["limit_check", "branch_sign"],
         "owner": "lending"},
        {"key": "churn", "name": "중도 상환 후 이탈률 (12개월)", "libraryKey": "churn_rate", "unit": "percent",
         "baseline": 18.0, "target": 12.0, "direction": "decrease", "stage": "retention",
         "touchpoints": ["repay", "repay_push", "rate_cut"], "owner": "lending"},
        {"key": "nps", "name": "대출 상담 NPS", "libraryKey": "nps", "unit": "score", "baseline": 21, "target": 40,
         "stage": "advocacy", "touchpoints": ["happycall", "app_review"], "owner": "contact"},
        {"key": "clv", "name": "대출 고객 생애 가치", "libraryKey": "clv", "unit": "currency",
         "baseline": 1250000, "target": 1600000, "touchpoints": ["repay", "rate_cut"], "owner": "lending"},
    ],
    "template": {
        "name": "누리은행 채널 점검표 (금융소비자보호 포함)",
        "items": [
            ("tone-calm", "tone", "차분한 존댓말, 단정·보장 표현 없이 조건을 함께 말한다", False),
            ("tone-forbidden", "tone", "금지어(무조건 승인·최저금리 보장·누구나·100% 승인·무심사)가 없다", False),
            ("visual-palette", "visual", "누리 블루 팔레트와 CI 로고 규정을 지킨다", False),
            ("visual-size", "visual", "금리·유의사항 글자 크기가 본문의 2/3 이상이다", False),
            ("message-range", "message", "금리는 범위와 대표 예시를 함께, 심사에 따라 달라짐을 표기한다", False),
            ("message-keyword", "message", "'누리은행'·'안심'·'이어서' 중 하나 이상 들어 있다", False),
            ("promo-rate", "promotion", "비대면 금리 0.3%p 우대의 조건과 기간이 채널마다 같다", True),
            ("promo-terms", "promotion", "우대 금리 적용 제외 조건과 종료일 표기가 같다", True),
            ("service-handoff", "service", "상담 연결 시 화면 맥락 공유 동의와 철회 방법을 안내한다", False),
            ("service-hours", "service", "상담 가능 시간과 콜백 예약 방법을 안내한다", False),
            ("privacy-consent", "privacy", "개인(신용)정보 조회·공유 동의를 항목별로 받는다", False),
            ("privacy-record", "privacy", "녹취·설명의무 이행 사실을 고지한다", False),
            ("privacy-review", "privacy", "광고는 준법감시 심의필 번호를 표기한다", False),
        ],
    },
    "checklist": {
        "name": "2025 상반기 신용대출 채널 점검",
        "channels": ["ads", "web", "app", "call", "branch"],
        "reviewers": {
            "ads": ("문서현 (금융소비자보호)", "2025-01-15"),
            "web": ("문서현 (금융소비자보호)", "2025-01-15"),
            "app": ("배준영 (개인여신부)", "2025-01-16"),
            "call": ("이지원 (고객센터 QA)", "2025-01-17"),
            "branch": ("조은비 (영업점지원부)", "2025-01-17"),
        },
        "results": {
            ("visual-size", "ads"): ("fail", "배너형 광고 소재의 유의사항 글자가 본문의 1/2 수준 → 재심의 요청 (심의 2025-0117)"),
            ("service-handoff", "call"): ("fail", "상담 스크립트에 화면 공유 동의 철회 방법 누락. 1/24 스크립트 개정 예정."),
            ("promo-rate", "call"): ("na", "금리 우대는 비대면 신청 전용, 상담센터는 안내만 하고 프로모션 대상 아님"),
            ("promo-terms", "call"): ("na", "비대면 전용 프로모션"),
            ("promo-rate", "branch"): ("na", "비대면 전용 프로모션 (영업점 신청은 대상 아님)"),
            ("promo-terms", "branch"): ("na", "비대면 전용 프로모션"),
            ("visual-palette", "call"): ("na", "음성 채널"),
            ("visual-size", "call"): ("na", "음성 채널"),
            ("privacy-review", "call"): ("na", "광고 아님"),
            ("privacy-review", "branch"): ("na", "광고 아님"),
            ("privacy-review", "app"): ("pass", "배너 심의필 2025-0102 표기 확인"),
            ("privacy-record", "web"): ("na", "녹취 대상 아님"),
            ("privacy-record", "ads"): ("na", "녹취 대상 아님"),
            ("service-handoff", "ads"): ("na", "해당 없음"),
        },
        "evidence": {
            ("visual-size", "ads"): "https://compliance.nuribank.example/review/2025-0117",
        },
    },
    "campaign": {
        "name": "봄 이사철 비대면 신용대출",
        "objective": "2~3월 비대면 신용대출 신청 8,000건, 상담 연결 고객의 당일 신청률 50%",
        "persona": "haneul",
        "start": "2025-02-03",
        "end": "2025-03-31",
        "owner": "marketing",
        "budget": [("ads", 180000000), ("web", 15000000), ("app", 20000000), ("kakao", 6000000),
                   ("call", 40000000), ("branch", 10000000)],
        "actions": [
            {"touchpoint": "search_ad", "title": "검색광고 '이사철 신용대출' 집행", "start": "2025-02-03", "end": "2025-03-31", "cost": 165000000},
            {"touchpoint": "product_page", "title": "상품 페이지 금리 우대 배너 교체", "start": "2025-02-03", "end": "2025-03-31", "cost": 4000000},
            {"touchpoint": "app_banner", "title": "급여 고객 앱 메인 배너", "start": "2025-02-10", "end": "2025-03-23", "cost": 0},
            {"touchpoint": "callback", "title": "저녁 콜백 상담 인력 12명 증원", "start": "2025-02-03", "end": "2025-03-31", "cost": 36000000},
            {"touchpoint": "branch_sign", "title": "예약 창구 운영 (주요 30개 점)", "start": "2025-02-17", "end": "2025-03-31", "cost": 9000000},
        ],
    },
    "scenarios": [
        {"key": "shift", "name": "검색광고 예산 20% 카카오로 이동",
         "description": "검색광고 예산의 20%를 카카오 채널 타깃 메시지(급여 고객)로 옮기면 조회·신청이 어떻게 바뀌는지.",
         "persona": "haneul", "modifiers": [("budget_shift", "ads", "kakao", 0.2)]},
        {"key": "no_branch", "name": "영업점 약정 없이 전자약정만",
         "description": "영업점 약정 단계를 없애고 앱 전자약정으로 끝내는 경우 (50대 자영업자 세그먼트).",
         "persona": "youngsook", "modifiers": [("remove_channel", "branch", "", 1.0)]},
    ],
    "comments": [
        {"key": "c1", "item": ("touchpoint", "done_alimtalk"), "author": "강민재", "department": "개인여신부",
         "time": "2025-01-21T09:30:00+09:00",
         "text": "실행 이후 앱 상환 관리로 넘어가는 연결이 없어요. 실행 완료 알림톡에 상환 일정 링크를 넣을 수 있을까요?"},
    ],
    "expected": [
        ("journey.no-handoff", "purchase->retention"),
    ],
}

TRAVEL = {
    "key": "travel-booking-kiosk",
    "file": "travel-booking-kiosk.omnimap",
    "name": "Bluewing Air — search to boarding (Spring 2025)",
    "description": ("Bluewing Air's end-to-end journey for leisure and business travellers: inspiration from "
                    "search and social ads and the Spring Sale, fare comparison on bluewing.com, booking in the "
                    "app, check-in at the airport kiosk with self bag drop, boarding and gate notices on the "
                    "smartwatch, and SkyPass miles after the trip. Owned by Marketing with CRM & Loyalty, "
                    "Digital Product and Airport Operations."),
    "locale": "en",
    "currency": "USD",
    "brand": {
        "toneOfVoice": "Warm, calm and clear. Short sentences, plain words, no pressure. We tell travellers what happens next.",
        "keywords": ["Bluewing", "SkyPass", "fly easy"],
        "forbiddenWords": ["cheapest", "guaranteed lowest", "hurry", "last chance", "act now"],
        "palette": ["#0A2540", "#1F6FEB", "#4CC9F0", "#F4A261", "#2A9D8F", "#E76F51"],
    },
    "departments": [
        ("marketing", "Marketing", "#1F6FEB"),
        ("crm", "CRM & Loyalty", "#2A9D8F"),
        ("digital", "Digital Product", "#0A2540"),
        ("airport", "Airport Operations", "#F4A261"),
    ],
    "channels": [
        ("ads", "Search & social ads", "ads", "#F4A261", "marketing", "Google Search, Meta and YouTube pre-roll, run by the media agency"),
        ("web", "bluewing.com", "web", "#1F6FEB", "digital", "Fare calendar, compare, manage booking"),
        ("email", "Email", "email", "#2A9D8F", "crm", "Newsletter, booking confirmation, trip reminders, post-trip survey"),
        ("app", "Bluewing app", "app", "#0A2540", "digital", "Booking, online check-in, mobile boarding pass, SkyPass wallet"),
        ("kiosk", "Airport kiosk", "kiosk", "#4CC9F0", "airport", "Check-in kiosks and self bag drop at ICN T2, SFO and HNL"),
        ("wearable", "Smartwatch", "wearable", "#E76F51", "digital", "Apple Watch and Wear OS companion: gate, boarding and baggage notices"),
    ],
    "personas": [
        {
            "key": "maya",
            "name": "Maya Chen",
            "segment": "Frequent business traveller",
            "scenario": "Books a Seoul trip two weeks ahead on her laptop after a search ad, finishes in the app, checks in at the kiosk with a cabin bag only and follows gate changes on her watch.",
            "quote": "I don't mind paying a little more if I never have to queue or guess which gate.",
            "color": "#1F6FEB",
            "ageBand": "30-39",
            "gender": "F",
            "location": "San Francisco, CA",
            "occupation": "Product manager at a SaaS company",
            "income": "USD 165,000 a year",
            "goals": ["Door to gate in under 45 minutes", "Keep SkyPass Gold status", "Expense-ready receipts"],
            "motivations": ["Predictable travel days", "Lounge access and miles", "Fewer apps and paper"],
            "painPoints": ["Gate changes announced late", "Kiosk asks again for passport details already in the app", "Fare rules hard to compare"],
            "devices": ["iPhone 15 Pro", "Apple Watch Series 9", "MacBook Pro"],
            "preferredChannels": [("app", 1.0), ("wearable", 0.8), ("email", 0.6), ("web", 0.5), ("kiosk", 0.4)],
            "segmentRule": {"matchAll": True, "conditions": [
                ("age_band", "eq", ["30-39"]), ("region", "eq", ["California"]), ("gender", "eq", ["F"])]},
            "owner": "crm",
        },
        {
            "key": "park_family",
            "name": "Daniel Park (family of four)",
            "segment": "Holiday family travellers",
            "scenario": "Plans a Honolulu holiday from Seoul during the Spring Sale, compares fares on the web for a week, books in the app and drops three bags at the self bag drop with two children in tow.",
            "quote": "With two kids, every queue we skip is a small miracle.",
            "color": "#E76F51",
            "ageBand": "40-49",
            "gender": "M",
            "location": "Seoul, South Korea",
            "occupation": "Civil engineer",
            "income": "KRW 110 million household a year",
            "goals": ["Four seats together at a fair price", "Bags checked without a long queue", "Use miles for the next trip"],
            "motivations": ["Spring Sale fares", "Family seating", "Collecting SkyPass miles"],
            "painPoints": ["Prices change while comparing", "Kiosk steps confusing with four passports", "Children's meal requests get lost"],
            "devices": ["Galaxy S24", "Galaxy Watch 6", "Home PC"],
            "preferredChannels": [("web", 0.9), ("app", 0.8), ("email", 0.7), ("kiosk", 0.5), ("ads", 0.3)],
            "segmentRule": {"matchAll": True, "conditions": [
                ("age_band", "eq", ["40-49"]), ("region", "eq", ["Seoul"])]},
            "owner": "marketing",
        },
    ],
    "journey": {
        "key": "main",
        "name": "Search → app booking → kiosk check-in → watch notices",
        "description": "From the first search to the gate and home again, with every hand-off between channels drawn so nobody re-enters what they already told us.",
        "owner": "marketing",
        "review": ("approved", "Laura Kim (Head of CX)", "2025-02-12T16:45:00-08:00"),
        "channels": ["ads", "web", "email", "app", "kiosk", "wearable"],
        "stages": [
            {"key": "inspire", "name": "Inspire",
             "goal": "Put Bluewing and the Spring Sale on the shortlist",
             "actions": ["Searches 'flights to Seoul'", "Sees a Spring Sale video", "Opens the members' newsletter"],
             "thoughts": ["Is this actually cheaper than last time?", "Which airline has the better schedule?"],
             "painPoints": ["Too many ads with prices that don't match the booking page"],
             "opportunities": ["Show the same fare from the ad to the checkout", "Members see their miles balance"],
             "emotions": {"maya": (0.5, 1.5), "park_family": (1.5, 2.5)}},
            {"key": "plan", "name": "Plan & compare",
             "goal": "Make fares, schedules and rules easy to compare",
             "actions": ["Uses the fare calendar", "Compares fare families", "Sets a price alert"],
             "thoughts": ["Will the price go up tomorrow?", "Do I get seats together?"],
             "painPoints": ["Fare rules in small print", "Price changes between devices"],
             "opportunities": ["Saved search synced between web and app", "Family seating shown up front"],
             "emotions": {"maya": (-0.5, 1.5), "park_family": (-1.5, 1.5)}},
            {"key": "book", "name": "Book",
             "goal": "Book in under three minutes in the app",
             "actions": ["Continues the saved search in the app", "Pays with Apple Pay or card", "Receives the e-ticket"],
             "thoughts": ["Did it go through?", "Where is my receipt?"],
             "painPoints": ["Passenger details typed four times", "Confirmation email arrives late"],
             "opportunities": ["Passport scan with the camera", "Instant confirmation in the app wallet"],
             "emotions": {"maya": (1.0, 3.0), "park_family": (0.0, 2.5)}},
            {"key": "fly", "name": "Travel day",
             "goal": "Door to gate without queues or surprises",
             "actions": ["Checks in online", "Prints bag tags at the kiosk", "Drops bags", "Follows gate changes on the watch"],
             "thoughts": ["Which gate again?", "Will the kiosk read my passport?"],
             "painPoints": ["Kiosk asks for data already given", "Gate change only announced in the terminal"],
             "opportunities": ["Kiosk reads the app's QR and skips questions", "Watch notice with walking time to the new gate"],
             "emotions": {"maya": (-1.5, 2.5), "park_family": (-3.0, 1.5)}},
            {"key": "share", "name": "Return & share",
             "goal": "Turn a smooth trip into miles, a review and the next booking",
             "actions": ["Sees miles credited", "Answers the post-trip survey", "Starts planning the next trip"],
             "thoughts": ["That was easy — I'll book the summer trip here too"],
             "painPoints": ["Miles take two weeks to appear"],
             "opportunities": ["Credit miles within 48 hours", "Offer a saved search for the next trip"],
             "emotions": {"maya": (2.0, 3.5), "park_family": (2.0, 4.0)}},
        ],
        "touchpoints": [
            {"key": "search_ad", "stage": "inspire", "channel": "ads", "title": "Spring Sale search ad",
             "description": "Google Search ads on route keywords; the ad shows the same lead fare as the landing page.",
             "message": "Fly easy to Seoul with Bluewing. Spring Sale fares from $689 return, seats together included.",
             "tags": ["spring-sale", "search"], "promo": True},
            {"key": "sale_page", "stage": "inspire", "channel": "web", "title": "Spring Sale landing page",
             "description": "Routes, travel windows and fare rules of the sale; deep link into the fare calendar.",
             "message": "Bluewing Spring Sale: book by March 31, travel April to June. Same fare on web and app.",
             "tags": ["spring-sale", "landing"], "promo": True},
            {"key": "newsletter", "stage": "inspire", "channel": "email", "title": "Members' Spring Sale newsletter",
             "description": "SkyPass members, personalised by home airport, with their miles balance.",
             "message": "Maya, the Bluewing Spring Sale is on — and you have 42,300 SkyPass miles to combine with it.",
             "tags": ["spring-sale", "members"], "promo": True, "owner": "crm"},
            {"key": "app_sale", "stage": "inspire", "channel": "app", "title": "In-app Spring Sale card",
             "description": "Home-screen card for signed-in users, pre-filled with their most searched route.",
             "message": "Spring Sale on your usual route: fly easy with Bluewing from $689 return.",
             "tags": ["spring-sale", "personalised"], "promo": True},
            {"key": "fare_calendar", "stage": "plan", "channel": "web", "title": "Fare calendar & compare",
             "description": "Month view of lowest fares; fare families side by side with bags, seats and changes.",
             "message": "Compare Bluewing fares by day and see exactly what each fare includes.",
             "tags": ["compare"], "mot": True, "size": (1.5, 1.0)},
            {"key": "price_alert", "stage": "plan", "channel": "app", "title": "Saved search & price alert",
             "description": "A search saved on the web shows up in the app; alert when the fare drops.",
             "message": "We'll tell you if your Bluewing fare to Honolulu changes. Your search is saved on all your devices.",
             "tags": ["alert", "cross-device"]},
            {"key": "reminder_email", "stage": "plan", "channel": "email", "title": "Saved-search reminder",
             "description": "48 h after an abandoned search, with the current fare and a link into the app.",
             "message": "Still thinking about Seoul? Your Bluewing fare is held in your saved search.",
             "tags": ["abandoned-search"], "owner": "crm"},
            {"key": "app_booking", "stage": "book", "channel": "app", "title": "Book & pay in the app",
             "description": "Continues the saved search, passport scan for every passenger, Apple Pay / Google Pay.",
             "message": "You're booked. Your Bluewing trip is in the app wallet, and your SkyPass miles are on their way.",
             "tags": ["booking", "conversion"], "mot": True, "size": (1.5, 1.0)},
            {"key": "confirmation", "stage": "book", "channel": "email", "title": "Booking confirmation & e-ticket",
             "description": "Sent within 60 seconds: itinerary, receipt, fare rules, link to manage booking.",
             "message": "Your Bluewing e-ticket and receipt. Everything you need is also in the app.",
             "tags": ["transactional"], "owner": "crm"},
            {"key": "online_checkin", "stage": "fly", "channel": "app", "title": "Online check-in (24 h before)",
             "description": "Check-in opens 24 h before departure; seats, meal requests, QR for the kiosk.",
             "message": "Check-in is open. Fly easy: check in now and the kiosk will only print your bag tags.",
             "tags": ["check-in"]},
            {"key": "kiosk_checkin", "stage": "fly", "channel": "kiosk", "title": "Kiosk check-in & bag tags",
             "description": "Scan the app QR; the kiosk skips questions already answered and prints bag tags.",
             "message": "Welcome to Bluewing. Scan your app QR code — we already have your details.",
             "tags": ["kiosk", "airport"], "mot": True, "size": (1.5, 1.25)},
            {"key": "bag_drop", "stage": "fly", "channel": "kiosk", "title": "Self bag drop",
             "description": "Weigh and drop tagged bags; overweight fee payable at the belt by card.",
             "message": "Place your Bluewing-tagged bag on the belt. Your bag receipt goes to the app.",
             "tags": ["bags", "airport"]},
            {"key": "watch_gate", "stage": "fly", "channel": "wearable", "title": "Gate & boarding notice on the watch",
             "description": "Gate assignment, gate change with walking time, boarding call, and bag-on-belt notice.",
             "message": "Gate changed: 24 → 31. 9 min walk. Boarding 10:40.",
             "tags": ["notification", "real-time"], "mot": True},
            {"key": "boarding_pass", "stage": "fly", "channel": "app", "title": "Mobile boarding pass",
             "description": "Wallet pass with live gate and seat; works offline.",
             "message": "Your Bluewing boarding pass updates itself if your gate changes.",
             "tags": ["wallet"]},
            {"key": "miles", "stage": "share", "channel": "app", "title": "SkyPass miles credited",
             "description": "Miles and status progress within 48 h of landing; saved search for the next trip.",
             "message": "Welcome home. 5,840 SkyPass miles are in your account — 1,200 more to Gold.",
             "tags": ["loyalty"], "mot": True},
            {"key": "survey", "stage": "share", "channel": "email", "title": "Post-trip survey",
             "description": "Three questions and NPS, sent 24 h after arrival.",
             "message": "How was your Bluewing trip? Three quick questions help us make flying easy.",
             "tags": ["NPS", "VOC"], "owner": "crm"},
        ],
        "handoffs": [
            ("search_ad", "fare_calendar", "Ad → fare calendar with the route pre-filled"),
            ("sale_page", "fare_calendar", "See sale fares"),
            ("newsletter", "price_alert", "Email link → app saved search"),
            ("app_sale", "price_alert", "Card tap → saved search"),
            ("fare_calendar", "price_alert", "Save search (synced to the app)"),
            ("reminder_email", "app_booking", "Continue in the app"),
            ("price_alert", "app_booking", "Fare drop → book"),
            ("app_booking", "confirmation", "Booking confirmed"),
            ("confirmation", "online_checkin", "Check-in opens (24 h)"),
            ("online_checkin", "kiosk_checkin", "App QR at the kiosk"),
            ("kiosk_checkin", "bag_drop", "Bag tags printed"),
            ("bag_drop", "watch_gate", "Bag accepted → gate notice"),
            ("watch_gate", "boarding_pass", "Tap notice → boarding pass"),
            ("boarding_pass", "miles", "Trip completed → miles"),
        ],
        "roles": {
            "ads": [(P, "Reach travellers searching the route with the sale fare"), (N, "Retargeting paused during the sale"),
                    (N, "No role"), (N, "No role"), (N, "No role")],
            "web": [(S, "Sale details and rules"), (P, "Fare calendar and comparison"), (N, "Booking moves to the app"),
                    (N, "No role"), (N, "No role")],
            "email": [(S, "Members' newsletter"), (S, "Saved-search reminder"), (S, "Confirmation and receipt"),
                      (N, "Travel-day messages go to app and watch"), (P, "Post-trip survey")],
            "app": [(S, "Personalised sale card"), (S, "Saved search and price alert"), (P, "Book and pay"),
                    (P, "Check-in and boarding pass"), (P, "Miles and next trip")],
            "kiosk": [(N, "No role"), (N, "No role"), (N, "No role"), (P, "Check-in and bag drop"), (N, "No role")],
            "wearable": [(N, "No role"), (N, "No role"), (N, "No role"), (S, "Gate and boarding notices"), (N, "No role")],
        },
    },
    "kpis": [
        {"key": "ctr", "name": "Search ad click-through rate", "libraryKey": "ctr", "unit": "percent",
         "baseline": 3.1, "target": 4.2, "stage": "inspire", "channel": "ads", "touchpoints": ["search_ad"],
         "owner": "marketing",
         "binding": {"num": "click", "numStage": "inspire", "numChannel": "ads",
                     "den": "impression", "denStage": "inspire", "denChannel": "ads", "windowDays": 0}},
        {"key": "open_rate", "name": "Email open rate", "libraryKey": "open_rate", "unit": "percent",
         "baseline": 24.0, "target": 30.0, "channel": "email",
         "touchpoints": ["newsletter", "reminder_email", "confirmation"], "owner": "crm"},
        {"key": "transfer", "name": "Web → app search continuation", "libraryKey": "cross_channel_transfer",
         "unit": "percent", "baseline": 18.0, "target": 30.0, "stage": "plan",
         "touchpoints": ["sale_page", "fare_calendar", "price_alert", "app_sale"], "owner": "digital"},
        {"key": "conversion", "name": "Search-to-booking conversion", "libraryKey": "conversion_rate", "unit": "percent",
         "baseline": 2.4, "target": 3.2, "stage": "book", "channel": "app", "touchpoints": ["app_booking"],
         "owner": "digital",
         "binding": {"num": "purchase", "numStage": "book", "den": "visit", "denStage": "plan", "windowDays": 0}},
        {"key": "aov", "name": "Average booking value", "libraryKey": "average_order_value", "unit": "currency",
         "baseline": 1180, "target": 1290, "stage": "book", "touchpoints": ["app_booking", "confirmation"],
         "owner": "marketing"},
        {"key": "online_checkin", "name": "Online check-in share", "unit": "percent", "baseline": 41.0, "target": 60.0,
         "stage": "fly", "channel": "app", "touchpoints": ["online_checkin", "boarding_pass"], "owner": "digital"},
        {"key": "kiosk_time", "name": "Kiosk check-in time (minutes)", "unit": "duration",
         "baseline": 3.5, "target": 1.5, "direction": "decrease", "channel": "kiosk",
         "touchpoints": ["kiosk_checkin"], "owner": "airport"},
        {"key": "watch_engagement", "name": "Watch notice engagement", "libraryKey": "engagement_rate", "unit": "percent",
         "baseline": 35.0, "target": 50.0, "channel": "wearable", "touchpoints": ["watch_gate"], "owner": "digital"},
        {"key": "repeat", "name": "12-month rebooking rate", "libraryKey": "repeat_purchase_rate", "unit": "percent",
         "baseline": 38.0, "target": 45.0, "stage": "share", "touchpoints": ["miles"], "owner": "crm",
         "binding": {"num": "repurchase", "numStage": "share", "den": "purchase", "denStage": "book", "windowDays": 0}},
        {"key": "nps", "name": "Trip NPS", "libraryKey": "nps", "unit": "score", "baseline": 38, "target": 50,
         "stage": "share", "touchpoints": ["survey", "miles"], "owner": "crm"},
        {"key": "cpa", "name": "Cost per new booker", "libraryKey": "cost_per_acquisition", "unit": "currency",
         "baseline": 46.0, "target": 38.0, "direction": "decrease",
         "touchpoints": ["search_ad", "sale_page", "newsletter"], "owner": "marketing"},
    ],
    "template": {
        "name": "Bluewing brand & service checklist",
        "items": [
            ("tone-voice", "tone", "Warm, calm and clear: short sentences, no pressure", False),
            ("tone-forbidden", "tone", "No forbidden words (cheapest, guaranteed lowest, hurry, last chance, act now)", False),
            ("visual-palette", "visual", "Colours from the Bluewing palette only", False),
            ("visual-contrast", "visual", "Text contrast at least 4.5:1 (WCAG AA), also on kiosk screens", False),
            ("message-keyword", "message", "Uses at least one brand keyword (Bluewing, SkyPass, fly easy)", False),
            ("message-next", "message", "Tells the traveller what happens next", False),
            ("promo-fare", "promotion", "Spring Sale lead fare and travel window are identical on every channel", True),
            ("promo-rules", "promotion", "Sale fare rules (changes, bags, end date) are stated identically", True),
            ("service-help", "service", "A way to reach a person is offered when self-service fails", False),
            ("service-disruption", "service", "Disruption and rebooking policy matches the conditions of carriage", False),
            ("privacy-consent", "privacy", "Marketing messages only to travellers who opted in, with one-tap unsubscribe", False),
            ("privacy-passport", "privacy", "Passport data use is explained before scanning", False),
        ],
    },
    "checklist": {
        "name": "Spring Sale launch review",
        "channels": ["ads", "web", "email", "app", "kiosk"],
        "reviewers": {
            "ads": ("Priya Natarajan (Marketing)", "2025-02-20"),
            "web": ("Tom Becker (Digital Product)", "2025-02-21"),
            "email": ("Ana Souza (CRM & Loyalty)", "2025-02-21"),
            "app": ("Tom Becker (Digital Product)", "2025-02-21"),
            "kiosk": ("Jun-seo Lee (Airport Operations)", "2025-02-24"),
        },
        "results": {
            ("promo-rules", "email"): ("fail", "Newsletter footer still says 'no change fee' — the sale fare allows one paid change. Copy fix booked for Feb 25."),
            ("visual-contrast", "kiosk"): ("fail", "Light-blue buttons on white at ICN T2 measure 2.9:1. Vendor ticket KIOSK-482."),
            ("promo-fare", "kiosk"): ("na", "Kiosks do not sell fares"),
            ("promo-rules", "kiosk"): ("na", "Kiosks do not sell fares"),
            ("privacy-consent", "kiosk"): ("na", "No marketing messages on kiosks"),
            ("privacy-consent", "web"): ("na", "No outbound messages"),
            ("privacy-passport", "ads"): ("na", "Not applicable"),
            ("privacy-passport", "email"): ("na", "Not applicable"),
            ("service-disruption", "ads"): ("na", "Not applicable"),
            ("message-next", "ads"): ("pass", "Lands on the fare calendar with the route pre-filled"),
            ("service-help", "kiosk"): (None, ""),
        },
        "evidence": {
            ("visual-contrast", "kiosk"): "https://wiki.bluewing.example/cx/kiosk-contrast-icn-t2",
        },
    },
    "campaign": {
        "name": "Spring Sale 2025",
        "objective": "32,000 bookings on Asia–Pacific routes between March 3 and March 31, half of them in the app",
        "persona": "park_family",
        "start": "2025-03-03",
        "end": "2025-03-31",
        "owner": "marketing",
        "budget": [("ads", 420000), ("web", 35000), ("email", 18000), ("app", 60000)],
        "actions": [
            {"touchpoint": "search_ad", "title": "Search & video ads flight", "start": "2025-03-03", "end": "2025-03-31", "cost": 395000},
            {"touchpoint": "sale_page", "title": "Sale landing page live", "start": "2025-03-03", "end": "2025-03-31", "cost": 28000},
            {"touchpoint": "newsletter", "title": "Members' newsletter (2 sends)", "start": "2025-03-03", "end": "2025-03-17", "cost": 9000},
            {"touchpoint": "app_sale", "title": "In-app sale card", "start": "2025-03-03", "end": "2025-03-31", "cost": 12000},
            {"touchpoint": "reminder_email", "title": "Saved-search reminders during the sale", "start": "2025-03-05", "end": "2025-03-31", "cost": 4000},
        ],
    },
    "scenarios": [
        {"key": "shift", "name": "Move 20% of the ads budget to email",
         "description": "If video CPMs rise, shift a fifth of the ads budget to members' email and compare bookings.",
         "persona": "park_family", "modifiers": [("budget_shift", "ads", "email", 0.2)]},
        {"key": "no_watch", "name": "Without the smartwatch channel",
         "description": "What the travel day looks like for travellers without a watch: gate notices only in the app.",
         "persona": "maya", "modifiers": [("remove_channel", "wearable", "", 1.0)]},
    ],
    "comments": [
        {"key": "c1", "item": ("touchpoint", "watch_gate"), "author": "Priya Natarajan", "department": "Marketing",
         "time": "2025-02-20T11:05:00-08:00",
         "text": "The watch notice has no brand word. Fine by me on a 40 mm screen — flagging so we decide consciously."},
        {"key": "c2", "item": ("touchpoint", "watch_gate"), "replyTo": "c1", "author": "Tom Becker",
         "department": "Digital Product", "time": "2025-02-20T13:30:00-08:00",
         "text": "Agreed, keep it short. The app icon on the notification carries the brand.", "resolved": True},
    ],
    "expected": [
        ("message.no-keyword", "watch_gate"),
        ("touchpoint.no-kpi", "bag_drop"),
    ],
}


# --------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------

SAMPLES = [CAFE, RETAIL, BANK, TRAVEL]


def render(spec):
    problems = check_counts(spec)
    found = self_check(spec)
    expected = sorted(spec["expected"])
    if found != expected:
        problems.append(f"consistency findings {found} differ from the declared gaps {expected}")
    if problems:
        raise SystemExit(f"{spec['file']}: " + "; ".join(problems))
    return dumps(build(spec)).encode("utf-8")


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    here = os.path.dirname(os.path.abspath(__file__))
    out_dir = args[0] if args else os.path.join(here, os.pardir, "resources", "samples")
    os.makedirs(out_dir, exist_ok=True)
    stale = []
    for spec in SAMPLES:
        data = render(spec)
        path = os.path.join(out_dir, spec["file"])
        old = None
        if os.path.exists(path):
            with open(path, "rb") as f:
                old = f.read()
        if check:
            if old != data:
                stale.append(path)
            continue
        if old != data:
            with open(path, "wb") as f:
                f.write(data)
        print(f"{path}: {len(data)} bytes{'' if old != data else ' (unchanged)'}")
    if stale:
        print("out of date (run scripts/generate_samples.py):\n  " + "\n  ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
