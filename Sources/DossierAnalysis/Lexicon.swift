import DossierModel

/// Word lists the rules consult, keyed by `Tokenizer.key(of:)` (lowercase, folded).
/// They describe English news prose in general, not any particular article.
enum Lexicon {
    /// Membership of a key in the word sets the mention scanner, the summary picker, dates and clause roles ask about
    /// per token, as bits, so that one lookup answers them all; the top byte holds the key's `Word`, if it is one.
    static let isTitleModifier: UInt64 = 1, isDemonym: UInt64 = 1 << 1, isPlace: UInt64 = 1 << 2, isTitleHead: UInt64 = 1 << 3,
               isNotNameWord: UInt64 = 1 << 4, isOrganisationHead: UInt64 = 1 << 5, isFunctionWord: UInt64 = 1 << 6,
               isDecisionWord: UInt64 = 1 << 7, isFutureWord: UInt64 = 1 << 8, isPastWord: UInt64 = 1 << 9,
               isActionVerb: UInt64 = 1 << 10, isAuxiliary: UInt64 = 1 << 11, isMeetingCue: UInt64 = 1 << 12,
               isPersonPronoun: UInt64 = 1 << 13, isSpeechVerb: UInt64 = 1 << 14, isPreposition: UInt64 = 1 << 15,
               isMonthKey: UInt64 = 1 << 16, isNegator: UInt64 = 1 << 17, isReaction: UInt64 = 1 << 18,
               isSayingVerb: UInt64 = 1 << 19, isOrganisationLink: UInt64 = 1 << 20, isClauseEnd: UInt64 = 1 << 21,
               isClauseOpener: UInt64 = 1 << 22, isPeriod: UInt64 = 1 << 23, isStampWord: UInt64 = 1 << 24,
               isSentenceEnd: UInt64 = 1 << 25, isSingleWordOrganisation: UInt64 = 1 << 26
    /// Where a key's `Word` code stands in its bits.
    static let wordShift: UInt64 = 56
    static let memberships: [String: UInt64] = {
        var out: [String: UInt64] = [:]
        for (set, bit) in [(titleModifiers, isTitleModifier), (demonyms, isDemonym), (places, isPlace),
                           (titleHeads, isTitleHead), (notNameWords, isNotNameWord), (organisationHeads, isOrganisationHead),
                           (SummaryPicker.functionWords, isFunctionWord), (SummaryPicker.decisionWords, isDecisionWord),
                           (EventDate.futureWords, isFutureWord), (ClauseRole.pastWords, isPastWord), (actionVerbs, isActionVerb),
                           (auxiliaries, isAuxiliary), (meetingCues, isMeetingCue), (personPronouns, isPersonPronoun),
                           (speechVerbs, isSpeechVerb), (ClauseRole.prepositions, isPreposition), (monthKeys, isMonthKey),
                           (ClauseRole.negators, isNegator), (ClauseRole.reactions, isReaction),
                           (MentionScanner.sayingVerbs, isSayingVerb), (MentionScanner.organisationLinks, isOrganisationLink),
                           (ClauseRole.clauseEnds, isClauseEnd), (ClauseRole.clauseOpeners, isClauseOpener),
                           (ClauseRole.periods, isPeriod), (PublicationDate.stampWords, isStampWord),
                           (SentenceSplitter.ends, isSentenceEnd), (singleWordOrganisations, isSingleWordOrganisation)] {
            for key in set { out[key, default: 0] |= bit }
        }
        for word in Word.allCases { out[word.key, default: 0] |= word.rawValue << wordShift }
        return out
    }()

    /// Words the rules compare a token's key with ("the", "and", "by"): each is coded in the top
    /// byte of its key's bits, so that a comparison reads one byte of the token instead of
    /// comparing strings.
    enum Word: UInt64, CaseIterable {
        case the = 1, a, an, and, of, `for`, by, on, to, `in`, at, since, then, last, next, coming, every, him, her, who,
             called, calls, call, yesterday, today, with, reference, reports, reported

        /// The key the word is: its name.
        var key: String { String(describing: self) }
    }

    /// The sets among `memberships`' that hold `key`, as bits.
    @inline(__always)
    static func flags(of key: String) -> UInt64 { membership.flags(of: key) }

    /// `memberships`, for the lookup made per token (a tokenizer reads it once per text: every
    /// read of a static checks for its initializer).
    static let membership = Membership(memberships)

    /// A key's bits in `memberships`, with a filter that rules out most words without a lookup.
    struct Membership: Sendable {
        let filter: KeyFilter
        let table: KeyTable<UInt64>

