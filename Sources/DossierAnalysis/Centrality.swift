/// Ranks the people an article names and keeps the central ones: those who speak (quote speakers),
/// act (subject of a verb: met, said, urged…), take part in the lead's meeting ("met with …"), or are
/// mentioned at least twice outside quotes. A single passing mention ("greetings from President X")
/// does not make an actor, and mentions told as history after the lead ("then-Prime Minister X",
/// "X said last year") count for nothing. Most central first; ties by first appearance.
enum Centrality {
    struct Stats {
        var mentions = 0
        var subject = 0
        var participant = false
        var speaker = 0
        var first = Int.max
        var inHeadline = false
    }

    static let maxActors = 8
    /// Meetings told after the lead are background ("He met … in Beijing last month").
    static let leadParagraphs = 3

    static func rank(entities: [Entity], mentions: [ResolvedMention], speakers: [Int: Int]) -> [Int] {
        var stats: [Int: Stats] = [:]
        for (order, m) in mentions.enumerated() {
            guard let e = m.entity, !entities[e].isOrganisation, !m.raw.isQuoted, !m.raw.isBackground else { continue }
            var s = stats[e] ?? Stats()
            if case .pronoun = m.raw.reference {} else { s.mentions += 1 }
            if m.raw.isSubject { s.subject += 1 }
            if m.raw.isParticipant, m.raw.paragraph <= leadParagraphs { s.participant = true }
            if m.raw.paragraph == 0 { s.inHeadline = true }
            s.first = min(s.first, order)
            stats[e] = s
        }
        for (e, n) in speakers where !entities[e].isOrganisation {
            stats[e, default: Stats()].speaker += n
        }
        func score(_ s: Stats) -> Int {
            3 * min(s.speaker, 3) + 2 * min(s.subject, 3) + min(s.mentions, 6) + (s.participant ? 2 : 0)
                + (s.inHeadline ? 2 : 0)
        }
        return stats
            .filter { $0.value.speaker > 0 || $0.value.subject > 0 || $0.value.participant || $0.value.mentions >= 2 }
            .filter { $0.value.mentions > 0 }
            .sorted { a, b in
                let sa = score(a.value), sb = score(b.value)
                return sa != sb ? sa > sb : a.value.first < b.value.first
            }
            .prefix(maxActors)
            .map(\.key)
    }
}
