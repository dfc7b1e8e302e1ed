import DossierModel

/// Stage 2 of the pipeline: reads an `Article` and establishes who said what, about what, when.
///
/// Everything that can be prepared once (the actor gazetteer, topic keywords, place and outlet
/// lists) is compiled in `init`; `brief(for:)` is a pure function of its article that scans each
/// paragraph's tokens a bounded number of times, so it is safe and cheap to call concurrently.
public struct Analyzer: Sendable {
    let config: DossierConfig
    let gazetteer: Gazetteer
    let topicMatcher: TopicMatcher
    let placeFinder: PlaceFinder
    let sourceFinder: SourceFinder

    /// Compiles the config's actor aliases, the built-in gazetteer and topic keywords into matchers once.
    public init(config: DossierConfig) {
        self.config = config
        self.gazetteer = Gazetteer(config: config.actors, builtIn: DossierConfig.defaultActors)
        self.topicMatcher = TopicMatcher(topics: config.topics)
        self.placeFinder = PlaceFinder()
        self.sourceFinder = SourceFinder()
    }

    /// Pure: an Article in, a Brief out (see Brief.swift). Never crashes; problems become Diagnostics
    /// (warnings naming article.sourceFile).
    public func brief(for article: Article) -> Brief {
        let file = article.sourceFile
        var diagnostics = article.diagnostics
        let headline = TokenizedText(article.headline ?? "")
        let paragraphs = article.paragraphs.map(TokenizedText.init)
        // Index 0 is the headline, then paragraph n at index n.
        let texts = [headline] + paragraphs
        let spans = texts.map { QuoteScanner.spans($0.tokens) }
        let sentences = texts.indices.map { SentenceSplitter.ranges(texts[$0], spans: spans[$0]) }
        // Per text, per token: inside a quotation (made once, asked by several steps).
        let masks = texts.indices.map { QuoteScanner.mask(spans[$0], count: texts[$0].tokens.count) }

        let date = PublicationDate.find(article, paragraphs: paragraphs)

        var raw: [RawMention] = []
        for (n, text) in texts.enumerated() {
            raw += MentionScanner.scan(text, paragraph: n, quoted: masks[n], gazetteer: gazetteer, publishedYear: date?.year)
        }
        let (entities, mentions) = EntityResolver.resolve(raw, gazetteer: gazetteer)
        let mentionsByText = Analyzer.byText(mentions)

        let (quotes, speakerCounts, quoteWarnings) = collectQuotes(texts: texts, spans: spans, masks: masks, sentences: sentences,
                                                                   mentions: mentionsByText, entities: entities)
        diagnostics += quoteWarnings.map { Diagnostic.warning(file, $0) }
        if date == nil { diagnostics.append(.warning(file, "no publication date found")) }
        let central = Centrality.rank(entities: entities, mentions: mentions, speakers: speakerCounts)

        // Each text's word tokens (by index), and per token the number of words before it (a
        // sentence's words are a slice of its paragraph's), with the topic keywords each word may start.
        let wordsBefore = texts.map(Analyzer.wordsBefore)
        let words = texts.indices.map { Analyzer.wordIndices(of: texts[$0], count: wordsBefore[$0].last ?? 0) }
        let topicStarts = texts.indices.map { topicMatcher.starts(of: texts[$0].tokens, words: words[$0]) }
        let hits = texts.indices.map { topicMatcher.hits(in: texts[$0].tokens, words: words[$0][...], starts: topicStarts[$0][...]) }
        let ranked = TopicRanker.rank(headline: hits[0], paragraphs: Array(hits.dropFirst()),
                                      topicCount: config.topics.count)
        let topicIndices = ranked.map(\.topic)
        let topicNames = config.topics.map(\.name)

        let leadText = TitleMaker.lead(of: paragraphs)
        // The lead and the paragraphs after it, with their quote masks (texts[n] is paragraph n).
        let eventParagraphs = texts.indices.dropFirst(TitleMaker.leadIndex(of: paragraphs) + 1).prefix(EventDate.paragraphs).map { n in
            (text: texts[n], quoted: masks[n])
        }
        let scored = scoredSentences(texts: texts, sentences: sentences, mentions: mentionsByText,
                                     words: (words, wordsBefore, topicStarts))
        let venueWords = texts.indices.prefix(PlaceFinder.leadParagraphs + 1).map { n in
            let quoted = masks[n]
            return (tokens: texts[n].tokens, words: texts[n].tokens.indices.filter { !quoted[$0] && texts[n].tokens[$0].kind == .word })
        }
        return Brief(
            sourceFile: file,
            title: TitleMaker.title(headline: article.headline, lead: leadText),
            date: date,
            eventDate: EventDate.find(paragraphs: eventParagraphs, published: date),
            source: sourceFinder.source(paragraphs: paragraphs, words: Array(words.dropFirst())),
            actors: central.map { entities[$0].name },
            topics: topicIndices.map { topicNames[$0] },
            places: placeFinder.places(datelinePlace: article.dateline?.place ?? placeFinder.datelinePlace(in: paragraphs.first),
                                       words: venueWords),
            quotes: quotes,
            summary: SummaryPicker.pick(scored, central: central, topics: Set(topicIndices)),
            keyPoints: SummaryPicker.keyPoints(scored, topics: topicIndices, names: topicNames, central: Set(central)),
            body: article.blocks,
            diagnostics: diagnostics
        )
    }

