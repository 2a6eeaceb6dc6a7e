#!/usr/bin/env python3
"""Opens Omnimap's web-page export in headless Chromium and checks it like a reader would.

Drives Chromium through the DevTools protocol over --remote-debugging-pipe (fd 3 in,
fd 4 out, NUL-separated JSON), with the standard library only. For each sample plan it
plants markup in user text, exports the page with `omnimap-cli export --html`, opens it
and checks: every card, persona and KPI of the plan is in the DOM; search and the
persona filter change what is shown; a click opens the card's details; the planted
markup shows as text and runs nothing; no console errors; no request but the file
itself. Screenshots go to --out. Chromium and its temporary profile are removed even on
failure. Without Chromium the test is skipped (exit 77) -- except in CI, where it fails.

--bench: a 2 000-card plan instead; prints export time, file size and first paint.
"""

import argparse
import base64
import copy
import ctypes
import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid

SKIP = 77
FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)
        print("FAIL: " + message, flush=True)
    return condition


class DevTools:
    """A Chromium process and its DevTools pipe."""

    def __init__(self, binary, profile, log_path):
        cmd_r, cmd_w = os.pipe()  # we write, Chromium reads on fd 3
        res_r, res_w = os.pipe()  # Chromium writes on fd 4, we read

        def child_fds():
            # Copy above 10 first so the moves onto 3 and 4 cannot clobber each other.
            a = fcntl.fcntl(cmd_r, fcntl.F_DUPFD, 10)
            b = fcntl.fcntl(res_w, fcntl.F_DUPFD, 10)
            os.dup2(a, 3)
            os.dup2(b, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)
            # Chromium dies with this script, even when ctest kills it on a timeout.
            try:
                ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
            except Exception:
                pass

        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-extensions", "--disable-default-apps", "--metrics-recording-only", "--mute-audio",
                 "--user-data-dir=" + profile, "--remote-debugging-pipe", "--window-size=1400,1000",
                 "--hide-scrollbars", "about:blank"]
        self.log = open(log_path, "wb")
        self.proc = subprocess.Popen([binary] + flags, stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log,
                                     preexec_fn=child_fds, close_fds=False)
        os.close(cmd_r)
        os.close(res_w)
        self.writer = os.fdopen(cmd_w, "wb", buffering=0)
        self.reader = os.fdopen(res_r, "rb", buffering=0)
        self.next_id = 0
        self.replies = {}
        self.events = []
        self.cond = threading.Condition()
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self):
        buffer = b""
        while True:
            chunk = self.reader.read(1 << 16)
            if not chunk:
                break
            buffer += chunk
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                message = json.loads(raw.decode("utf-8"))
                with self.cond:
                    if "id" in message:
                        self.replies[message["id"]] = message
                    else:
                        self.events.append(message)
                    self.cond.notify_all()

    def send(self, method, params=None, session=None, timeout=30):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.writer.write(json.dumps(message).encode("utf-8") + b"\0")
        deadline = time.monotonic() + timeout
        with self.cond:
            while message["id"] not in self.replies:
                left = deadline - time.monotonic()
                if left <= 0 or self.proc.poll() is not None:
                    raise RuntimeError("no answer to " + method)
                self.cond.wait(left)
            reply = self.replies.pop(message["id"])
        if "error" in reply:
            raise RuntimeError("%s: %s" % (method, reply["error"]))
        return reply.get("result", {})

    def wait_event(self, method, session, timeout=30):
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                for e in self.events:
                    if e.get("method") == method and e.get("sessionId") == session:
                        return e
                left = deadline - time.monotonic()
                if left <= 0:
                    raise RuntimeError("no " + method)
                self.cond.wait(left)

    def close(self):
        try:
            if self.proc.poll() is None:
                try:
                    self.send("Browser.close", timeout=5)
                except Exception:
                    pass
                try:
                    self.proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait(timeout=10)
        finally:
            for f in (self.writer, self.reader, self.log):
                try:
                    f.close()
                except Exception:
                    pass


