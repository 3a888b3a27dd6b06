import Testing
@testable import Ledger

@Suite("Timestamps")
struct TimestampTests {
    @Test("The log's spelling round-trips", arguments: [
        "1970-01-01T00:00:00.000Z", "2026-11-23T10:15:02.123Z", "2024-02-29T23:59:59.999Z", "2000-02-29T12:00:00.000Z",
        "2100-12-31T00:00:00.001Z",
    ])
    func roundTrip(text: String) throws {
        let moment = try #require(Timestamp(text))
        #expect(moment.description == text)
    }

    @Test("Known instants have the right epoch milliseconds")
    func knownInstants() {
        #expect(Timestamp("1970-01-01T00:00:00.000Z")?.millisecondsSinceEpoch == 0)
        #expect(Timestamp("2026-11-23T10:15:02.123Z")?.millisecondsSinceEpoch == 1_795_428_902_123)
        #expect(Timestamp(millisecondsSinceEpoch: 951_782_400_000).description == "2000-02-29T00:00:00.000Z")
    }

    @Test("Other spellings and impossible dates are refused", arguments: [
        "2026-11-23T10:15:02Z", "2026-11-23T10:15:02.123", "2026-11-23 10:15:02.123Z", "2026-11-23T10:15:02.123z",
        "2026-13-01T00:00:00.000Z", "2026-02-29T00:00:00.000Z", "2100-02-29T00:00:00.000Z", "2026-04-31T00:00:00.000Z",
        "2026-11-23T24:00:00.000Z", "2026-11-23T10:60:00.000Z", "1969-12-31T23:59:59.999Z", "2026-11-23T10:15:02.123+01:00",
        "２026-11-23T10:15:02.123Z", "",
    ])
    func refused(text: String) {
        #expect(Timestamp(text) == nil)
    }

    @Test("Timestamps order by moment")
    func ordering() throws {
        let earlier = try #require(Timestamp("2026-11-23T10:15:02.123Z"))
        let later = try #require(Timestamp("2026-11-23T10:15:02.124Z"))
        #expect(earlier < later)
    }
}

@Suite("Names")
struct NamesTests {
    @Test("Actor ids are lowercase slugs")
    func actorIDs() {
        for good in ["ib.devries", "lk-bakker", "a", "0", "x_y.z-1"] { #expect(Names.isActorID(good), "\(good)") }
        for bad in ["", "IB", ".a", "-a", "a b", "a/b", "é", String(repeating: "a", count: 65)] {
            #expect(!Names.isActorID(bad), "\(bad)")
        }
    }

    @Test("Event types are dot-separated lowercase words")
    func eventTypes() {
        for good in ["note", "actor.key_rotated", "hypothesis.refuted", "a.b.c"] { #expect(Names.isEventType(good), "\(good)") }
        for bad in ["", "Note", "note.", ".note", "note..x", "1note", "note-x", "note x"] { #expect(!Names.isEventType(bad), "\(bad)") }
    }

    @Test("Streams are slugs joined by slashes")
    func streams() {
        for good in ["logbook", "case/2026-004", "a/b/c"] { #expect(Names.isStream(good), "\(good)") }
        for bad in ["", "case/", "/case", "case//1", "Case/1", "case 1"] { #expect(!Names.isStream(bad), "\(bad)") }
    }
}
