"""Working-day calendar for mainland China (official holidays + local overrides).

Official data comes from the ``chinesecalendar`` package, which only covers a
fixed range of years. Outside that range Monday-Friday are treated as working
days, and operators can patch in holidays / make-up workdays via config.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import chinese_calendar

logger = logging.getLogger("qunguan.calendar")

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _as_date(day: date) -> date:
    """Drop the time part if a datetime was passed."""
    return day.date() if isinstance(day, datetime) else day


def parse_dates(values: Iterable[str | date]) -> list[date]:
    """Parse ``YYYY-MM-DD`` strings (``date`` objects, e.g. from TOML, pass through)."""
    if isinstance(values, (str, date)):
        values = [values]
    result: list[date] = []
    for value in values:
        if isinstance(value, datetime):
            raise ValueError(f"日期格式应为 YYYY-MM-DD：{value}")
        if isinstance(value, date):
            result.append(value)
            continue
        text = str(value).strip()
        if not _DATE_RE.fullmatch(text):
            raise ValueError(f"日期格式应为 YYYY-MM-DD：{value}")
        try:
            result.append(date.fromisoformat(text))
        except ValueError:
            raise ValueError(f"日期格式应为 YYYY-MM-DD：{value}") from None
    return result


class WorkCalendar:
    """Decides working days and computes working-day deadlines."""

    def __init__(
        self,
        extra_holidays: Iterable[date] = (),
        extra_workdays: Iterable[date] = (),
        tz: str | ZoneInfo = "Asia/Shanghai",
    ) -> None:
        self.extra_holidays: frozenset[date] = frozenset(_as_date(d) for d in extra_holidays)
        self.extra_workdays: frozenset[date] = frozenset(_as_date(d) for d in extra_workdays)
        self.tz: ZoneInfo = tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz)
        self._known_years: dict[int, bool] = {}
        self._warned_years: set[int] = set()

    def known_year(self, year: int) -> bool:
        """Whether the official calendar package has data for ``year``."""
        known = self._known_years.get(year)
        if known is None:
            try:
                chinese_calendar.is_workday(date(year, 1, 1))
                known = True
            except NotImplementedError:
                known = False
            self._known_years[year] = known
        return known

    def is_workday(self, day: date) -> bool:
        """Overrides first, then official data, else Monday-Friday."""
        day = _as_date(day)
        if day in self.extra_workdays:
            return True
        if day in self.extra_holidays:
            return False
        if self.known_year(day.year):
            return chinese_calendar.is_workday(day)
        if day.year not in self._warned_years:
            self._warned_years.add(day.year)
            logger.warning(
                "节假日数据未覆盖 %d 年，按周末计算工作日；"
                "可在 bot.toml [calendar] 中补充 extra_holidays / extra_workdays",
                day.year,
            )
        return day.weekday() < 5

    def add_workdays(self, day: date, n: int) -> date:
        """Return the n-th working day strictly after ``day`` (``day`` itself if n == 0)."""
        if n < 0:
            raise ValueError(f"n must be >= 0, got {n}")
        current = _as_date(day)
        remaining = n
        while remaining > 0:
            current += timedelta(days=1)
            if self.is_workday(current):
                remaining -= 1
        return current

    def deadline_after(self, moment: datetime, n: int) -> datetime:
        """End of the n-th working day after ``moment``'s local date.

        That is the next local midnight, returned tz-aware in the calendar tz.
        """
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError("moment must be timezone-aware")
        local_day = moment.astimezone(self.tz).date()
        last_day = self.add_workdays(local_day, n)
        return datetime.combine(last_day + timedelta(days=1), time.min, tzinfo=self.tz)

    def workdays_between(self, start: date, end: date) -> int:
        """Count working days d with start < d <= end (0 if end <= start)."""
        start, end = _as_date(start), _as_date(end)
        count = 0
        current = start
        while current < end:
            current += timedelta(days=1)
            if self.is_workday(current):
                count += 1
        return count