class Page:
    """One tab, with what it logged and requested."""

    def __init__(self, devtools):
        self.dt = devtools
        targets = self.dt.send("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.dt.send("Target.attachToTarget", {"targetId": page["targetId"], "flatten": True})["sessionId"]
        for domain in ("Runtime", "Log", "Network", "Page"):
            self.send(domain + ".enable")
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": 1400, "height": 1000, "deviceScaleFactor": 1, "mobile": False})

    def send(self, method, params=None, timeout=30):
        return self.dt.send(method, params, self.session, timeout)

    def open(self, url):
        with self.dt.cond:
            self.dt.events = [e for e in self.dt.events if e.get("sessionId") != self.session]
        self.send("Page.navigate", {"url": url})
        self.dt.wait_event("Page.loadEventFired", self.session, timeout=60)

    def js(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError("script failed: %s\n%s" % (expression, result["exceptionDetails"]))
        return result["result"].get("value")

    def events(self, *methods):
        with self.dt.cond:
            return [e for e in self.dt.events if e.get("sessionId") == self.session and e.get("method") in methods]

    def screenshot(self, path):
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))
        print("screenshot " + path, flush=True)


# Planted in user text: none of it may run or become markup.
MARK_TITLE = "<script>window.__pwned=1</script> Unicorn-Latte"
MARK_DESC = '<img src=x onerror="window.__pwned=2"> unicorn-latte foam'
MARK_MESSAGE = '<a href="javascript:window.__pwned=3">tap</a>'
MARK_PERSONA = '<b>Bold</b> <img src=x onerror="window.__pwned=4">'
MARK_KPI = "javascript:window.__pwned=5"
MARK_STAGE = "<svg onload=\"window.__pwned=6\">Arrive"


def plant_markup(plan):
    j = plan["journeys"][0]
    j["touchpoints"][0]["title"] = MARK_TITLE
    j["touchpoints"][1]["description"] = MARK_DESC
    j["touchpoints"][2]["message"] = MARK_MESSAGE
    plan["personas"][0]["name"] = MARK_PERSONA
    plan["kpis"][0]["name"] = MARK_KPI
    j["stages"][0]["name"] = MARK_STAGE


