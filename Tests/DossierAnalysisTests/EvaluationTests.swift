@testable import DossierAnalysis
import DossierModel
import XCTest

/// Aggregate quality on the hand-labelled corpus, matched the way tools/score-summaries matches:
/// names folded (case, diacritics, punctuation), a person matched by last name plus first initial or
/// word subset, a quote by its first words and speaker. The thresholds are what this version reaches;
/// a broken rule drops a score below them.
final class EvaluationTests: XCTestCase {
    static func fold(_ s: String) -> [String] {
        let folded = Slug.asciiFold(s).lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " }
        return String(folded).split(separator: " ").map(String.init)
    }

    static func samePerson(_ a: String, _ b: String) -> Bool {
        let x = fold(a), y = fold(b)
        guard let xl = x.last, let yl = y.last, let xf = x.first, let yf = y.first else { return false }
        if x == y { return true }
        return xl == yl && (xf.first == yf.first || Set(x).isSubset(of: Set(y)) || Set(y).isSubset(of: Set(x)))
    }

    static func f1(_ tp: Int, _ fp: Int, _ fn: Int) -> Double {
        let p = tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp)
        let r = tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn)
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    func testAggregateScores() {
        var actors = (tp: 0, fp: 0, fn: 0), topics = (tp: 0, fp: 0, fn: 0)
        var dates = (ok: 0, n: 0), events = (ok: 0, n: 0), titles = (ok: 0, n: 0), quotes = (ok: 0, n: 0)
        var report: [String] = []
        for item in EvaluationCorpus.articles {
            let brief = Fixture.analyzer.brief(for: item.article)
            let tp = brief.actors.filter { p in item.actors.contains { Self.samePerson(p, $0) } }.count
            let fn = item.actors.filter { g in !brief.actors.contains { Self.samePerson($0, g) } }.count
            actors.tp += tp; actors.fp += brief.actors.count - tp; actors.fn += fn
            let got = Set(brief.topics), want = Set(item.topics)
            topics.tp += got.intersection(want).count; topics.fp += got.subtracting(want).count
            topics.fn += want.subtracting(got).count
            if let date = item.date {
                dates.n += 1
                if brief.date?.iso == date { dates.ok += 1 }
            }
            if let event = item.eventDate {
                events.n += 1
                if brief.eventDate?.iso == event { events.ok += 1 } else {
                    report.append("\(item.name): event date \(brief.eventDate?.iso ?? "nil") vs \(event)")
                }
            }
            if let title = item.title {
                titles.n += 1
                if brief.title == title { titles.ok += 1 }
            }
            for q in item.quotes {
                quotes.n += 1
                let start = Self.fold(q.start).joined(separator: " ")
                if brief.quotes.contains(where: { Self.fold($0.text).joined(separator: " ").contains(start)
                    && Self.samePerson($0.speaker ?? "", q.speaker) }) {
                    quotes.ok += 1
                } else {
                    report.append("\(item.name): quote “\(q.start)” by \(q.speaker) not found in \(brief.quotes.map { "\($0.speaker ?? "nil"): \($0.text.prefix(30))" })")
                }
            }
            if got != want || tp != brief.actors.count || fn > 0 || (item.date != nil && brief.date?.iso != item.date) {
                report.append("\(item.name): actors \(brief.actors) vs \(item.actors); topics \(brief.topics) vs \(item.topics); date \(brief.date?.iso ?? "nil") vs \(item.date ?? "nil")")
            }
        }
        let actorF1 = Self.f1(actors.tp, actors.fp, actors.fn)
        let topicF1 = Self.f1(topics.tp, topics.fp, topics.fn)
        let summary = String(format: "actors F1 %.2f | topics F1 %.2f | date %d/%d | event date %d/%d | title %d/%d | quotes %d/%d",
                             actorF1, topicF1, dates.ok, dates.n, events.ok, events.n, titles.ok, titles.n, quotes.ok, quotes.n)
        print("evaluation: " + summary + "\n" + report.joined(separator: "\n"))
        XCTAssertGreaterThanOrEqual(actorF1, 0.99, summary)
        XCTAssertGreaterThanOrEqual(topicF1, 0.96, summary)
        XCTAssertEqual(dates.ok, dates.n, summary)
        XCTAssertEqual(events.ok, events.n, summary)
        XCTAssertEqual(titles.ok, titles.n, summary)
        XCTAssertGreaterThanOrEqual(Double(quotes.ok), 0.97 * Double(quotes.n), summary)
    }

    /// A derived title is the lead's opening, at most twelve words (fourteen when that is the whole
    /// sentence), without trailing punctuation (a closing quotation mark aside) or unpaired quotes.
    func testDerivedTitlesAreShortAndClean() {
        for item in EvaluationCorpus.articles where item.title == nil {
            let title = Fixture.analyzer.brief(for: item.article).title
            XCTAssertLessThanOrEqual(title.split(separator: " ").count, 14, item.name)
            XCTAssertGreaterThanOrEqual(title.split(separator: " ").count, 4, item.name)
            XCTAssertFalse(title.last.map { $0.isPunctuation && $0 != "”" && $0 != "\"" } ?? true, "\(item.name): \(title)")
            XCTAssertEqual(title.filter { $0 == "“" }.count, title.filter { $0 == "”" }.count, "\(item.name): \(title)")
            XCTAssertEqual(title.filter { $0 == "\"" }.count % 2, 0, "\(item.name): \(title)")
            XCTAssertFalse(TitleMaker.danglingWords.contains(String(title.split(separator: " ").last ?? "").lowercased()),
                           "\(item.name): \(title)")
        }
    }
}
