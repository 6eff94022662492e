import BorderOps
import Configuration
import Words
import Dashboard
import Foundation
import Testing

/// The posts file and the posts pane.
@Suite struct PostsViewTests {
    static let file = """
        [[post]]
        id = "nunukan"
        name = "Pelabuhan Tunon Taka, Nunukan"
        province = "Kalimantan Utara"
        kind = "port"
        zone = "WITA"

        [[post]]
        id = "skouw"
        name = "PLBN Skouw, Jayapura"
        province = "Papua"
        kind = "plbn"
        zone = "WIT"
        """

    @Test func postsFileParses() throws {
        let posts = try PostDirectory.parse(Self.file, path: "posts.toml")
        #expect(posts.map(\.id) == ["nunukan", "skouw"])
        #expect(posts[1].zone == .wit && posts[1].kind == .plbn && posts[1].province == "Papua")
        // `agencies` is optional: none unless listed.
        #expect(posts.allSatisfy { $0.agencies.isEmpty })
        let listed = try PostDirectory.parse(Self.file + "\nagencies = [\"bp3mi\", \"polres-jayapura\"]", path: "posts.toml")
        #expect(listed[1].agencies == ["bp3mi", "polres-jayapura"] && listed[0].agencies.isEmpty)
        // The bundled file parses too.
        let bundled = try String(contentsOfFile: Paths.sampleData + "/posts.toml", encoding: .utf8)
        #expect(try PostDirectory.parse(bundled, path: "sample-data/posts.toml").count >= 5)
    }

    @Test(arguments: [
        ("zone = \"WIT\"", "zone = \"EST\"", "posts.toml:13: zone: \"EST\" is not WIB, WITA or WIT", "posts.toml:13: zone: \"EST\" bukan WIB, WITA atau WIT"),
        ("kind = \"plbn\"", "kind = \"bridge\"", "posts.toml:12: kind: \"bridge\" is not one of port, plbn, airport, office",
         "posts.toml:12: kind: \"bridge\" bukan salah satu dari port, plbn, airport, office"),
        ("id = \"skouw\"", "id = \"nunukan\"", "posts.toml:9: id: post \"nunukan\" is listed twice", "posts.toml:9: id: pos \"nunukan\" tercantum dua kali"),
        ("zone = \"WIT\"", "zone = \"WIT\"\nagencies = [\"tni\", \"\"]", "posts.toml:14: agencies: expected a list of non-empty strings",
         "posts.toml:14: agencies: seharusnya daftar teks yang tidak kosong"),
        ("name = \"PLBN Skouw, Jayapura\"\n", "", "posts.toml:8: name: missing in post 2", "posts.toml:8: name: tidak ada di pos 2"),
        ("[[post]]\nid = \"skouw\"", "[[post]]\nid = ", "posts.toml:9: column ", "posts.toml:9: kolom 6: TOML tidak sah"),
    ])
    func brokenPostsFileNamesLineAndKey(_ old: String, _ new: String, _ english: String, _ indonesian: String) {
        let text = Self.file.replacingOccurrences(of: old, with: new)
        do {
            _ = try PostDirectory.parse(text, path: "posts.toml")
            Issue.record("parsed a broken file")
        } catch {
            #expect(error.word.en.hasPrefix(english), "\(error.word.en)")
            #expect(error.word.id == indonesian)
        }
    }

    func input(now: String, extra: [String] = []) throws -> DashboardInput {
        var events = fold([Paths.sampleData])
        for (n, line) in extra.enumerated() { events.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "x", line: n + 1)) }
        var input = DashboardInput(fold: events, sources: [], now: Timestamp.parse(now)!)
        input.postDirectory = try PostDirectory.parse(Self.file, path: "posts.toml")
        return input
    }

    @Test func paneShowsEachPostInItsZoneWithStaleMarks() throws {
        var model = DashboardModel(language: .en, rowScope: .all)
        model.overlay = .posts
        // The sample day: 433 events on 20 Nov, the last two the next morning (09.00 WITA).
        let day = DashboardView.render(try input(now: "2024-11-20T17:15:00+08:00"), model: model, width: 160, height: 35).text
        #expect(day.contains("[x] nunukan    Pelabuhan Tunon Taka, Nunukan  WITA today 433"), "\(day)")
        #expect(day.contains("[x] skouw      PLBN Skouw, Jayapura           WIT  today 0       not heard from yet"))
        let live = DashboardView.render(try input(now: "2024-11-21T09:10:00+08:00"), model: model, width: 160, height: 35).text
        #expect(live.contains("WITA today 2       last event 09.00 WITA"), "\(live)")
        #expect(live.contains("silent 0h 10m") && !live.contains("STALE"))
        // Skouw keeps its own zone (WIT, +09:00) whatever offset its writer used.
        let skouw = #"{"id":"sk-1","ts":"2024-11-21T01:05:00Z","type":"kpi.reported","post":"skouw","date":"2024-11-21","agency":"imigrasi","metric":"patrol","count":1}"#
        let both = DashboardView.render(try input(now: "2024-11-21T09:10:00+08:00", extra: [skouw]), model: model, width: 160, height: 35).text
        #expect(both.contains("WIT  today 1       last event 10.05 WIT"), "\(both)")
        let stale = DashboardView.render(try input(now: "2024-11-21T09:15:00+08:00"), model: model, width: 160, height: 35).text
        #expect(stale.contains("silent 0h 15m") && stale.contains("⚠ STALE"), "at --stale minutes, as the alert: \(stale)")
    }

    @Test func enterShowsOnlyThisPostAndStarShowsAll() throws {
        let posts = DashboardView.posts(try input(now: "2024-11-20T17:15:00+08:00"))
        #expect(posts == ["nunukan", "skouw"])
        var model = DashboardModel(rowScope: .all)
        model.overlay = .posts
        model.update(.down, rows: { _ in [] }, pageSize: 10, themes: 1, posts: posts)
        model.update(.enter, rows: { _ in [] }, pageSize: 10, themes: 1, posts: posts)
        #expect(model.hiddenPosts == ["nunukan"] && model.overlay == nil)
        model.update(.character("p"), rows: { _ in [] }, pageSize: 10, themes: 1, posts: posts)
        model.update(.character("*"), rows: { _ in [] }, pageSize: 10, themes: 1, posts: posts)
        #expect(model.hiddenPosts.isEmpty)
        model.update(.character(" "), rows: { _ in [] }, pageSize: 10, themes: 1, posts: posts)
        #expect(model.hiddenPosts == ["nunukan"])
    }
}
