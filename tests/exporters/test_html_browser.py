"""Open the HTML export in a real headless browser (Debian's chromium): no script runs
and no request leaves the file. A control page with a plain inline script proves the
browser does run scripts here, so the check can fail."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kapjournal import summary as S
from kapjournal.exporters.html import render_html
from kapjournal.storage import repo
from kapjournal.storage.db import Database
from kapjournal.storage.models import Checkin, Entry
from tests.domain.test_summary import at, build_fixed_journal, fixed_summary

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (scripts/test.sh installs it)"
)

PAYLOAD = (
    "<script>document.title='PWNED-SCRIPT';document.body.setAttribute('data-pwned','script')</script>\n\n"
    '<img src="https://example.org/pixel.png" '
    "onerror=\"document.title='PWNED-IMG';document.body.setAttribute('data-pwned','img')\">\n\n"
    "[click me](javascript:document.title='PWNED-LINK')\n\n"
    "<svg onload=\"document.body.setAttribute('data-pwned','svg')\"><circle r=5/></svg>\n\n"
    '<iframe src="https://example.org/frame" onload="document.title=\'PWNED-FRAME\'"></iframe>\n\n'
    "<body onload=\"document.body.setAttribute('data-pwned','body')\">\n\n"
    '<link rel=stylesheet href="https://example.org/x.css">'
    '<object data="https://example.org/x.swf"></object>'
    '<a href="https://example.org/beacon">a link</a>'
)
REMOTE_HOSTS = ("example.org", "127.0.0.1")
#: Chromium's own background calls (clock, accounts, safe browsing) that no flag fully
#: stops; they are not made by the page, and the resolver rule makes them fail anyway.
BROWSER_HOSTS = re.compile(r"^https?://[^/]*\.(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)(/|:|$)")


def run_chromium(page: Path, tmp: Path) -> tuple[str, list[str]]:
    """The DOM after load and every URL the browser requested (from its net log)."""
    netlog = tmp / f"{page.stem}.netlog.json"
    profile = tmp / f"{page.stem}-profile"
    cmd = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-extensions",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        f"--user-data-dir={profile}",
        f"--log-net-log={netlog}",
        "--net-log-capture-mode=Everything",
        "--virtual-time-budget=3000",
        "--dump-dom",
        page.as_uri(),
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    urls: list[str] = []
    if netlog.exists():
        text = netlog.read_text(errors="replace").rstrip().rstrip(",")
        if not text.endswith("}"):
            text += "]}"
        try:
            log = json.loads(text)
        except json.JSONDecodeError:
            log = {"events": []}
        for event in log.get("events", []):
            params = event.get("params") or {}
            for key in ("url", "original_url", "location"):
                value = params.get(key)
                if isinstance(value, str):
                    urls.append(value)
    return result.stdout, urls


def test_control_page_runs_script(tmp_path: Path) -> None:
    control = tmp_path / "control.html"
    control.write_text(
        "<!DOCTYPE html><html><head><title>clean</title></head><body>"
        "<script>document.title='PWNED-CONTROL';document.body.setAttribute('data-pwned','control')</script>"
        '<img src="https://example.org/pixel.png"></body></html>'
    )
    dom, urls = run_chromium(control, tmp_path)
    assert "PWNED-CONTROL" in dom and 'data-pwned="control"' in dom
    assert any("example.org" in u for u in urls), "the net log must show the control page's request"


def test_exported_html_runs_nothing_and_loads_nothing(db: Database, tmp_path: Path) -> None:
    build_fixed_journal(db)
    repo.insert(
        db,
        Entry(kind="note", body=PAYLOAD, title=PAYLOAD, share=True, occurred_at=at(17, 9), tz_offset_min=60),
    )
    repo.insert(
        db,
        Entry(
            kind="integration", answers={"q": PAYLOAD}, share=True, occurred_at=at(17, 10), tz_offset_min=60
        ),
    )
    repo.insert(db, Checkin(mood=4, note=PAYLOAD, at_utc=at(17, 11), tz_offset_min=60))
    repo.set_setting(db, "profile/name", PAYLOAD)
    summary = fixed_summary(db)
    page = tmp_path / S.default_filename("html", summary.generated_at.date())
    page.write_bytes(render_html(summary))
    dom, urls = run_chromium(page, tmp_path)
    assert "<h1>Summary for my care team</h1>" in dom  # the page did load
    assert "PWNED" not in dom.split("</title>")[0]
    assert "data-pwned" not in dom
    remote = [
        u
        for u in urls
        if any(h in u for h in REMOTE_HOSTS)
        or (u.startswith(("http:", "https:", "ws:", "wss:")) and not BROWSER_HOSTS.match(u))
    ]
    assert remote == [], remote