        init(_ memberships: [String: UInt64]) {
            filter = KeyFilter(memberships.keys)
            table = KeyTable(memberships)
        }

        @inline(__always)
        func flags(of key: String) -> UInt64 { filter.mayContain(key) ? table[key] ?? 0 : 0 }

        /// `flags(of: key)`, where `hash` is `KeyHash.ascii(key)`: the table's probe then costs
        /// less than the filter, which is not asked.
        @inline(__always)
        func flags(of key: String, asciiHash hash: UInt64?) -> UInt64 { table[key, asciiHash: hash] ?? 0 }
    }

    /// Nouns that name an office and may stand right before a person's name ("Premier Li Qiang").
    static let titleHeads: Set<String> = [
        "president", "premier", "minister", "chancellor", "king", "queen", "prince", "princess", "emir",
        "sultan", "sheikh", "spokesperson", "spokesman", "spokeswoman", "secretary",
        "chairman", "chairwoman", "chair", "chief", "ceo", "governor", "mayor", "ambassador", "envoy",
        "director", "leader", "senator", "congressman", "congresswoman", "general", "admiral", "commissioner",
        "speaker", "pope", "emperor", "official", "head", "founder", "executive", "officer", "economist",
        "analyst", "professor", "lawmaker", "deputy", "adviser", "advisor", "counsellor", "councillor",
        "representative", "diplomat", "negotiator", "councilor", "attache", "consul",
        "aide", "assistant", "commander", "judge", "prosecutor", "chairperson", "ombudsman", "administrator",
        "coordinator", "attorney", "counterpart", "presidents", "ministers", "premiers", "spokespersons",
        "mr", "mrs", "ms", "dr", "crown", "tsar",
    ]

    /// Words that can precede a title head inside a title ("Foreign", "Deputy Prime", "External Affairs").
    static let titleModifiers: Set<String> = [
        "prime", "foreign", "deputy", "vice", "first", "acting", "former", "state", "chief", "executive",
        "general", "external", "affairs", "defence", "defense", "finance", "economy", "economic", "trade",
        "commerce", "energy", "interior", "home", "justice", "culture", "education", "health", "agriculture",
        "industry", "transport", "development", "emergency", "emergencies", "digital", "labour",
        "labor", "ministry", "office", "kremlin", "white", "house", "senior", "top", "special", "presidential",
        "permanent", "national", "security", "press", "crown", "supreme", "grand", "federal", "assistant",
        "minister", "secretary", "council", "central", "bank", "company", "party", "cabinet", "government",
        "regional", "provincial", "natural", "resources",
    ]

    /// Office words by which a later mention refers back to a person ("the premier").
    static let roleNouns: Set<String> = [
        "president", "premier", "minister", "chancellor", "king", "prince", "emir", "spokesperson",
        "spokesman", "spokeswoman", "secretary", "chairman", "chief", "governor", "mayor", "ambassador",
        "envoy", "leader", "diplomat", "ceo", "sultan", "sheikh", "director", "commissioner", "head",
    ]

    /// Nouns that end an organisation's name ("Foreign Ministry", "Central Bank").
    static let organisationHeads: Set<String> = [
        "ministry", "office", "organization", "organisation", "council", "committee", "agency", "bank",
        "company", "corporation", "corp", "group", "commission", "department", "service", "embassy",
        "government", "parliament", "fund", "union", "assembly", "administration", "party", "forum",
        "institute", "university", "association", "authority", "court", "cabinet", "secretariat",
        "kremlin", "pentagon", "duma", "senate", "congress", "inc", "ltd", "airlines", "holdings",
        "federation", "alliance", "bureau", "directorate", "board", "staff", "house", "army", "navy", "forces",
        "guard", "police", "command", "coalition", "network", "times", "news", "press", "radio", "television",
        "journal", "herald", "gazette", "tribune", "monitor", "centre", "center", "foundation", "exchange",
        "airport", "railways", "motors", "industries", "systems", "technologies", "petroleum", "society",
    ]

    /// Organisations known by one name that speak in news copy.
    static let singleWordOrganisations: Set<String> = ["kremlin", "pentagon", "rosatom", "gazprom", "nato"]

