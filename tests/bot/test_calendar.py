import logging
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.calendar import WorkCalendar, parse_dates

CST = timezone(timedelta(hours=8))
SHANGHAI = ZoneInfo("Asia/Shanghai")
LOGGER = "qunguan.calendar"


def _warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == LOGGER and r.levelno == logging.WARNING]


# --- official 2026 data -------------------------------------------------------


def test_known_year() -> None:
    cal = WorkCalendar()
    assert cal.known_year(2026)
    assert cal.known_year(2004)
    assert not cal.known_year(2027)
    assert not cal.known_year(2003)


def test_2026_national_day_holidays_and_makeup() -> None:
    cal = WorkCalendar()
    assert cal.is_workday(date(2026, 9, 30))
    for d in range(1, 8):
        assert not cal.is_workday(date(2026, 10, d)), d
    assert cal.is_workday(date(2026, 10, 8))  # Thursday
    assert cal.is_workday(date(2026, 10, 9))  # Friday
    assert date(2026, 10, 10).weekday() == 5
    assert cal.is_workday(date(2026, 10, 10))  # make-up Saturday
    assert not cal.is_workday(date(2026, 10, 11))  # Sunday


def test_2026_spring_festival_makeup_saturday() -> None:
    cal = WorkCalendar()
    assert date(2026, 2, 14).weekday() == 5
    assert cal.is_workday(date(2026, 2, 14))
    assert not cal.is_workday(date(2026, 2, 16))  # Monday in the holiday
    assert not cal.is_workday(date(2026, 2, 23))
    assert cal.is_workday(date(2026, 2, 24))


def test_add_workdays_over_national_day() -> None:
    cal = WorkCalendar()
    assert cal.add_workdays(date(2026, 9, 30), 1) == date(2026, 10, 8)
    assert cal.add_workdays(date(2026, 9, 30), 2) == date(2026, 10, 9)
    assert cal.add_workdays(date(2026, 10, 9), 1) == date(2026, 10, 10)
    assert cal.add_workdays(date(2026, 10, 9), 2) == date(2026, 10, 12)
    # starting on a holiday: first working day after it
    assert cal.add_workdays(date(2026, 10, 3), 1) == date(2026, 10, 8)


def test_add_workdays_over_spring_festival() -> None:
    cal = WorkCalendar()
    assert cal.add_workdays(date(2026, 2, 13), 1) == date(2026, 2, 14)
    assert cal.add_workdays(date(2026, 2, 13), 2) == date(2026, 2, 24)
    assert cal.add_workdays(date(2026, 2, 12), 3) == date(2026, 2, 24)


def test_add_workdays_zero_and_negative() -> None:
    cal = WorkCalendar()
    assert cal.add_workdays(date(2026, 10, 3), 0) == date(2026, 10, 3)
    with pytest.raises(ValueError, match="n must be >= 0"):
        cal.add_workdays(date(2026, 10, 3), -1)


def test_deadline_after_end_of_second_workday() -> None:
    cal = WorkCalendar()
    deadline = cal.deadline_after(datetime(2026, 9, 30, 15, 0, tzinfo=CST), 2)
    # 2nd working day after 09-30 is 10-09; deadline is the start of 10-10 local.
    assert deadline == datetime(2026, 10, 10, 0, 0, tzinfo=CST)
    assert deadline.tzinfo == SHANGHAI
    assert (deadline.year, deadline.month, deadline.day, deadline.hour, deadline.minute) == (
        2026,
        10,
        10,
        0,
        0,
    )
    assert deadline.utcoffset() == timedelta(hours=8)


def test_deadline_after_utc_moment_already_next_local_day() -> None:
    cal = WorkCalendar()
    # 2026-10-09 16:30 UTC is 2026-10-10 00:30 in Shanghai (a make-up Saturday).
    moment = datetime(2026, 10, 9, 16, 30, tzinfo=UTC)
    deadline = cal.deadline_after(moment, 1)
    # 1st working day after 10-10 is Monday 10-12 -> ends at 10-13 00:00 local.
    assert deadline == datetime(2026, 10, 13, 0, 0, tzinfo=SHANGHAI)
    assert deadline.tzinfo == SHANGHAI
    # Using the UTC date (10-09) would have given 10-11 00:00.
    assert deadline != datetime(2026, 10, 11, 0, 0, tzinfo=SHANGHAI)


def test_deadline_after_zero_is_end_of_local_day() -> None:
    cal = WorkCalendar()
    deadline = cal.deadline_after(datetime(2026, 9, 30, 15, 0, tzinfo=CST), 0)
    assert deadline == datetime(2026, 10, 1, 0, 0, tzinfo=SHANGHAI)


def test_deadline_after_naive_raises() -> None:
    cal = WorkCalendar()
    naive = datetime(2026, 9, 30, 15, 0)  # noqa: DTZ001 - naive on purpose
    with pytest.raises(ValueError, match="timezone-aware"):
        cal.deadline_after(naive, 2)


