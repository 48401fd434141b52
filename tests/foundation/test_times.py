"""One clock: stored UTC times shown in the procedure's zone, with the zone named."""

from datetime import UTC, datetime

from panel_app.domain.times import zoned


def test_the_deadline_in_brussels_summer_time():
    assert zoned("2026-06-12T10:00:00Z", "Europe/Brussels", seconds=True) == "12.06.2026 12:00:00 (Europe/Brussels)"
    assert zoned(datetime(2026, 1, 5, 9, 30, tzinfo=UTC), "Europe/Athens") == "05.01.2026 11:30 (Europe/Athens)"
    assert zoned(None) == ""
