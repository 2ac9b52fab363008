"""RFC 5545 calendar files written by hand: all-day events with an alarm, for task deadlines.

A phone subscribes to a URL and re-reads the file; what matters is that every event keeps its UID
across builds (so an edit moves the event instead of duplicating it), that lines are folded at
75 octets without cutting a UTF-8 character, and that text values are escaped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["CalendarEvent", "calendar_text", "escape_text", "fold_line"]

CRLF = "\r\n"
# RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break.
MAX_OCTETS = 75


@dataclass(frozen=True, slots=True, kw_only=True)
class CalendarEvent:
    """One all-day event on ``day``.

    Attributes:
        uid: globally unique and stable across builds ("2024-2078-cv-duk-1@host").
        day: the all-day date (the task's due date).
        summary: the event title.
        description: free text; newlines are kept.
        url: an absolute URL to the page of the event, or "".
        alarm_days: remind this many days before; 0 for no alarm.
        categories: category names.
    """

    uid: str
    day: dt.date
    summary: str
    description: str = ""
    url: str = ""
    alarm_days: int = 0
    alarm_text: str = ""
    categories: tuple[str, ...] = ()


def escape_text(value: str) -> str:
    r"""Escape a TEXT value (RFC 5545 §3.3.11): ``\`` ``;`` ``,`` and newlines."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_line(line: str) -> str:
    """Fold a content line into 75-octet pieces joined by CRLF + space, never inside a character."""
    data = line.encode("utf-8")
    if len(data) <= MAX_OCTETS:
        return line
    pieces: list[bytes] = []
    start, limit = 0, MAX_OCTETS
    while len(data) - start > limit:
        end = start + limit
        while data[end] & 0xC0 == 0x80:  # a UTF-8 continuation byte: the character goes whole
            end -= 1
        pieces.append(data[start:end])
        # A continuation line starts with the space that marks it: one octet less for text.
        start, limit = end, MAX_OCTETS - 1
    pieces.append(data[start:])
    return (CRLF + " ").join(piece.decode("utf-8") for piece in pieces)


def _date(value: dt.date) -> str:
    return value.strftime("%Y%m%d")


def _stamp(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar_text(
    events: Iterable[CalendarEvent],
    *,
    name: str,
    description: str = "",
    stamp: dt.datetime,
    product: str = "-//bangtin//Theo doi nhiem vu//VI",
) -> str:
    """The text of a VCALENDAR holding ``events`` as all-day VEVENTs.

    Args:
        events: the events, written in the order given.
        name: the calendar's display name (X-WR-CALNAME, read by Google, Apple and Outlook).
        description: the calendar's description.
        stamp: DTSTAMP of every event: the build time, so two builds of one commit are identical.
        product: the PRODID.

    Returns:
        The file's text with CRLF line ends, ready to be written as UTF-8.
    """
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{product}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        # NAME and DESCRIPTION are RFC 7986; Google, Apple and Outlook read the X-WR- ones.
        f"NAME:{escape_text(name)}",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
        lines.append(f"X-WR-CALDESC:{escape_text(description)}")
    # Subscribed calendars re-read the file this often (Apple, Outlook; Google decides itself).
    lines += ["REFRESH-INTERVAL;VALUE=DURATION:PT12H", "X-PUBLISHED-TTL:PT12H"]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{_stamp(stamp)}",
            f"DTSTART;VALUE=DATE:{_date(event.day)}",
            f"DTEND;VALUE=DATE:{_date(event.day + dt.timedelta(days=1))}",
            f"SUMMARY:{escape_text(event.summary)}",
        ]
        if event.description:
            lines.append(f"DESCRIPTION:{escape_text(event.description)}")
        if event.url:
            lines.append(f"URL:{event.url}")
        if event.categories:
            lines.append("CATEGORIES:" + ",".join(escape_text(c) for c in event.categories))
        # A deadline does not make the day busy.
        lines.append("TRANSP:TRANSPARENT")
        if event.alarm_days > 0:
            lines += [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                f"TRIGGER:-P{event.alarm_days}D",
                f"DESCRIPTION:{escape_text(event.alarm_text or event.summary)}",
                "END:VALARM",
            ]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + CRLF for line in lines)
