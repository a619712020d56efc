"""Opens `newsprint inspect` reports in headless Chromium and checks what a reader sees.

For the Nepalnews and WordPress fixtures: the report is written, Chromium loads it from
disk with every host name unresolvable and a network log on, and dumps the DOM after load.
The report's own script has written a verdict into it: for each field in the panel, the
elements marked in the framed page, their bounding boxes and outlines. Checked: every
element behind a field is outlined with a box that is not empty, the panel lists the
fields, and the page made no network request (requests Chromium makes for itself, such as
update checks, carry no page origin and are counted apart). A screenshot of each report is
kept under target/inspect-screenshots/.

Usage: python3 scripts/inspect_browser.py NEWSPRINT_BINARY
Without Chromium the test says it skipped; with CI=true or NEWSPRINT_REQUIRE_CHROMIUM=1
(which .ci/run sets) that is a failure.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

OUT = "target/inspect-screenshots"
CASES = [
    ("nepalnews", "fixtures/nepalnews/north-korean-leader-reaffirms-arms-buildup.html"),
    ("wordpress", "fixtures/wordpress-yoast/council-approves-tram-extension.html"),
]
# Fields both fixtures must list in the panel.
PANEL_MUST_LIST = ["headline", "published", "body"]
BROWSERS = ["chromium", "chromium-browser", "google-chrome"]
# A request Chromium makes for itself has no page origin as its initiator.
BROWSER_OWN = "not an origin"


def log(message):
    print(f"inspect-browser: {message}", flush=True)


def fixture_url(page):
    """The URL in the fixture's sidecar (`url = "..."`)."""
    sidecar = os.path.splitext(page)[0] + ".toml"
    with open(sidecar, encoding="utf-8") as f:
        match = re.search(r'^url\s*=\s*"([^"]+)"', f.read(), re.M)
    return match.group(1) if match else None


def chromium(browser, report, extra, netlog, profile_dir):
    command = [
        browser,
        "--headless",
        "--disable-gpu",
        "--hide-scrollbars",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
        "--virtual-time-budget=5000",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        f"--log-net-log={netlog}",
        f"--user-data-dir={profile_dir}",
        *extra,
        "file://" + os.path.abspath(report),
    ]
    if os.geteuid() == 0:
        # Chromium's own sandbox refuses to run as root (CI runs as root).
        command.insert(1, "--no-sandbox")
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"chromium exited with {done.returncode}: {done.stderr[-800:]}")
    return done.stdout


def requests_in(netlog):
    """(requests from the page, requests Chromium made for itself)."""
    with open(netlog, encoding="utf-8") as f:
        data = json.load(f)
    start = data["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    page, own = [], []
    for event in data["events"]:
        params = event.get("params") or {}
        if event["type"] == start and "url" in params:
            (own if params.get("initiator") == BROWSER_OWN else page).append(params["url"])
    return page, own


def verdict_of(dom):
    match = re.search(r'<pre id="newsprint-check">(.*?)</pre>', dom, re.S)
    if not match or not match.group(1).strip():
        raise AssertionError("the report wrote no verdict (did its script run?)")
    text = match.group(1).replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">")
    return json.loads(text.replace("&amp;", "&"))


def check(name, verdict, page_requests):
    """The failures; empty when the report is right."""
    failures = []
    if not verdict.get("frame"):
        failures.append("the report's script could not reach the framed page")
    listed = [f["field"] for f in verdict["fields"]]
    failures += [f"the panel does not list {f}" for f in PANEL_MUST_LIST if f not in listed]
    for field in verdict["fields"]:
        if field["found"] != field["expected"]:
            failures.append(f"{field['field']}: {field['expected']} elements marked, {field['found']} in the frame")
        for box in field["boxes"]:
            if box["width"] <= 0 or box["height"] <= 0:
                failures.append(f"{field['field']}: an element with an empty box ({box['width']}x{box['height']})")
            if not box["outlined"]:
                failures.append(f"{field['field']}: an element without an outline")
    failures += [f"network request from the page: {url}" for url in page_requests]
    return failures


def run_case(browser, binary, name, page, work):
    report = os.path.join(OUT, f"{name}.html")
    screenshot = os.path.join(OUT, f"{name}.png")
    command = [binary, "inspect", page, "-o", report, "--quiet"]
    url = fixture_url(page)
    if url:
        command += ["--url", url]
    subprocess.run(command, check=True)
    dom = chromium(browser, report, ["--dump-dom"], os.path.join(work, f"{name}-dom.netlog"), os.path.join(work, f"{name}-dom"))
    chromium(browser, report, [f"--screenshot={os.path.abspath(screenshot)}"], os.path.join(work, f"{name}-shot.netlog"), os.path.join(work, f"{name}-shot"))
    verdict = verdict_of(dom)
    page_requests, own = [], []
    for run in ("dom", "shot"):
        p, o = requests_in(os.path.join(work, f"{name}-{run}.netlog"))
        page_requests += p
        own += o
    failures = check(name, verdict, page_requests)
    if not os.path.getsize(screenshot):
        failures.append("the screenshot is empty")
    shown = [f for f in verdict["fields"] if f["expected"] > 0]
    elements = sum(f["found"] for f in shown)
    if failures:
        for failure in failures:
            log(f"{name}: FAIL: {failure}")
        return False
    log(
        f"{name}: {len(shown)} fields outlined ({elements} elements), all visible; "
        f"{len(verdict['fields'])} fields listed in the panel; {len(page_requests)} network requests "
        f"from the page (chromium's own update checks, ignored: {len(own)}); screenshot {screenshot}"
    )
    return True


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    binary = sys.argv[1]
    browser = next((b for b in map(shutil.which, BROWSERS) if b), None)
    if browser is None:
        if os.environ.get("CI") == "true" or os.environ.get("NEWSPRINT_REQUIRE_CHROMIUM") == "1":
            log("FAIL: chromium not found, and CI requires it (apt-get install chromium)")
            sys.exit(1)
        log("SKIPPED: chromium not found (apt-get install chromium to run it); in CI this fails")
        return
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="inspect-browser-") as work:
        results = [run_case(browser, binary, name, page, work) for name, page in CASES]
    if not all(results):
        sys.exit(1)


if __name__ == "__main__":
    main()