def test_custom_tz() -> None:
    cal = WorkCalendar(tz="UTC")
    # 2026-09-30 20:00 +08:00 is still 09-30 in UTC.
    deadline = cal.deadline_after(datetime(2026, 9, 30, 20, 0, tzinfo=CST), 1)
    assert deadline == datetime(2026, 10, 9, 0, 0, tzinfo=UTC)
    assert deadline.tzinfo == ZoneInfo("UTC")


# --- unknown years and overrides ---------------------------------------------


def test_unknown_year_falls_back_to_weekends_and_warns_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger=LOGGER)
    cal = WorkCalendar()
    assert date(2027, 1, 1).weekday() == 4
    assert cal.is_workday(date(2027, 1, 1))  # Friday, no holiday data
    assert not cal.is_workday(date(2027, 1, 2))  # Saturday
    assert not cal.is_workday(date(2027, 1, 3))  # Sunday
    assert cal.is_workday(date(2027, 1, 4))
    assert cal.add_workdays(date(2026, 12, 31), 2) == date(2027, 1, 4)
    records = _warnings(caplog)
    assert len(records) == 1
    assert "2027" in records[0].getMessage()
    assert "extra_holidays" in records[0].getMessage()

    cal.is_workday(date(2028, 3, 1))
    assert len(_warnings(caplog)) == 2
    cal.is_workday(date(2028, 3, 2))
    cal.is_workday(date(2027, 6, 1))
    assert len(_warnings(caplog)) == 2


def test_known_year_does_not_warn(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger=LOGGER)
    cal = WorkCalendar()
    cal.is_workday(date(2026, 10, 1))
    cal.add_workdays(date(2026, 9, 30), 5)
    assert _warnings(caplog) == []


def test_extra_holiday_in_unknown_year() -> None:
    cal = WorkCalendar(extra_holidays=[date(2027, 1, 1)])
    assert not cal.is_workday(date(2027, 1, 1))
    assert cal.add_workdays(date(2026, 12, 31), 1) == date(2027, 1, 4)


def test_extra_workday_in_unknown_year() -> None:
    saturday = date(2027, 1, 9)
    assert saturday.weekday() == 5
    cal = WorkCalendar(extra_workdays=[saturday])
    assert cal.is_workday(saturday)
    assert cal.add_workdays(date(2027, 1, 8), 1) == saturday
    assert not WorkCalendar().is_workday(saturday)


def test_overrides_win_over_official_data() -> None:
    cal = WorkCalendar(
        extra_holidays=[date(2026, 10, 9), date(2026, 10, 10)],
        extra_workdays=[date(2026, 10, 3)],
    )
    assert not cal.is_workday(date(2026, 10, 9))
    assert not cal.is_workday(date(2026, 10, 10))
    assert cal.is_workday(date(2026, 10, 3))
    assert cal.add_workdays(date(2026, 9, 30), 1) == date(2026, 10, 3)
    assert cal.add_workdays(date(2026, 9, 30), 3) == date(2026, 10, 12)


def test_extra_workdays_beat_extra_holidays() -> None:
    day = date(2027, 1, 1)
    cal = WorkCalendar(extra_holidays=[day], extra_workdays=[day])
    assert cal.is_workday(day)


# --- workdays_between ---------------------------------------------------------


def test_workdays_between() -> None:
    cal = WorkCalendar()
    # 10-08, 10-09, 10-10 (make-up), 10-12
    assert cal.workdays_between(date(2026, 9, 30), date(2026, 10, 12)) == 4
    # start excluded, end included
    assert cal.workdays_between(date(2026, 10, 8), date(2026, 10, 9)) == 1
    assert cal.workdays_between(date(2026, 10, 1), date(2026, 10, 7)) == 0
    # 02-14 (make-up), 02-24
    assert cal.workdays_between(date(2026, 2, 13), date(2026, 2, 24)) == 2
    assert cal.workdays_between(date(2026, 10, 12), date(2026, 10, 12)) == 0
    assert cal.workdays_between(date(2026, 10, 12), date(2026, 9, 30)) == 0


def test_workdays_between_consistent_with_add_workdays() -> None:
    cal = WorkCalendar()
    start = date(2026, 9, 25)
    for n in range(1, 12):
        assert cal.workdays_between(start, cal.add_workdays(start, n)) == n


# --- parse_dates --------------------------------------------------------------


def test_parse_dates_ok() -> None:
    assert parse_dates(["2027-01-01", " 2027-02-10 "]) == [date(2027, 1, 1), date(2027, 2, 10)]
    assert parse_dates([]) == []
    # TOML bare dates arrive as date objects
    assert parse_dates([date(2027, 5, 1)]) == [date(2027, 5, 1)]


@pytest.mark.parametrize(
    "bad", ["2027-13-01", "2027-02-30", "2027/01/01", "20270101", "2027-1-1", ""]
)
def test_parse_dates_bad(bad: str) -> None:
    with pytest.raises(ValueError, match="日期格式应为 YYYY-MM-DD") as excinfo:
        parse_dates(["2027-01-01", bad])
    assert f"：{bad}" in str(excinfo.value)
