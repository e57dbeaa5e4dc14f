"""Dates and times as the patient reads them (their locale, their own UTC offset), and
the conversions to and from Qt's date editors.

Every date goes through ``QLocale()`` (the window's language and the system's country,
set by :func:`kapjournal.i18n.install_language`): month and weekday names, the order
of the parts. The patterns themselves are catalogue messages (German writes
``d. MMM yyyy``); times use a 24-hour ``HH:mm`` in both languages, as the app always
has (German uses it too; an English window keeps the clock it had).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from kapjournal.i18n import arg, tr
from kapjournal.storage.models import to_local


def _q(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_format() -> str:
    """The pattern of a calendar day ("3 Mar 2025"), also for date editors."""
    return tr("d MMM yyyy", "date format (Qt QLocale)")


def datetime_format() -> str:
    """The pattern of a date editor that also holds the time."""
    return tr("d MMM yyyy  HH:mm", "date and time editor format (Qt QLocale)")


def time_format() -> str:
    return tr("HH:mm", "time format (Qt QLocale)")


def fmt_day(day: date) -> str:
    """A calendar day in words of the patient's locale ("3 Mar 2025")."""
    return QLocale().toString(_q(day), date_format())


def fmt_weekday(day: date) -> str:
    """A calendar day with its weekday ("Tue 3 Mar 2025")."""
    return QLocale().toString(_q(day), tr("ddd d MMM yyyy", "date with weekday format (Qt QLocale)"))


def fmt_day_month(day: date) -> str:
    """A day of a week chart ("3 Mar")."""
    return QLocale().toString(_q(day), tr("d MMM", "day and month format (Qt QLocale)"))


def fmt_clock(at: datetime) -> str:
    """The time of day of *at* ("09:30")."""
    return QLocale().toString(QTime(at.hour, at.minute), time_format())


def fmt_number(value: float, decimals: int = 1) -> str:
    """A decimal in the locale's way ("4.5", "4,5"), without trailing zeros."""
    loc = QLocale()
    text = loc.toString(float(value), "f", decimals)
    if decimals and loc.decimalPoint() in text:
        text = text.rstrip("0").rstrip(loc.decimalPoint())
    return text


def local_when(at: datetime, offset_min: int, with_time: bool = True) -> str:
    """A moment as the patient lived it (their own offset at the time)."""
    loc = to_local(at, offset_min)
    day = fmt_day(loc.date())
    if not with_time:
        return day
    return arg(tr("%1, %2", "date, time"), day, fmt_clock(loc))


def fmt_date(day: date | QDate, long: bool = True) -> str:
    """A calendar date in the patient's locale (a ``datetime`` gives its own date)."""
    qdate = day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)
    if long:
        return QLocale().toString(qdate, tr("dddd d MMMM yyyy", "long date format (Qt QLocale)"))
    return QLocale().toString(qdate, tr("ddd d MMM", "short date with weekday format (Qt QLocale)"))


def fmt_time(at: datetime) -> str:
    """The time of day in the locale's own short form (a 12-hour clock where it uses one)."""
    return QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


def to_qdatetime(at: datetime) -> QDateTime:
    """The wall-clock date and time of an aware datetime (in its own offset), as a
    local QDateTime for editing."""
    return QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute))


def picked_datetime(value: QDateTime) -> datetime:
    """What the patient picked, as an aware time in this computer's local zone (with
    the offset that applies on that date, so clock changes are right)."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).astimezone()
