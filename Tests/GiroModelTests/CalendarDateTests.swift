import GiroModel
import Testing

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test func isoTextRoundTrips() throws {
        for text in ["1970-01-01", "2000-02-29", "2026-12-04", "2027-03-08", "1899-12-31", "2400-02-29"] {
            let date = try #require(CalendarDate(iso: text))
            #expect(date.description == text)
        }
    }

    @Test func epochAndKnownDaysMatch() {
        #expect(CalendarDate(iso: "1970-01-01")?.daysSinceEpoch == 0)
        #expect(CalendarDate(iso: "2000-03-01")?.daysSinceEpoch == 11_017)
        #expect(CalendarDate(iso: "1969-12-31")?.daysSinceEpoch == -1)
    }

    @Test func nonexistentDatesAreRejected() {
        for text in ["2026-02-29", "2026-02-30", "2026-13-01", "2026-00-10", "2026-04-31", "26-01-01", "2026-1-01", "", "2026-01-0x"] {
            #expect(CalendarDate(iso: text) == nil, "\(text) was accepted")
        }
    }

    @Test func weekdaysFollowISO() {
        #expect(CalendarDate(iso: "2026-12-07")?.weekday == .monday)
        #expect(CalendarDate(iso: "2026-12-04")?.weekday == .friday)
        #expect(CalendarDate(iso: "1970-01-01")?.weekday == .thursday)
        #expect(CalendarDate(iso: "1969-12-28")?.weekday == .sunday)
        #expect(CalendarDate(iso: "2026-12-10")?.startOfWeek == CalendarDate(iso: "2026-12-07"))
    }

    @Test func daysBetweenDates() throws {
        let first = try #require(CalendarDate(iso: "2026-12-28"))
        let second = try #require(CalendarDate(iso: "2027-01-04"))
        #expect(second.days(since: first) == 7)
        #expect(first.adding(days: 7) == second)
    }
}

@Suite("Clock times")
struct ClockTimeTests {
    @Test func parsesHoursMinutesAndSeconds() {
        #expect(ClockTime.parse("08:30") == 30_600)
        #expect(ClockTime.parse("00:00") == 0)
        #expect(ClockTime.parse("25:15") == 90_900)
        #expect(ClockTime.parse("08:30:15") == 30_615)
    }

    @Test func rejectsMalformedText() {
        for text in ["8:30", "08:60", "48:00", "08-30", "0830", "08:30:60", "ab:cd", ""] {
            #expect(ClockTime.parse(text) == nil, "\(text) was accepted")
        }
    }

    @Test func formatsWholeMinutesWithoutSeconds() {
        #expect(ClockTime.format(30_600) == "08:30")
        #expect(ClockTime.format(30_615) == "08:30:15")
        #expect(ClockTime.format(90_000) == "25:00")
        #expect(ClockTime.format(-60) == "-00:01")
    }
}

@Suite("Customer windows")
struct CustomerWindowTests {
    @Test func entireAdherenceShortensWindowsByTheVisit() {
        let windows = WeeklyWindows([
            .monday: [TimeWindow(start: 8 * 3600, end: 12 * 3600), TimeWindow(start: 15 * 3600, end: 15 * 3600 + 1200)]
        ])
        var customer = Customer(
            id: "C", location: .planar(x: 0, y: 0), visitDuration: 1800, openingHours: windows, adherence: .entire)
        #expect(customer.serviceStartWindows(on: .monday) == [TimeWindow(start: 8 * 3600, end: 11 * 3600 + 1800)])
        #expect(customer.serviceStartWindows(on: .tuesday).isEmpty)

        customer.adherence = .start
        #expect(customer.serviceStartWindows(on: .monday).count == 2)
    }

    @Test func blocksCoverTheirWholeRange() throws {
        let first = try #require(CalendarDate(iso: "2026-12-07"))
        let customer = Customer(
            id: "C", location: .planar(x: 0, y: 0), visitDuration: 600,
            blocks: [DateRange(first: first, last: first.adding(days: 2))])
        #expect(customer.isBlocked(on: first))
        #expect(customer.isBlocked(on: first.adding(days: 2)))
        #expect(!customer.isBlocked(on: first.adding(days: 3)))
        #expect(!customer.isBlocked(on: first.adding(days: -1)))
    }
}
