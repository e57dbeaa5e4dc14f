"""Dates and times as the patient reads them (their locale, their own UTC offset), and
the conversions to and from Qt's date editors."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from kapjournal.storage.models import to_local


def fmt_day(day: date) -> str:
    """A calendar day in words of the patient's locale ("3 Mar 2025")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def local_when(at: datetime, offset_min: int, with_time: bool = True) -> str:
    """A moment as the patient lived it (their own offset at the time)."""
    loc = to_local(at, offset_min)
    day = fmt_day(loc.date())
    if not with_time:
        return day
    return f"{day}, {loc.strftime('%H:%M')}"


def fmt_date(day: date | QDate, long: bool = True) -> str:
    """A calendar date in the patient's locale (a ``datetime`` gives its own date)."""
    qdate = day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)
    return QLocale().toString(qdate, "dddd d MMMM yyyy" if long else "ddd d MMM")


def fmt_time(at: datetime) -> str:
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
