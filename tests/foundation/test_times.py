"""One clock: stored UTC times shown in the procedure's zone, with the zone named."""

from datetime import UTC, datetime

from panel_app.domain.times import zoned


def test_the_deadline_in_brussels_summer_time():
    assert zoned("2026-06-12T10:00:00Z", "Europe/Brussels", seconds=True) == "12.06.2026 12:00:00 (Europe/Brussels)"
    assert zoned(datetime(2026, 1, 5, 9, 30, tzinfo=UTC), "Europe/Athens") == "05.01.2026 11:30 (Europe/Athens)"
    assert zoned(None) == ""


def test_a_stored_time_in_a_message_is_the_same_clock_without_the_zone_named():
    from panel_app.domain.times import iso_utc, local_text

    when = datetime(2026, 6, 12, 10, 0, 5, tzinfo=UTC)
    assert local_text(when, "Europe/Brussels") == "12.06.2026 12:00:05"
    assert local_text(when, "Europe/Brussels", seconds=False) == "12.06.2026 12:00"
    assert zoned(when, "Europe/Brussels", seconds=True).startswith(local_text(when, "Europe/Brussels"))
    assert local_text(None) == "" and iso_utc(None) is None
    assert iso_utc(when) == "2026-06-12T10:00:05Z"
