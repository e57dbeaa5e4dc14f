"""Screenshots of the measures screens (check-in, questionnaires, safety, side effects,
trends, history) in light and dark, with 90 days of demo data.

    QT_QPA_PLATFORM=offscreen python tools/shots_measures.py [OUT_DIR] [light|dark ...]

Writes to /tmp/shots-measures/ by default. Uses a throw-away data folder, no keychain.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QScrollArea

from kapjournal.sample.build import build_demo
from kapjournal.storage import repo
from kapjournal.ui.common.charts import render_trends_image
from kapjournal.ui.measures.feature import MeasuresFeature
from kapjournal.ui.measures.safety_page import SafetySettings
from kapjournal.ui.measures.settings import CheckinSettings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shotlib import Camera, create_journal, main_window, reopen, settle, shots_main


def run(cam: Camera) -> None:
    out, mode = cam.out, cam.mode
    with main_window(cam, "kap-shots-measures-", size=(1100, 800), prefs={"safety/country": "GB"}) as w:
        db = create_journal(cam, w)
        build_demo(db, days=90)
        repo.set_setting(
            db,
            "safety/plan",
            [
                "Step outside and breathe slowly for a minute",
                "Call my sister",
                "Put on the playlist from session 2",
            ],
        )
        # Reopen so every page reads the demo data.
        db = reopen(cam, w)
        m = w.feature(MeasuresFeature)
        page = m.page.get()

        m.open_checkin()
        form = page.checkin
        form.scales["mood"].set_value(6)
        form.scales["anxiety"].set_value(3)
        form.scales["energy"].set_value(5)
        form.chip_buttons["hopeful"].setChecked(True)
        form.chip_buttons["tired"].setChecked(True)
        cam.settle(200)
        cam.shoot(w, "checkin")

        panel = page.questionnaires
        page.tabs.setCurrentWidget(panel)
        panel.refresh()
        cam.shoot(w, "questionnaires")
        phq = panel.open_form("phq9")
        for i, a in enumerate([1, 2, 1, 2, 0]):
            phq.set_answer(i, a)
        cam.shoot(w, "phq9-all")
        phq.layout_toggle.setChecked(True)
        phq.go_to(5)
        cam.shoot(w, "phq9-one")
        phq.layout_toggle.setChecked(False)
        phq.reset()
        phq.draft.discard()
        panel.show_home()
        gad = panel.open_form("gad7")
        for i, a in enumerate([1, 2, 1, 1, 0, 2, 1]):
            gad.set_answer(i, a)
        _scroll_to_bottom(gad)
        cam.shoot(w, "gad7-result")
        gad.reset()
        gad.draft.discard()
        panel.show_home()

        m.show_safety()
        cam.shoot(w, "safety")
        m.back_from_safety()

        page.tabs.setCurrentWidget(page.side_effects)
        se = page.side_effects
        se.choose("raised_bp", 3)
        se.systolic.setValue(162)
        se.diastolic.setValue(98)
        se.duration.setCurrentIndex(2)
        se.save()
        se.choose("raised_bp", 2)
        cam.shoot(w, "side-effects")

        page.tabs.setCurrentWidget(page.trends)
        page.trends.set_range("3m")
        cam.shoot(w, "trends-3m")
        page.trends.set_range("2w")
        cam.shoot(w, "trends-2w")
        page.trends.set_range("3m")
        page.trends.as_table.setChecked(True)
        cam.shoot(w, "trends-table")
        page.trends.as_table.setChecked(False)

        page.tabs.setCurrentWidget(page.history)
        cam.shoot(w, "history")

        w.shell.show_page("settings")
        sp = w.page("settings")
        scroll = sp.findChild(QScrollArea)
        cam.settle()
        if scroll is not None:
            scroll.ensureWidgetVisible(w.page("settings").section(CheckinSettings), 0, 0)
            scroll.ensureWidgetVisible(w.page("settings").section(SafetySettings), 0, 0)
        cam.shoot(w, "settings-measures")

        today = date.today()
        (out / f"chart-export-{mode}.png").write_bytes(
            render_trends_image(
                db, today - timedelta(days=89), today, dark=mode == "dark", questionnaires=True
            )
        )

        w.lock("manual")
        m.help_button.click()
        cam.shoot(w, "safety-locked")
        m.back_from_safety()


def _scroll_to_bottom(widget: object) -> None:
    scroll = widget.findChild(QScrollArea)  # type: ignore[attr-defined]
    if scroll is not None:
        settle()
        bar = scroll.verticalScrollBar()
        bar.setValue(bar.maximum())


def main() -> int:
    return shots_main(run, "/tmp/shots-measures")  # noqa: S108 - review shots


if __name__ == "__main__":
    sys.exit(main())