    /// Quotes of four words or more in every paragraph (the headline's are left out), with speakers.
    /// A quote with no attribution of its own takes the speaker of the quote before it in the same
    /// paragraph; one that opens its paragraph takes the speaker of the quote it continues, else the
    /// last voice of the previous paragraph (its last speaker, or the last person it made a subject).
    private func collectQuotes(texts: [TokenizedText], spans: [[QuoteSpan]], masks: [[Bool]], sentences: [[Range<Int>]],
                               mentions: [Int: [ResolvedMention]], entities: [Entity])
        -> (quotes: [Quote], speakers: [Int: Int], warnings: [String]) {
        var quotes: [Quote] = []
        var speakers: [Int: Int] = [:]
        var warnings: [String] = []
        var carried: Int?  // speaker of a quote left open at the end of the previous paragraph
        var previousVoice: Int?
        for n in texts.indices.dropFirst() {
            let para = texts[n]
            let quoted = masks[n]
            var previousInParagraph: Int?
            var openingCarry = carried ?? previousVoice
            carried = nil
            for span in spans[n] {
                let text = QuoteScanner.text(of: span, in: para)
                guard QuoteScanner.wordCount(of: span, in: para.tokens) >= 4 else { continue }
                let startsParagraph = !para.tokens[..<span.open].contains { $0.kind == .word }
                var speaker = QuoteAttributor.speaker(of: span, in: para, quoted: quoted, sentences: sentences[n],
                                                      mentions: mentions[n] ?? [])
                if speaker == nil { speaker = previousInParagraph ?? (startsParagraph ? openingCarry : nil) }
                openingCarry = nil
                previousInParagraph = speaker
                if span.close == nil { carried = speaker }
                if let s = speaker {
                    speakers[s, default: 0] += 1
                } else {
                    warnings.append("quote without a known speaker in paragraph \(n): “\(text.prefix(40))…”")
                }
                quotes.append(Quote(speaker: speaker.map { entities[$0].name }, text: text, paragraph: n))
            }
            let lastSubject = (mentions[n] ?? []).last { m in
                !m.raw.isQuoted && m.raw.isSubject && m.entity.map { !entities[$0].isOrganisation } == true
            }?.entity
            previousVoice = previousInParagraph ?? lastSubject
        }
        return (quotes, speakers, warnings)
    }

