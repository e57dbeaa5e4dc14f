"""Screenshots of the measures screens (check-in, questionnaires, safety, side effects,
trends, history) in light and dark, with 90 days of demo data.

    QT_QPA_PLATFORM=offscreen python tools/shots_measures.py [OUT_DIR] [light|dark ...]

Writes to /tmp/shots-measures/ by default. Uses a throw-away data folder, no keychain.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QScrollArea

from kapjournal.context import AppContext
from kapjournal.demo import build_demo
from kapjournal.paths import resolve_paths
from kapjournal.storage import keyslots, repo
from kapjournal.storage.keychain import NullSecretStore
from kapjournal.ui.app import create_application
from kapjournal.ui.charts import render_trends_image
from kapjournal.ui.main_window import MainWindow
from kapjournal.ui.theme import apply_theme

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import PASS, settle, shoot, until


def run(out: Path, mode: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, mode)
    data = Path(tempfile.mkdtemp(prefix="kap-shots-measures-"))
    try:
        ctx = AppContext.create(resolve_paths(data), NullSecretStore())
        ctx.prefs.set("ui/theme", mode)
        ctx.prefs.set("safety/country", "GB")
        w = MainWindow(ctx)
        w.resize(1100, 800)
        w.show()
        w.welcome.create_button.click()
        w.create_page.form.first.setText(PASS)
        w.create_page.form.second.setText(PASS)
        w.create_page.create.click()
        until(lambda: w.stack.currentWidget() is w.recovery_page)
        code = w.recovery_page.code_label.text()
        w.recovery_page.check.setText(code.split("-")[-1])
        w.recovery_page.continue_button.click()
        until(lambda: w.stack.currentWidget() is w.shell)
        assert w.vault.journal is not None
        db = w.vault.journal.db
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
        w.lock("manual")
        w.unlock_page.field.setText(PASS)
        w.unlock_page.unlock.click()
        until(lambda: w.stack.currentWidget() is w.shell)
        db = w.vault.journal.db
        m = w.measures
        page = m.page

        m.open_checkin()
        form = page.checkin
        form.scales["mood"].set_value(6)
        form.scales["anxiety"].set_value(3)
        form.scales["energy"].set_value(5)
        form.chip_buttons["hopeful"].setChecked(True)
        form.chip_buttons["tired"].setChecked(True)
        settle(200)
        shoot(w, out, "checkin", mode)

        panel = page.questionnaires
        page.tabs.setCurrentWidget(panel)
        panel.refresh()
        shoot(w, out, "questionnaires", mode)
        phq = panel.open_form("phq9")
        for i, a in enumerate([1, 2, 1, 2, 0]):
            phq.set_answer(i, a)
        shoot(w, out, "phq9-all", mode)
        phq.layout_toggle.setChecked(True)
        phq.go_to(5)
        shoot(w, out, "phq9-one", mode)
        phq.layout_toggle.setChecked(False)
        phq.reset()
        phq.draft.discard()
        panel.show_home()
        gad = panel.open_form("gad7")
        for i, a in enumerate([1, 2, 1, 1, 0, 2, 1]):
            gad.set_answer(i, a)
        _scroll_to_bottom(gad)
        shoot(w, out, "gad7-result", mode)
        gad.reset()
        gad.draft.discard()
        panel.show_home()

        m.show_safety()
        shoot(w, out, "safety", mode)
        m.back_from_safety()

        page.tabs.setCurrentWidget(page.side_effects)
        se = page.side_effects
        se.choose("raised_bp", 3)
        se.systolic.setValue(162)
        se.diastolic.setValue(98)
        se.duration.setCurrentIndex(2)
        se.save()
        se.choose("raised_bp", 2)
        shoot(w, out, "side-effects", mode)

        page.tabs.setCurrentWidget(page.trends)
        page.trends.set_range("3m")
        shoot(w, out, "trends-3m", mode)
        page.trends.set_range("2w")
        shoot(w, out, "trends-2w", mode)
        page.trends.set_range("3m")
        page.trends.as_table.setChecked(True)
        shoot(w, out, "trends-table", mode)
        page.trends.as_table.setChecked(False)

        page.tabs.setCurrentWidget(page.history)
        shoot(w, out, "history", mode)

        w.shell.show_page("settings")
        sp = w.settings_page
        scroll = sp.findChild(QScrollArea)
        settle()
        if scroll is not None:
            scroll.ensureWidgetVisible(m.checkin_settings, 0, 0)
            scroll.ensureWidgetVisible(m.safety_settings, 0, 0)
        shoot(w, out, "settings-measures", mode)

        today = date.today()
        (out / f"chart-export-{mode}.png").write_bytes(
            render_trends_image(
                db, today - timedelta(days=89), today, dark=mode == "dark", questionnaires=True
            )
        )

        w.lock("manual")
        m.help_button.click()
        shoot(w, out, "safety-locked", mode)
        m.back_from_safety()
        w.close()
        w.deleteLater()
        settle()
    finally:
        shutil.rmtree(data, ignore_errors=True)


def _scroll_to_bottom(widget: object) -> None:
    scroll = widget.findChild(QScrollArea)  # type: ignore[attr-defined]
    if scroll is not None:
        settle()
        bar = scroll.verticalScrollBar()
        bar.setValue(bar.maximum())


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots-measures")  # noqa: S108 - review shots
    out.mkdir(parents=True, exist_ok=True)
    modes = sys.argv[2:] or ["light", "dark"]
    keyslots.ARGON2_MEMORY_KIB = keyslots.MIN_MEMORY_KIB
    keyslots.ARGON2_ITERATIONS = keyslots.MIN_ITERATIONS
    create_application()
    for mode in modes:
        run(out, mode)
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