    /// Verbs of saying: their subject is a quote's speaker.
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "stressed", "stresses",
        "emphasized", "emphasised", "emphasizes", "emphasises", "noted", "notes", "argued", "argues", "urged",
        "urges", "wrote", "writes", "asserted", "declared", "declares", "explained", "explains", "insisted",
        "insists", "warned", "warns", "remarked", "recalled", "underlined", "underscored", "highlighted",
        "announced", "announces", "commented", "observed", "affirmed", "reaffirmed", "continued", "concluded",
        "replied", "responded", "acknowledged", "claimed", "claims", "called", "calls", "described", "stating",
        "saying", "adding", "noting", "calling", "telling", "posted", "tweeted", "pointed", "assured",
        "promised", "pledged", "vowed", "expressed", "welcomed", "praised", "thanked", "quoted", "asked",
        "proposed", "suggested", "reiterated", "confirmed", "spoke", "speaking", "remarks",
    ]

    /// Verbs that make their subject an actor of the story.
    static let actionVerbs: Set<String> = speechVerbs.union([
        "met", "meets", "meet", "held", "holds", "hosted", "hosts", "received", "receives", "visited",
        "visits", "signed", "signs", "arrived", "arrives", "discussed", "discusses", "agreed", "agrees",
        "conveyed", "congratulated", "invited", "attended", "attends", "chaired", "led", "opened", "launched",
        "rejected", "denied", "criticised", "criticized", "condemned", "accused", "sought", "seeks", "wants",
        "hopes", "hoped", "believes", "believed", "plans", "planned", "reaffirming", "reaffirmed",
        "outlined", "presented", "offered", "raised", "backed", "supported", "ordered", "approved",
        "decided", "travelled", "traveled", "signed", "chaired", "hosted", "led", "flew", "phoned", "spoke", "talked", "gave",
        "delivered", "addressed", "emphasized", "is", "was", "has", "had", "will", "would", "also",
        "summoned", "lodged", "demanded", "protested", "hailed", "slammed", "dismissed", "questioned",
        "resigned", "won", "lost", "declined", "refused", "threatened", "expects", "expected", "may", "could",
    ])

    /// Verbs that help another verb; they make a subject but not the agent of a passive act.
    static let auxiliaries: Set<String> = ["is", "was", "has", "had", "will", "would", "also", "may", "could"]

    /// Words just before a name that make it a party to a meeting ("met with", "talks with").
    static let meetingCues: Set<String> = [
        "met", "meets", "meet", "meeting", "talks", "hosted", "hosts", "received", "receives", "visited",
        "call", "conversation", "welcomed", "told", "urged", "assured", "invited", "thanked",
        "invitation",  // "at the invitation of X": the host
    ]

    /// Capitalised words that never begin or form part of a person's name.
    static let notNameWords: Set<String> = {
        var s: Set<String> = [
            "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "of", "for", "to", "from",
            "by", "with", "and", "or", "but", "as", "after", "before", "during", "while", "when", "where",
            "according", "meanwhile", "however", "also", "it", "its", "he", "she", "they", "we", "i", "our",
            "his", "her", "their", "there", "here", "both", "all", "some", "many", "most", "other", "such",
            "details", "recall", "background", "context", "read", "more", "photo", "video", "update",
            "global", "south", "north", "east", "west", "western", "eastern", "southern", "northern", "central",
            "new", "year", "years", "day", "week", "summit", "forum", "plan", "cross",
            "great", "hall", "people", "republic", "federation", "union", "kingdom", "states", "united",
            "international", "world", "war", "second", "first", "national", "state", "party", "communist",
            "government", "news", "agency", "media", "x", "twitter", "telegram", "facebook", "reuters",
            "xinhua", "tass", "ria", "novosti", "interfax", "ani", "pti", "afp", "ap", "times",
            "daily", "post", "sputnik", "cgtn", "cctv", "irna", "anadolu", "bloomberg", "kremlin", "duma",
            "belt", "road", "initiative", "mfa", "organization", "organisation", "europe", "asia",
            "africa", "america", "americas", "middle", "arctic", "pacific", "atlantic", "eurasian", "eurasia",
            "heads", "council", "committee", "ministry", "office", "security", "cooperation", "shanghai",
            "brics", "sco", "un", "eu", "nato", "g20", "asean", "opec", "power", "siberia",
            "education", "culture", "my", "your", "what", "why", "how", "who", "if",
            "not", "no", "yes", "today", "yesterday", "tomorrow", "last", "next", "earlier", "later",
        ]
        s.formUnion(titleHeads)
        s.formUnion(titleModifiers)
        s.formUnion(organisationHeads)
        s.formUnion(monthNames)
        s.formUnion(weekdayKeys)
        s.formUnion(places)
        s.formUnion(demonyms)
        return s
    }()

    /// Surnames spelled like common words, accepted as name words when capitalised mid-run ("He Yadong").
    static let surnamesThatAreWords: Set<String> = ["He"]

    /// Particles that may stand inside a name in lowercase ("Lula da Silva", "Ursula von der Leyen").
    static let nameParticles: Set<String> = ["da", "de", "do", "dos", "das", "van", "von", "der", "bin", "al", "el", "la", "le", "di", "du", "ibn"]

    static let monthKeys: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    /// Full month names only: short forms ("Jun", "Mar") are also given names, and the abbreviation
    /// with its dot is never a name word anyway.
    static let monthNames: Set<String> = Set(Day.monthNames.map { $0.lowercased() })

    static let weekdayKeys: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Personal pronouns that can stand for the last person mentioned.
    static let personPronouns: Set<String> = ["he", "she"]

    /// Adjectives of nationality ("Chinese", "Kazakh").
    static let demonyms: Set<String> = [
        "russian", "chinese", "indian", "american", "british", "french", "german", "italian", "spanish",
        "japanese", "korean", "north", "south", "iranian", "turkish", "brazilian", "south african",
        "kazakh", "kazakhstani", "uzbek", "kyrgyz", "tajik", "turkmen", "belarusian", "ukrainian", "pakistani",
        "afghan", "mongolian", "vietnamese", "thai", "indonesian", "malaysian", "singaporean", "filipino",
        "saudi", "emirati", "qatari", "egyptian", "ethiopian", "nigerian", "kenyan", "algerian", "moroccan",
        "israeli", "palestinian", "syrian", "iraqi", "jordanian", "lebanese", "armenian", "azerbaijani",
        "georgian", "serbian", "hungarian", "polish", "czech", "slovak", "austrian", "swiss", "dutch",
        "belgian", "swedish", "norwegian", "finnish", "danish", "greek", "cuban", "venezuelan", "mexican",
        "argentine", "argentinian", "chilean", "colombian", "peruvian", "canadian", "australian", "european",
        "asian", "african", "arab", "soviet", "western", "bangladeshi", "nepali", "sri", "lankan", "burmese",
        "myanmar", "laotian", "cambodian", "omani", "kuwaiti", "bahraini", "yemeni", "libyan", "tunisian",
        "sudanese", "ghanaian", "senegalese", "irish", "portuguese", "romanian",
        "bulgarian", "croatian", "slovenian", "estonian", "latvian", "lithuanian", "moldovan", "zimbabwean",
        "angolan", "mozambican", "tanzanian", "ugandan", "rwandan", "congolese", "cameroonian", "bolivian",
        "ecuadorian", "uruguayan", "paraguayan", "nicaraguan",
    ]

    /// First word keys of the news outlets ("xinhua", "global", "associated").
    static let outletFirstKeys: Set<String> = Set(outlets.compactMap {
        TokenizedText($0).tokens.first { $0.kind == .word }?.key
    })

    /// Multi-word places, venues and outlets as joined word keys ("hong kong", "al jazeera").
    static let namedThings: Set<String> = Set((countries + cities + venues + outlets).map {
        TokenizedText($0).tokens.filter { $0.kind == .word }.map(\.key).joined(separator: " ")
    })

    /// Countries, capitals and other cities that appear as venues, lowercased.
    static let places: Set<String> = Set(countries.map { $0.lowercased() }).union(cities.map { $0.lowercased() })

    static let countries: [String] = [
        "Russia", "China", "India", "Brazil", "South Africa", "Iran", "Turkey", "Türkiye", "Kazakhstan",
        "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Belarus", "Ukraine", "Pakistan",
        "Afghanistan", "Mongolia", "Japan", "South Korea", "North Korea", "Korea", "Vietnam", "Thailand",
        "Indonesia", "Malaysia", "Singapore", "Philippines", "Saudi Arabia", "United Arab Emirates", "UAE",
        "Qatar", "Egypt", "Ethiopia", "Nigeria", "Kenya", "Algeria", "Morocco", "Israel", "Palestine",
        "Syria", "Iraq", "Jordan", "Lebanon", "Armenia", "Azerbaijan", "Georgia", "Serbia", "Hungary",
        "Poland", "Germany", "France", "Britain", "United Kingdom", "UK", "Italy", "Spain", "United States",
        "US", "U.S.", "USA", "America", "Canada", "Mexico", "Cuba", "Venezuela", "Argentina", "Chile",
        "Colombia", "Peru", "Australia", "Bangladesh", "Nepal", "Sri Lanka", "Myanmar", "Laos", "Cambodia",
        "Oman", "Kuwait", "Bahrain", "Yemen", "Libya", "Tunisia", "Sudan", "Austria", "Switzerland",
        "Netherlands", "Belgium", "Sweden", "Norway", "Finland", "Denmark", "Greece", "Ireland", "Portugal",
        "Romania", "Bulgaria", "Moldova", "Estonia", "Latvia", "Lithuania", "Bolivia", "Ecuador", "Uruguay",
        "Nicaragua", "Zimbabwe", "Tanzania", "Uganda", "Ghana", "Senegal", "Angola",
    ]

    static let cities: [String] = [
        "Moscow", "St. Petersburg", "Saint Petersburg", "Kazan", "Vladivostok", "Sochi", "Novosibirsk",
        "Beijing", "Shanghai", "Tianjin", "Harbin", "Guangzhou", "Shenzhen", "Hong Kong", "Macao", "Xi'an",
        "Chengdu", "Wuhan", "Hangzhou", "Xiamen", "Urumqi", "New Delhi", "Delhi", "Mumbai", "Bengaluru",
        "Astana", "Almaty", "Tashkent", "Samarkand", "Bishkek", "Dushanbe", "Ashgabat", "Tehran", "Minsk",
        "Islamabad", "Karachi", "Lahore", "Kabul", "Ulaanbaatar", "Ankara", "Istanbul", "Brasilia",
        "Rio de Janeiro", "Sao Paulo", "Pretoria", "Johannesburg", "Cape Town", "Kyiv", "Kiev", "Baku",
        "Yerevan", "Tbilisi", "Tokyo", "Seoul", "Pyongyang", "Hanoi", "Bangkok", "Jakarta", "Kuala Lumpur",
        "Manila", "Riyadh", "Jeddah", "Abu Dhabi", "Dubai", "Doha", "Cairo", "Addis Ababa", "Abuja",
        "Nairobi", "Algiers", "Rabat", "Jerusalem", "Tel Aviv", "Damascus", "Baghdad", "Amman", "Beirut",
        "Belgrade", "Budapest", "Warsaw", "Berlin", "Paris", "London", "Rome", "Madrid", "Washington",
        "New York", "Ottawa", "Mexico City", "Havana", "Caracas", "Buenos Aires", "Santiago", "Bogota",
        "Lima", "Canberra", "Dhaka", "Kathmandu", "Colombo", "Naypyidaw", "Vientiane", "Phnom Penh",
        "Muscat", "Kuwait City", "Manama", "Geneva", "Vienna", "Brussels", "Stockholm", "Oslo", "Helsinki",
        "Copenhagen", "Athens", "Dublin", "Lisbon", "Bucharest", "Sofia", "Chisinau", "Tallinn", "Riga",
        "Vilnius", "Davos", "Ufa", "Yekaterinburg", "Murmansk", "Khabarovsk", "Qingdao", "Dalian",
        "Kunming", "Nanjing", "Bandung", "Bali", "Hiroshima", "Osaka", "Busan", "Brazzaville", "Kinshasa",
        "Luanda", "Dakar", "Accra", "Kampala", "Dar es Salaam", "Harare", "Tripoli", "Tunis", "Khartoum",
    ]

    /// Buildings and compounds that are venues on their own ("in the Kremlin").
    static let venues: [String] = [
        "Kremlin", "Great Hall of the People", "White House", "Zhongnanhai", "Diaoyutai State Guesthouse",
        "Elysee Palace", "Élysée Palace", "Downing Street", "Rashtrapati Bhavan", "Hyderabad House",
        "Palace of Nations", "UN headquarters", "Novo-Ogaryovo", "Ak Orda", "Kuksaroy",
    ]

    /// News agencies and outlets that wire copy names as its source.
    static let outlets: [String] = [
        "Xinhua", "TASS", "RIA Novosti", "Interfax", "Reuters", "AFP", "AP", "Associated Press", "ANI", "PTI",
        "IANS", "UNN", "Ukrinform", "Kyodo", "Yonhap", "Bloomberg", "Sputnik", "CGTN", "CCTV", "IRNA",
        "Anadolu", "Bernama", "Kazinform", "Trend", "APA", "WAM", "SPA", "QNA", "KUNA", "MENA", "BelTA",
        "Kabar", "Dunyo", "Khovar", "Global Times", "People's Daily", "China Daily", "Al Jazeera", "BBC",
        "CNN", "RT", "Izvestia", "Kommersant", "Vedomosti", "RIA", "Antara", "Vietnam News Agency", "KCNA",
        "Press TV", "Fars", "Tasnim", "Mehr", "Agência Brasil", "Agencia Brasil", "SABC", "Dawn",
        "The Hindu", "Hindustan Times", "Times of India", "NDTV", "South China Morning Post", "SCMP",
        "Nikkei", "Asianet Newsable", "Daily Sabah", "Hurriyet",
    ]
}
