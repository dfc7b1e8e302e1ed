/// The built-in taxonomy and actor list, used when Content/dossier.yml does not set them.
extension DossierConfig {
    /// The default topics: names and the keywords that signal them.
    public static let defaultTopics: [TopicEntry] = [
        TopicEntry(name: "SCO", keywords: ["Shanghai Cooperation Organization", "Shanghai Cooperation Organisation", "SCO"],
                   description: "The Shanghai Cooperation Organization and its summits, councils and members."),
        TopicEntry(name: "visas", keywords: ["visa", "visas", "visa-free", "visa free", "visa waiver", "visa regime",
                                             "entry rules", "visa-free entry", "visa-free travel"],
                   description: "Visa regimes, visa-free travel and entry rules."),
        TopicEntry(name: "trade", keywords: ["trade", "trading", "exports", "imports", "tariff", "tariffs", "customs",
                                             "bilateral trade", "trade turnover", "economic cooperation"],
                   description: "Trade, tariffs, customs and economic ties."),
        TopicEntry(name: "energy", keywords: ["energy", "oil", "gas", "pipeline", "LNG", "liquefied natural gas",
                                              "nuclear power", "electricity", "Power of Siberia"],
                   description: "Oil, gas, nuclear power and energy cooperation."),
        TopicEntry(name: "BRICS", keywords: ["BRICS"], description: "The BRICS group and its summits."),
        TopicEntry(name: "security", keywords: ["security", "counter-terrorism", "terrorism", "military", "defence",
                                                "defense", "border security", "sanctions"],
                   description: "Security, defence and sanctions."),
        TopicEntry(name: "agriculture", keywords: ["agriculture", "agricultural", "grain", "soybean", "soybeans", "farm"],
                   description: "Agriculture and food trade."),
        TopicEntry(name: "education", keywords: ["education", "educational", "students", "universities", "university",
                                                 "Years of Education", "training of qualified personnel"],
                   description: "Education, students and universities."),
        TopicEntry(name: "technology", keywords: ["technology", "technological", "artificial intelligence", "digital economy",
                                                  "space", "satellite", "aviation", "aircraft"],
                   description: "Technology, space, AI and the digital economy."),
        TopicEntry(name: "culture", keywords: ["culture", "cultural", "humanitarian", "people-to-people", "tourism",
                                               "Years of Culture"],
                   description: "Culture, humanitarian and people-to-people exchanges."),
    ]

    /// The default known actors (a small seed list; issue "briefing quality" widens it).
    public static let defaultActors: [ActorEntry] = [
        ActorEntry(name: "Vladimir Putin", aliases: ["Putin", "Kremlin leader", "Russian President"],
                   role: "President of Russia", country: "Russia"),
        ActorEntry(name: "Xi Jinping", aliases: ["Xi", "Chinese President", "Chinese leader"],
                   role: "President of China", country: "China"),
        ActorEntry(name: "Li Qiang", aliases: ["Chinese Premier"], role: "Premier of China", country: "China"),
        ActorEntry(name: "Mikhail Mishustin", aliases: ["Mishustin", "Russian Prime Minister"],
                   role: "Prime Minister of Russia", country: "Russia"),
    ]

    /// The configuration used when Content/dossier.yml is absent.
    public static let builtIn = DossierConfig(actors: defaultActors, topics: defaultTopics)
}
