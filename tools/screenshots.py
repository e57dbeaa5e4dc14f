"""Take screenshots of every screen, in light and dark, for review and the README.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py OUT_DIR [light|dark ...]

Uses a throw-away data folder and no keychain. Pages added by later features are
captured when present (see SCENES).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shotlib import PASS, Camera, main_window, shots_main


def run(cam: Camera) -> None:
    with main_window(cam, "kap-shots-") as w:
        cam.shoot(w, "welcome")
        w.welcome.create_button.click()
        w.access.create_page.form.first.setText("tulip")
        cam.shoot(w, "setup-weak")
        w.access.create_page.form.first.setText(PASS)
        w.access.create_page.form.second.setText(PASS)
        cam.shoot(w, "setup")
        w.access.create_page.create.click()
        cam.until(lambda: w.stack.currentWidget() is w.access.recovery_page)
        cam.shoot(w, "recovery-code")
        code = w.access.recovery_page.code_label.text()
        w.access.recovery_page.check.setText(code.split("-")[-1])
        w.access.recovery_page.continue_button.click()
        cam.until(lambda: w.stack.currentWidget() is w.shell)
        w.page("journal").editor.setPlainText("Walked by the river. The light on the water helped.")
        w.page("journal").save()
        w.page("journal").editor.setPlainText("Felt calmer after the breathing space. 🌿")
        cam.settle(300)
        cam.shoot(w, "journal")
        w.shell.show_page("settings")
        cam.shoot(w, "settings")
        w.lock("manual")
        cam.shoot(w, "locked")
        w.unlock_page.field.setText("not my passphrase")
        w.unlock_page.unlock.click()
        cam.until(lambda: bool(w.unlock_page.message.text()))
        cam.shoot(w, "unlock-wrong")
        w.unlock_page.forgot.click()
        cam.shoot(w, "recover")


def main() -> int:
    return shots_main(run, "screenshots")


if __name__ == "__main__":
    sys.exit(main())