def big_plan(plan, cards):
    """The plan with its first journey grown to `cards` cards over 40 stages and 8 lanes."""
    plan = copy.deepcopy(plan)
    j = plan["journeys"][0]
    stage0, card0, channel0 = j["stages"][0], j["touchpoints"][0], plan["channels"][0]
    while len(plan["channels"]) < 8:
        c = copy.deepcopy(channel0)
        c["id"] = str(uuid.uuid4())
        c["name"] = "Channel %d" % len(plan["channels"])
        plan["channels"].append(c)
    j["channelIds"] = [c["id"] for c in plan["channels"][:8]]
    j["stages"] = []
    for s in range(40):
        st = copy.deepcopy(stage0)
        st["id"] = str(uuid.uuid4())
        st["name"] = "Stage %d" % (s + 1)
        j["stages"].append(st)
    j["touchpoints"], j["handoffs"], j["roles"] = [], [], []
    for i in range(cards):
        t = copy.deepcopy(card0)
        t.update({"id": str(uuid.uuid4()), "stageId": j["stages"][i % 40]["id"],
                  "channelId": j["channelIds"][(i // 40) % 8], "order": i // 320,
                  "title": "Touchpoint %d" % i, "description": "The customer orders ahead and picks up (%d)." % i})
        t.pop("ownerDepartmentId", None)
        j["touchpoints"].append(t)
    for k in plan["kpis"]:
        k["touchpointIds"] = []
        k.pop("stageId", None)
        k.pop("channelId", None)
        k.pop("journeyId", None)
    plan["campaigns"] = []
    plan["checklists"] = []
    return plan


def searchable(plan, journey, card):
    """What the page's search looks through for a card (the reference for the expected hits)."""
    names = {c["id"]: c["name"] for c in plan["channels"]}
    stages = {s["id"]: s["name"] for s in journey["stages"]}
    text = [card.get("title", ""), card.get("description", ""), card.get("message", ""), ", ".join(card.get("tags", [])),
            stages.get(card.get("stageId"), ""), names.get(card.get("channelId"), "")]
    return " ".join(text).lower()


def check_page(page, plan, url, name, out_dir):
    page.open(url)
    time.sleep(0.3)
    journeys = plan["journeys"]
    # Every card, persona and KPI of the plan.
    ids = page.js("Array.from(document.querySelectorAll('g.card')).map(c => c.dataset.id)")
    expected = [t["id"] for j in journeys for t in j["touchpoints"]]
    check(sorted(ids) == sorted(expected), "%s: %d cards in the page, %d in the plan" % (name, len(ids), len(expected)))
    personas = page.js("Array.from(document.querySelectorAll('article.persona h3')).map(e => e.textContent)")
    check(personas == [p["name"] for p in plan["personas"]], "%s: personas %r" % (name, personas))
    kpis = page.js("Array.from(document.querySelectorAll('tr.kpi')).map(r => [r.dataset.id, r.querySelector('th').firstChild.textContent])")
    check(kpis == [[k["id"], k["name"]] for k in plan["kpis"]], "%s: KPIs %r" % (name, kpis))
    stages = page.js("Array.from(document.querySelectorAll('section.journey')[0].querySelectorAll('g.stage .sn')).map(e => e.textContent)")
    check(stages == [s["name"] for s in journeys[0]["stages"]], "%s: stage names %r" % (name, stages))

    # Planted markup: literal text, nothing ran, nothing became an element.
    title = page.js("document.querySelector('g.card[data-id=\"%s\"] .t').textContent" % journeys[0]["touchpoints"][0]["id"])
    check(title.endswith(MARK_TITLE), "%s: card title reads %r" % (name, title))
    desc = page.js("document.querySelector('g.card[data-id=\"%s\"] .d').textContent" % journeys[0]["touchpoints"][1]["id"])
    check(desc == MARK_DESC, "%s: card description reads %r" % (name, desc))
    check(page.js("document.scripts.length") == 1, name + ": one script, the page's own")
    check(page.js("document.querySelectorAll('img:not([src^=\"data:image/\"]), a[href^=\"javascript\"], svg svg[onload], [onerror]').length") == 0,
          name + ": planted markup became elements")

    first = "document.querySelectorAll('section.journey')[0]"
    total = page.js(first + ".querySelectorAll('g.card').length")
    # Search: the planted word is on two cards (title, description); the rest dim.
    query = "unicorn-latte"
    want = sum(1 for t in journeys[0]["touchpoints"] if query in searchable(plan, journeys[0], t))
    check(want == 2, "%s: reference search finds %d" % (name, want))
    page.js(first + ".querySelector('input.search').focus()")
    page.send("Input.insertText", {"text": query})
    hits = page.js(first + ".querySelectorAll('g.card.hit').length")
    dimmed = page.js("Array.from(%s.querySelectorAll('g.card')).filter(c => getComputedStyle(c).opacity < 0.5).length" % first)
    check(hits == want, "%s: search shows %d hits, expected %d" % (name, hits, want))
    check(dimmed == total - want, "%s: search dims %d of %d cards" % (name, dimmed, total))
    check(page.js(first + ".querySelector('.hits').textContent") != "", name + ": search says how many")

    # Details on click (a real mouse click at the card's centre).
    box = page.js("(() => { const r = document.querySelector('g.card[data-id=\"%s\"]').getBoundingClientRect();"
                  " window.scrollTo(0, window.scrollY + r.top - 200); const s = document.querySelector('g.card[data-id=\"%s\"]').getBoundingClientRect();"
                  " return [s.left + s.width / 2, s.top + s.height / 2]; })()"
                  % (journeys[0]["touchpoints"][0]["id"], journeys[0]["touchpoints"][0]["id"]))
    for kind in ("mousePressed", "mouseReleased"):
        page.send("Input.dispatchMouseEvent", {"type": kind, "x": box[0], "y": box[1], "button": "left", "clickCount": 1})
    time.sleep(0.1)
    shown = page.js(first + ".querySelector('aside.details').hidden === false")
    heading = page.js(first + ".querySelector('aside.details h3').textContent")
    check(shown and heading == MARK_TITLE, "%s: details show %r" % (name, heading))
    page.screenshot(os.path.join(out_dir, "html-%s-search.png" % name))

    # Persona filter: only the chosen persona's curves remain.
    options = page.js("Array.from(%s.querySelectorAll('select.persona-filter option')).map(o => o.value).filter(v => v)" % first)
    visible = ("Array.from(%s.querySelectorAll('svg.map [data-persona]')).filter(e => getComputedStyle(e).display !== 'none')"
               ".map(e => e.dataset.persona)" % first)
    before = page.js(visible)
    if check(len(options) >= 2, "%s: the map shows %d personas" % (name, len(options))):
        page.js("(() => { const s = %s.querySelector('select.persona-filter'); s.value = %s;"
                " s.dispatchEvent(new Event('change')); })()" % (first, json.dumps(options[1])))
        after = page.js(visible)
        check(len(after) > 0 and set(after) == {options[1]} and len(after) < len(before),
              "%s: filter shows %r (before %r)" % (name, sorted(set(after)), sorted(set(before))))

    check(page.js("typeof window.__pwned") == "undefined", name + ": planted script ran")
    check(page.js("document.title") == plan["name"], name + ": title changed to %r" % page.js("document.title"))

    # Top of the page for the guide.
    page.js("(() => { const s = %s; s.querySelector('input.search').value = '';"
            " s.querySelector('input.search').dispatchEvent(new Event('input'));"
            " const f = s.querySelector('select.persona-filter'); f.value = ''; f.dispatchEvent(new Event('change'));"
            " s.querySelector('aside.details').hidden = true; window.scrollTo(0, 0); })()" % first)
    time.sleep(0.1)
    page.screenshot(os.path.join(out_dir, "html-%s.png" % name))

    # Printable: in print media the toolbar is gone and every map shows whole; the browser
    # makes a PDF of it.
    page.send("Emulation.setEmulatedMedia", {"media": "print"})
    hidden = page.js("getComputedStyle(document.querySelector('.toolbar')).display")
    page.send("Emulation.setEmulatedMedia", {"media": ""})
    check(hidden == "none", "%s: the toolbar prints (display %r)" % (name, hidden))
    printed = base64.b64decode(page.send("Page.printToPDF", {"printBackground": True}, timeout=120)["data"])
    check(printed.startswith(b"%PDF") and len(printed) > 10000, "%s: print to PDF gave %d bytes" % (name, len(printed)))

    # Nothing logged as an error, nothing requested but the file.
    errors = []
    for e in page.events("Runtime.consoleAPICalled"):
        if e["params"]["type"] in ("error", "assert"):
            errors.append("console: %r" % [a.get("value", a.get("description")) for a in e["params"]["args"]])
    for e in page.events("Log.entryAdded"):
        if e["params"]["entry"]["level"] == "error":
            errors.append("log: " + e["params"]["entry"]["text"])
    for e in page.events("Runtime.exceptionThrown"):
        errors.append("exception: %s" % e["params"]["exceptionDetails"].get("text"))
    check(not errors, "%s: console errors %r" % (name, errors))
    requests = [e["params"]["request"]["url"] for e in page.events("Network.requestWillBeSent")]
    others = [u for u in requests if u.split("#")[0] != url]
    check(not others, "%s: requests other than the file: %r" % (name, others))
    check(url in [u.split("#")[0] for u in requests], "%s: the network log did not see the page itself" % name)
    print("%s: %d request(s) seen, all to the file; %d console message(s), none an error"
          % (name, len(requests), len(page.events("Runtime.consoleAPICalled", "Log.entryAdded"))), flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--samples", required=True, help="folder of sample plans")
    parser.add_argument("--out", required=True, help="folder for the pages and screenshots")
    parser.add_argument("--bench", action="store_true")
    parser.add_argument("--guide", action="store_true",
                        help="only screenshots of the unmodified samples for the user guide (guide-en.png, guide-ko.png)")
    args = parser.parse_args()

    binary = "/usr/lib/chromium/chromium" if os.access("/usr/lib/chromium/chromium", os.X_OK) else shutil.which("chromium")
    if not binary:
        if os.environ.get("CI"):
            print("FAIL: chromium is not installed (scripts/install-deps.sh installs it)")
            return 1
        print("SKIP: chromium is not installed")
        return SKIP
    os.makedirs(args.out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="omnimap-html-")
    devtools = None
    try:
        profile = os.path.join(work, "profile")
        os.mkdir(profile)
        devtools = DevTools(binary, profile, os.path.join(args.out, "chromium.log"))
        page = Page(devtools)
        if args.bench:
            return bench(args, work, page)
        if args.guide:
            return guide(args, page)
        # A Korean and an English plan: the page speaks the plan's language.
        for sample, name in (("cafe-order-pickup.omnimap", "ko"), ("travel-booking-kiosk.omnimap", "en")):
            with open(os.path.join(args.samples, sample), encoding="utf-8") as f:
                plan = json.load(f)
            plant_markup(plan)
            source = os.path.join(work, "%s.omnimap" % name)
            with open(source, "w", encoding="utf-8") as f:
                json.dump(plan, f, ensure_ascii=False)
            html = os.path.join(args.out, "plan-%s.html" % name)
            run = subprocess.run([args.cli, "export", source, "--html", html], capture_output=True, text=True, timeout=120)
            if not check(run.returncode == 0, "%s: export failed: %s" % (name, run.stderr)):
                continue
            lang = page_lang(html)
            check(lang == plan.get("locale", "en")[:2], "%s: page language %r" % (name, lang))
            check_page(page, plan, "file://" + os.path.abspath(html), name, args.out)
    except Exception as e:  # report, then clean up
        FAILURES.append("%s: %s" % (type(e).__name__, e))
        print("FAIL: %s: %s" % (type(e).__name__, e), flush=True)
    finally:
        if devtools:
            devtools.close()
        shutil.rmtree(work, ignore_errors=True)
    if FAILURES:
        print("%d failure(s)" % len(FAILURES))
        return 1
    print("PASS")
    return 0


def guide(args, page):
    """The samples as they are: a search typed and a card's details open, for the guide."""
    # The guide's pictures are 1200 px wide.
    page.send("Emulation.setDeviceMetricsOverride", {"width": 1200, "height": 860, "deviceScaleFactor": 1, "mobile": False})
    for sample, name, query in (("cafe-order-pickup.omnimap", "ko", "쿠폰"), ("travel-booking-kiosk.omnimap", "en", "fare")):
        html = os.path.join(args.out, "guide-%s.html" % name)
        run = subprocess.run([args.cli, "export", os.path.join(args.samples, sample), "--html", html],
                             capture_output=True, text=True, timeout=120)
        if not check(run.returncode == 0, run.stderr):
            continue
        page.open("file://" + os.path.abspath(html))
        first = "document.querySelectorAll('section.journey')[0]"
        page.js(first + ".querySelector('input.search').focus()")
        page.send("Input.insertText", {"text": query})
        box = page.js("(() => { const c = %s.querySelector('g.card.hit'); const r = c.getBoundingClientRect();"
                      " window.scrollTo(0, window.scrollY + %s.getBoundingClientRect().top - 10);"
                      " const s = c.getBoundingClientRect(); return [s.left + s.width / 2, s.top + s.height / 2]; })()"
                      % (first, first))
        for kind in ("mousePressed", "mouseReleased"):
            page.send("Input.dispatchMouseEvent", {"type": kind, "x": box[0], "y": box[1], "button": "left", "clickCount": 1})
        time.sleep(0.2)
        page.screenshot(os.path.join(args.out, "guide-%s.png" % name))
    return 1 if FAILURES else 0


def page_lang(path):
    with open(path, encoding="utf-8") as f:
        head = f.read(200)
    marker = '<html lang="'
    return head[head.find(marker) + len(marker):].split('"')[0] if marker in head else None


def bench(args, work, page):
    with open(os.path.join(args.samples, "travel-booking-kiosk.omnimap"), encoding="utf-8") as f:
        plan = big_plan(json.load(f), 2000)
    source = os.path.join(work, "big.omnimap")
    with open(source, "w", encoding="utf-8") as f:
        json.dump(plan, f, ensure_ascii=False)
    html = os.path.join(args.out, "big.html")
    pdf = os.path.join(args.out, "big-a3.pdf")
    runs = {}
    for label, extra in (("html", ["--html", html]), ("pdf_a3_tiled", ["--pdf", pdf, "--paper", "a3"]),
                         ("load_only", ["--json", os.path.join(work, "big.json")])):
        start = time.monotonic()
        run = subprocess.run([args.cli, "export", source] + extra, capture_output=True, text=True, timeout=300)
        runs[label] = time.monotonic() - start
        check(run.returncode == 0, "%s: %s" % (label, run.stderr))
    size = os.path.getsize(html)
    url = "file://" + os.path.abspath(html)
    start = time.monotonic()
    page.open(url)
    load = time.monotonic() - start
    paint = page.js("(performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || null")
    cards = page.js("document.querySelectorAll('g.card').length")
    check(cards == 2000, "bench: %s cards" % cards)
    print("bench: 2000 cards; cli html %.2f s, cli pdf A3 %.2f s, cli load+json %.2f s; html %.2f MB; "
          "first contentful paint %s ms; load event %.2f s"
          % (runs["html"], runs["pdf_a3_tiled"], runs["load_only"], size / 1e6, paint, load), flush=True)
    check(size <= 5 * 1024 * 1024, "bench: page is %d bytes" % size)
    check(paint is not None and paint <= 1000, "bench: first paint %s ms" % paint)
    page.screenshot(os.path.join(args.out, "html-bench.png"))
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