    /// `Dictionary(grouping: mentions, by: { $0.raw.paragraph })`, a run of mentions of one text
    /// appended at once: mentions come text by text, so each text's array is made to size instead
    /// of growing mention by mention.
    static func byText(_ mentions: [ResolvedMention]) -> [Int: [ResolvedMention]] {
        var out: [Int: [ResolvedMention]] = [:]
        var start = 0
        while start < mentions.count {
            let text = mentions[start].raw.paragraph
            var end = start + 1
            while end < mentions.count && mentions[end].raw.paragraph == text { end += 1 }
            out[text, default: []].append(contentsOf: mentions[start..<end])
            start = end
        }
        return out
    }

    /// Per token of `text` (and one past the last), the number of word tokens before it.
    static func wordsBefore(_ text: TokenizedText) -> [Int] {
        var out = [0]
        out.reserveCapacity(text.tokens.count + 1)
        for k in text.tokens.indices { out.append(out[out.count - 1] + (text.tokens[k].kind == .word ? 1 : 0)) }
        return out
    }

    /// The indices of the word tokens of `text`, `count` of them, in an array made to size (an
    /// array of the tokens themselves would copy each, with its strings).
    static func wordIndices(of text: TokenizedText, count: Int) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(count)
        for k in text.tokens.indices where text.tokens[k].kind == .word { out.append(k) }
        return out
    }

    /// Every sentence of the paragraphs with its topic hits, named entities and figures.
    private func scoredSentences(texts: [TokenizedText], sentences: [[Range<Int>]], mentions: [Int: [ResolvedMention]],
                                 words all: (words: [[Int]], before: [[Int]], topicStarts: [[Int]])) -> [ScoredSentence] {
        var out: [ScoredSentence] = []
        var numbers = KeyNumbers(capacity: all.words.dropFirst().reduce(0) { $0 + $1.count })
        for n in texts.indices.dropFirst() {
            let para = texts[n]
            let tokens = para.tokens
            for fullRange in sentences[n] where !fullRange.isEmpty {
                // The lead's dateline ("NEW DELHI, Dec 5 (Reuters) -") is not part of its first sentence.
                let datelineEnd = n == 1 && fullRange.lowerBound == 0 ? TitleMaker.datelineEnd(para.tokens, within: fullRange) : nil
                let range = (datelineEnd ?? fullRange.lowerBound)..<fullRange.upperBound
                guard !range.isEmpty else { continue }
                let wordRange = all.before[n][range.lowerBound]..<all.before[n][range.upperBound]
                let words = all.words[n][wordRange]  // token indices
                // The entities of the mentions in the sentence, in their order (read in place: `filter`
                // would copy each mention of the paragraph for each of its sentences).
                var named: [Int] = []
                if let all = mentions[n] {
                    for k in all.indices where range.contains(all[k].raw.first) {
                        if let entity = all[k].entity { named.append(entity) }
                    }
                }
                // Reserved to size: `compactMap` would grow the array five or so times a sentence. The
                // words are read in place (a `for word in words` loop over tokens copies each).
                var contentKeys: [Int32] = []
                contentKeys.reserveCapacity(words.count)
                for k in words where tokens[k].lex & Lexicon.isFunctionWord == 0 {
                    contentKeys.append(numbers.number(of: tokens[k].key, asciiHash: tokens[k].keyHash))
                }
                out.append(ScoredSentence(
                    text: para.text(from: range.lowerBound, through: range.upperBound - 1),
                    paragraph: n,
                    order: out.count,
                    contentKeys: contentKeys,
                    hasDecisionWord: words.contains { tokens[$0].lex & Lexicon.isDecisionWord != 0 },
                    topicHits: topicMatcher.hits(in: tokens, words: words, starts: all.topicStarts[n][wordRange]),
                    entities: SummaryPicker.distinctAscending(named),
                    hasFigure: words.contains { Fast.startsWithNumber(tokens[$0].text) }
                ))
            }
        }
        return out
    }
}
