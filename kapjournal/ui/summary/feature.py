"""The therapist summary in the window: the Summary page and its exports.

The page (and with it the exporters and the charts) is imported when first shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kapjournal.i18n import tr
from kapjournal.storage.db import Database
from kapjournal.ui.feature import FeatureHost

if TYPE_CHECKING:
    from kapjournal.ui.summary.summary_page import SummaryPage


class SummaryFeature:
    """One page; it refreshes its preview when the journal changes."""

    def __init__(self, host: FeatureHost) -> None:
        self.host = host
        self.page = host.add_page("summary", tr("Summary"), self._build_page)

    def _build_page(self) -> SummaryPage:
        from kapjournal.ui.summary.summary_page import SummaryPage

        return SummaryPage(clock=self.host.now)

    def unlocked(self, db: Database) -> None:
        """The page gets the journal through its own ``on_unlocked``."""

    def locked(self) -> None:
        """The page clears itself (``clear``)."""

    def data_changed(self, table: str) -> None:
        page = self.page.built
        if page is not None:
            page.on_data_changed(table)
