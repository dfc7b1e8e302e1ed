import DossierModel

/// A hand-labelled article in the shapes real wire copy takes. Written for these tests (not taken
/// from the seeds or the generator): other countries, ministers, spokespeople and companies.
struct LabelledArticle {
    let name: String
    let article: Article
    /// Expected title when the article has a headline; nil when the title is derived.
    let title: String?
    let date: String?
    let actors: [String]
    let topics: [String]
    /// The first words of each quote and the expected speaker.
    let quotes: [(start: String, speaker: String)]
    /// Expected event date (the day the reported event happened), when labelled.
    var eventDate: String? = nil
}

enum EvaluationCorpus {
    /// Every labelled article: the first batch below and the wire batch (EvaluationCorpusWire.swift).
    static let articles: [LabelledArticle] = first + wire

    static let first: [LabelledArticle] = [
        LabelledArticle(
            name: "india-border-trade",
            article: Fixture.article("""
            New Delhi, March 12, 2026 — India and China will resume talks on reopening border trade through \
            the Nathu La pass next month, External Affairs Ministry spokesperson Randhir Jaiswal said on Thursday.

            Speaking at the weekly media briefing, Jaiswal said the two sides had agreed to hold the next round \
            of the Working Mechanism for Consultation and Coordination in Beijing.

            "Both sides have agreed that the resumption of border trade will benefit people living in the \
            border areas," Jaiswal said.

            He added that New Delhi had also raised the issue of the trade deficit with Beijing. "We have \
            conveyed our concerns about the widening trade deficit, and we expect concrete steps," he said.

            The announcement follows a meeting between External Affairs Minister S. Jaishankar and Chinese \
            Foreign Minister Wang Yi in January.
            """, headline: "India says talks with China on border trade to resume next month"),
            title: "India says talks with China on border trade to resume next month",
            date: "2026-03-12", actors: ["Randhir Jaiswal"], topics: ["trade"],
            quotes: [("Both sides have agreed", "Randhir Jaiswal"), ("We have conveyed", "Randhir Jaiswal")]),

        LabelledArticle(
            name: "kazakhstan-china-fm",
            article: Fixture.article("""
            Kazakh Foreign Minister Murat Nurtleu held talks with Chinese Foreign Minister Wang Yi in Astana on \
            Monday, focusing on transit routes, energy supplies and preparations for the SCO summit.

            Wang said China valued Kazakhstan as “a reliable partner on the Silk Road” and was ready to buy \
            more Kazakh agricultural products.

            “Our countries have built a model of good-neighbourly relations that others can learn from,” \
            Nurtleu told reporters after the meeting.

            The ministers also discussed a third railway crossing and a new oil pipeline that would raise \
            capacity by 20 percent.

            Kazakhstan holds the rotating chairmanship of the Shanghai Cooperation Organization until next summer.
            """, date: "2025-06-03"),
            title: nil, date: "2025-06-03", actors: ["Murat Nurtleu", "Wang Yi"], topics: ["SCO", "energy"],
            quotes: [("a reliable partner on the Silk Road", "Wang Yi"), ("Our countries have built", "Murat Nurtleu")]),

        LabelledArticle(
            name: "kremlin-visa-free",
            article: Fixture.article("""
            Russia will introduce visa-free entry for Chinese citizens before the end of the year, Kremlin \
            spokesman Dmitry Peskov told reporters on Wednesday, TASS reported.

            Peskov said the decree was being prepared and would mirror the rules China adopted in September. \
            'The President has already given the necessary instructions,' he said.

            According to Peskov, the decision will "significantly increase tourist flows in both directions".

            Chinese tourists made more than 1.2 million trips to Russia last year, according to the \
            Association of Tour Operators of Russia.
            """, headline: "Kremlin says visa-free travel with China to start before New Year"),
            title: "Kremlin says visa-free travel with China to start before New Year",
            date: nil, actors: ["Dmitry Peskov"], topics: ["visas"],
            quotes: [("The President has already given", "Dmitry Peskov"),
                     ("significantly increase tourist flows", "Dmitry Peskov")]),

        LabelledArticle(
            name: "brics-payments",
            article: Fixture.article("""
            Brazilian President Luiz Inácio Lula da Silva on Sunday urged BRICS members to speed up work on a \
            common payment platform, saying the bloc could not remain "hostage to a single currency".

            "The world has changed, and our trade should reflect that," said Lula, opening the two-day summit \
            in Rio de Janeiro.

            South African President Cyril Ramaphosa backed the proposal but warned that any new system would \
            need years of preparation. "We must be ambitious but also realistic," Ramaphosa said.

            Indian Prime Minister Narendra Modi, who attended by video link, did not comment on the payment system.

            Trade among BRICS members grew by 12 percent last year, according to figures released by the \
            Brazilian government.
            """, headline: "Lula calls for BRICS payment system at Rio summit", date: "2025-07-06"),
            title: "Lula calls for BRICS payment system at Rio summit",
            date: "2025-07-06", actors: ["Luiz Inacio Lula da Silva", "Cyril Ramaphosa"], topics: ["BRICS", "trade"],
            quotes: [("hostage to a single currency", "Luiz Inacio Lula da Silva"),
                     ("The world has changed", "Luiz Inacio Lula da Silva"),
                     ("We must be ambitious", "Cyril Ramaphosa")]),

        LabelledArticle(
            name: "gazprom-pipeline",
            article: Fixture.article("""
            Gazprom and China National Petroleum Corporation have signed a legally binding memorandum on the \
            construction of the Power of Siberia 2 gas pipeline, Gazprom chief executive Alexei Miller said on Tuesday.

            The pipeline is designed to carry 50 billion cubic metres of gas a year from western Siberia to \
            China via Mongolia.

            Miller told reporters in Beijing that the price would be "mutually beneficial" and that deliveries \
            through the existing route would rise to 44 billion cubic metres a year.

            CNPC chairman Dai Houliang said the agreement "opens a new chapter in energy cooperation between \
            our two countries".
            """, headline: "Gazprom signs binding deal on Power of Siberia 2 pipeline",
            dateline: Dateline(place: "Beijing", day: Day(year: 2025, month: 9, day: 2), text: "Beijing, Sept. 2 —")),
            title: "Gazprom signs binding deal on Power of Siberia 2 pipeline",
            date: "2025-09-02", actors: ["Alexei Miller", "Dai Houliang"], topics: ["energy"],
            quotes: [("opens a new chapter in energy cooperation", "Dai Houliang")]),

        LabelledArticle(
            name: "iran-spokesman",
            article: Fixture.article("""
            Published: 14 October 2025

            Iran's Foreign Ministry spokesman Esmaeil Baqaei said on Monday that Tehran remained open to talks \
            with the European parties to the nuclear deal, but would not accept new conditions.

            "Diplomacy has never been a one-way street," Baqaei told his weekly news conference in Tehran. \
            "If the Europeans want results, they must respect their own commitments," he added.

            Baqaei also said Foreign Minister Abbas Araghchi would travel to Beijing next week for \
            consultations with his Chinese counterpart on the sanctions.

            The European Union reimposed sanctions on Iranian oil exports last month.
            """),
            title: nil, date: "2025-10-14", actors: ["Esmaeil Baqaei", "Abbas Araghchi"], topics: ["security"],
            quotes: [("Diplomacy has never been", "Esmaeil Baqaei"), ("If the Europeans want results", "Esmaeil Baqaei")]),

        LabelledArticle(
            name: "uzbekistan-russia-trade",
            article: Fixture.article("""
            Uzbek President Shavkat Mirziyoyev and Russian Prime Minister Mikhail Mishustin agreed in Tashkent \
            on Friday to double bilateral trade to $30 billion within five years.

            The Uzbek Foreign Ministry said in a statement that the sides had signed 14 documents, including \
            agreements on customs cooperation and nuclear power. "The agreements open new opportunities for \
            our exporters and investors," the ministry said.

            Mishustin said Russian companies were ready to take part in building Uzbekistan's first nuclear \
            power plant.

            Mirziyoyev described the talks as "open, constructive and highly productive."

            Trade between the two countries reached $11.8 billion last year.
            """, headline: "Uzbekistan, Russia agree to double trade within five years"),
            title: "Uzbekistan, Russia agree to double trade within five years",
            date: nil, actors: ["Shavkat Mirziyoyev", "Mikhail Mishustin"], topics: ["trade", "energy"],
            quotes: [("The agreements open new opportunities", "Uzbek Foreign Ministry"),
                     ("open, constructive and highly productive", "Shavkat Mirziyoyev")]),

        LabelledArticle(
            name: "belarus-vice-premier",
            article: Fixture.article("""
            Minsk, January 20, 2026 — Belarusian President Alexander Lukashenko on Tuesday received Chinese \
            Vice Premier Ding Xuexiang, who is on an official visit to Belarus.

            Lukashenko said Belarus was interested in Chinese investment in machine-building and agriculture. \
            “We have never hidden that China is our strategic partner,” he said. “Whatever happens in the \
            world, we will stay together.

            “We are ready to supply more dairy products and grain to the Chinese market,” the Belarusian \
            leader continued.

            Ding said Beijing supported efforts to deepen cooperation between the two countries and invited \
            Belarusian companies to the import expo in Shanghai.

            The sides signed an agreement on mutual recognition of agricultural certificates.
            """),
            title: nil, date: "2026-01-20", actors: ["Alexander Lukashenko", "Ding Xuexiang"], topics: ["agriculture"],
            quotes: [("We have never hidden", "Alexander Lukashenko"), ("Whatever happens in the world", "Alexander Lukashenko"),
                     ("We are ready to supply", "Alexander Lukashenko")]),

        LabelledArticle(
            name: "japan-seafood",
            article: Fixture.article("""
            TOKYO (Reuters) - Japanese Prime Minister Sanae Takaichi on Friday urged China to lift its ban on \
            Japanese seafood imports, saying the restrictions had no scientific basis.

            "We will continue to ask the Chinese side to respond calmly and on the basis of science," Takaichi \
            told a parliamentary committee.

            China's foreign ministry spokesperson Mao Ning said at a regular briefing in Beijing that Tokyo \
            should "correct its mistakes" first.

            Japanese seafood exports to China were worth about 87 billion yen before the ban, according to \
            government data.
            """, headline: "Japan's Takaichi urges China to lift seafood ban"),
            title: "Japan's Takaichi urges China to lift seafood ban",
            date: nil, actors: ["Sanae Takaichi", "Mao Ning"], topics: ["trade"],
            quotes: [("We will continue to ask", "Sanae Takaichi")]),

        LabelledArticle(
            name: "putin-erdogan-call",
            article: Fixture.article("""
            Russian President Vladimir Putin and Turkish President Recep Tayyip Erdoğan discussed grain exports \
            and plans for a gas hub in Turkey during a telephone conversation on Saturday, the Kremlin said.

            "The presidents noted the positive dynamics of trade and economic ties," the Kremlin said in a \
            statement, adding that the two leaders agreed to keep in contact.

            Erdoğan's office said the Turkish leader had stressed the importance of a lasting ceasefire in \
            Ukraine and offered to host new talks in Istanbul.

            Natural gas supplies through the TurkStream pipeline reached a record in the first half of the year.
            """, headline: "Putin, Erdogan discuss grain corridor and gas hub in phone call", date: "2025-08-09"),
            title: "Putin, Erdogan discuss grain corridor and gas hub in phone call",
            date: "2025-08-09", actors: ["Vladimir Putin", "Recep Tayyip Erdogan"],
            topics: ["energy", "agriculture", "trade"],
            quotes: [("The presidents noted the positive dynamics", "Kremlin")]),

        LabelledArticle(
            name: "china-tariffs-asean",
            article: Fixture.article("""
            China will lower tariffs on a range of agricultural imports from Southeast Asian countries starting \
            next month, the Ministry of Commerce said on Thursday.

            He Yadong, a spokesman for the ministry, told a press conference that the move was part of efforts \
            to "build a more open regional market" and to stabilise food prices.

            Commerce Minister Wang Wentao is expected to sign an upgraded free trade agreement with ASEAN \
            counterparts in Kuala Lumpur later this month.

            Soybean and fruit imports from the region rose 9 percent in the first ten months of the year, \
            customs data showed.
            """, headline: "China to cut tariffs on some farm imports from ASEAN partners"),
            title: "China to cut tariffs on some farm imports from ASEAN partners",
            date: nil, actors: ["He Yadong", "Wang Wentao"], topics: ["trade", "agriculture"],
            quotes: [("build a more open regional market", "He Yadong")]),

        LabelledArticle(
            name: "sco-defence-ministers",
            article: Fixture.article("""
            Qingdao, June 26, 2025 — Defence ministers of the Shanghai Cooperation Organisation on Thursday \
            endorsed a plan for joint counter-terrorism exercises next year, China's Defence Ministry said.

            Chinese Defence Minister Dong Jun, who chaired the meeting, said the region faced "growing threats \
            from terrorism, separatism and extremism" and called for closer intelligence sharing.

            Indian Defence Minister Rajnath Singh declined to sign the joint statement, Indian officials said, \
            because it did not mention a recent attack in Kashmir.

            "Those who sponsor terrorism must be held accountable," Mr. Singh said in his address.
            """, headline: "SCO defence ministers back joint counter-terrorism drills"),
            title: "SCO defence ministers back joint counter-terrorism drills",
            date: "2025-06-26", actors: ["Dong Jun", "Rajnath Singh"], topics: ["SCO", "security"],
            quotes: [("growing threats from terrorism", "Dong Jun"), ("Those who sponsor terrorism", "Rajnath Singh")]),
        LabelledArticle(
            name: "eu-china-ev-tariffs",
            article: Fixture.article("""
            Brussels, Oct. 29, 2025 — The European Union and China failed to settle a dispute over tariffs on \
            Chinese-made electric vehicles after two days of talks, officials said on Wednesday.

            "We have made progress on price undertakings, but significant gaps remain," said Olof Gill, a \
            spokesperson for the European Commission.

            China's Commerce Ministry said in a statement that Beijing "firmly opposes" the duties and would \
            "take all necessary measures to defend the legitimate rights of Chinese companies".

            Trade Commissioner Maros Sefcovic is due to meet Wang Wentao in Beijing next month, the Commission \
            added. European carmakers, led by Volkswagen, have lobbied against the tariffs, fearing retaliation.

            German Chancellor Friedrich Merz, speaking in Berlin, said Europe should avoid "a trade war that \
            nobody can win".
            """, headline: "EU and China clash over electric vehicle tariffs"),
            title: "EU and China clash over electric vehicle tariffs",
            date: "2025-10-29", actors: ["Olof Gill", "Maros Sefcovic", "Friedrich Merz"], topics: ["trade"],
            quotes: [("We have made progress", "Olof Gill"), ("take all necessary measures", "Commerce Ministry"),
                     ("a trade war that nobody can win", "Friedrich Merz")]),

        LabelledArticle(
            name: "south-africa-g20",
            article: Fixture.article("""
            Pretoria — South Africa's International Relations Minister Ronald Lamola on Monday defended the \
            country's decision to host the G20 summit despite a US boycott.

            Speaking to journalists, Lamola said: "South Africa will not be isolated. The summit will go ahead \
            with or without Washington.

            "We have the support of the majority of G20 members, and that is what counts."

            Meanwhile, Naledi Pandor, the former minister, told the SABC that the boycott was "a missed \
            opportunity for the United States". She said she expected a strong final declaration on debt relief.
            """),
            title: nil, date: nil, actors: ["Ronald Lamola", "Naledi Pandor"], topics: [],
            quotes: [("South Africa will not be isolated", "Ronald Lamola"), ("We have the support", "Ronald Lamola"),
                     ("a missed opportunity for the United States", "Naledi Pandor")]),

        LabelledArticle(
            name: "madrid-tiktok-talks",
            article: Fixture.article("""
            U.S. Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng concluded two days of trade \
            talks in Madrid on Monday with a framework deal on the future of TikTok, both sides said.

            "We have reached a framework for a deal that both presidents will discuss on Friday," Bessent told \
            reporters outside the Spanish foreign ministry.

            Li Chenggang, China's international trade representative, said the two sides had reached "a basic \
            framework consensus" on resolving TikTok-related issues and on reducing investment barriers.

            The talks were the fourth round since May, when the two countries agreed to pause triple-digit tariffs.
            """, headline: "Bessent, He Lifeng wrap up Madrid talks with TikTok framework"),
            title: "Bessent, He Lifeng wrap up Madrid talks with TikTok framework",
            date: nil, actors: ["Scott Bessent", "He Lifeng", "Li Chenggang"], topics: ["trade"],
            quotes: [("We have reached a framework", "Scott Bessent")]),

        LabelledArticle(
            name: "pakistan-cpec",
            article: Fixture.article("""
            Islamabad, 3 September 2025 – Pakistan and China agreed to accelerate work on the China-Pakistan \
            Economic Corridor during talks between Prime Minister Shehbaz Sharif and Chinese Premier Li Qiang \
            in Beijing, Pakistan's state news agency APP reported.

            Sharif thanked China for its "unwavering support" and said the second phase of the corridor would \
            focus on mining, special economic zones and information technology.

            "CPEC is a game changer for the whole region, and we will protect it at all costs," the prime \
            minister said.

            Pakistan's Planning Minister Ahsan Iqbal said 12 special economic zones would be ready for investors \
            by the end of next year.
            """, headline: "Pakistan, China agree to speed up CPEC projects"),
            title: "Pakistan, China agree to speed up CPEC projects",
            date: "2025-09-03", actors: ["Shehbaz Sharif", "Li Qiang", "Ahsan Iqbal"], topics: [],
            quotes: [("CPEC is a game changer", "Shehbaz Sharif")]),
        LabelledArticle(
            name: "xinhua-vietnam",
            article: Fixture.article("""
            BEIJING, Nov. 18 (Xinhua) -- Chinese Vice President Han Zheng met with Vietnamese Deputy Prime \
            Minister Bui Thanh Son in Beijing on Tuesday.

            Han said China is willing to work with Vietnam to implement the important consensus reached by the \
            leaders of the two parties and countries, and to push for new progress in building a community \
            with a shared future.

            Noting that this year marks the 75th anniversary of diplomatic ties, Bui Thanh Son said Vietnam \
            attaches great importance to relations with China and is ready to enhance cooperation in trade, \
            railway connectivity and energy.

            The two sides also exchanged views on maritime issues.
            """),
            title: nil, date: nil, actors: ["Han Zheng", "Bui Thanh Son"], topics: [], quotes: []),

        LabelledArticle(
            name: "putin-tokayev-call",
            article: Fixture.article("""
            Vladimir Putin held a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev on \
            Thursday, the Kremlin press service said.

            The two heads of state discussed the transit of Russian gas to Uzbekistan through Kazakh territory \
            and joint projects at the Baikonur cosmodrome.

            Tokayev thanked the Russian side for its help in fighting wildfires in the Abai region, according \
            to Akorda, the Kazakh presidential office.

            "Kazakhstan and Russia are bound by centuries of friendship and good-neighbourliness," Tokayev's \
            press secretary Ruslan Zheldibay wrote on Facebook.
            """, headline: "Putin, Tokayev discuss gas transit and space cooperation", date: "2025-10-02"),
            title: "Putin, Tokayev discuss gas transit and space cooperation", date: "2025-10-02",
            actors: ["Vladimir Putin", "Kassym-Jomart Tokayev", "Ruslan Zheldibay"], topics: ["energy", "technology"],
            quotes: [("Kazakhstan and Russia are bound", "Ruslan Zheldibay")]),

        LabelledArticle(
            name: "china-japan-taiwan",
            article: Fixture.article("""
            China on Monday lodged a formal protest with Japan over comments by Prime Minister Sanae Takaichi, \
            who told parliament that a Taiwan emergency could justify a military response.

            Foreign ministry spokesman Lin Jian said the remarks were "extremely dangerous" and urged Tokyo to \
            "stop playing with fire". Vice Foreign Minister Sun Weidong summoned the Japanese ambassador, \
            Kenji Kanasugi, to deliver the protest.

            Mr Lin told a regular news briefing that China would "resolutely defend its sovereignty and \
            territorial integrity", without giving details.

            In Tokyo, Chief Cabinet Secretary Minoru Kihara said Japan's position on Taiwan had not changed.
            """, headline: "China warns Japan over Taiwan remarks"),
            title: "China warns Japan over Taiwan remarks", date: nil,
            actors: ["Lin Jian", "Sanae Takaichi", "Sun Weidong", "Minoru Kihara"], topics: ["security"],
            quotes: [("stop playing with fire", "Lin Jian"), ("resolutely defend its sovereignty", "Lin Jian")]),

        LabelledArticle(
            name: "rosatom-egypt",
            article: Fixture.article("""
            Rosatom Director General Alexei Likhachev said on Wednesday that the first unit of Egypt's El Dabaa \
            nuclear power plant would be connected to the grid in 2027, a year later than planned.

            Speaking at a forum in Cairo, Likhachev blamed supply delays caused by sanctions. “The schedule is \
            tight, but our engineers have never missed a commitment on this project,” he said. “We will finish \
            the job.”

            Egyptian Electricity Minister Mahmoud Esmat welcomed the assurance and said the plant would supply \
            about 10 percent of the country's electricity once all four units are running.

            The $30 billion project is financed largely by a Russian state loan.
            """, headline: "Rosatom says first Egyptian reactor to start in 2027", date: "2025-11-26"),
            title: "Rosatom says first Egyptian reactor to start in 2027", date: "2025-11-26",
            actors: ["Alexei Likhachev", "Mahmoud Esmat"], topics: ["energy"],
            quotes: [("The schedule is tight", "Alexei Likhachev"), ("We will finish the job", "Alexei Likhachev")]),

        LabelledArticle(
            name: "kyrgyz-visa-regime",
            article: Fixture.article("""
            Kyrgyzstan and the United Arab Emirates have agreed to abolish visa requirements for holders of \
            ordinary passports, the Kyrgyz Foreign Ministry said on Friday.

            The agreement was signed in Abu Dhabi by Foreign Minister Jeenbek Kulubaev and his Emirati \
            counterpart Sheikh Abdullah bin Zayed Al Nahyan. The visa waiver allows stays of up to 30 days.

            Kulubaev said the decision would “open the door to tourism and investment flows in both directions”. \
            Direct flights between Bishkek and Dubai already run daily, he noted.

            President Sadyr Japarov visited the Emirates in April and met business leaders.
            """),
            title: nil, date: nil, actors: ["Jeenbek Kulubaev", "Abdullah bin Zayed Al Nahyan"], topics: ["visas"],
            quotes: [("open the door to tourism", "Jeenbek Kulubaev")]),
        LabelledArticle(
            name: "indonesia-briefing-qa",
            article: Fixture.article("""
            Indonesia's Foreign Ministry spokesperson Roy Soemirat on Thursday rejected claims that Jakarta had \
            agreed to joint patrols in disputed waters of the South China Sea.

            Q: The Philippine defence secretary said this week that Indonesia would join patrols near the \
            Natuna Islands. Can you confirm this?

            A: No such agreement exists. Indonesia's position has not changed, and our navy will continue to \
            patrol our own exclusive economic zone.

            Q: Will the issue be raised at the ASEAN meeting next month?

            A: Maritime security will be on the agenda, as it is every year. We expect all parties to respect \
            international law.

            Soemirat said separately that Foreign Minister Sugiono would visit Manila in December.
            """, headline: "Indonesia denies joining patrols in South China Sea", date: "2025-11-13"),
            title: "Indonesia denies joining patrols in South China Sea", date: "2025-11-13",
            actors: ["Roy Soemirat", "Sugiono"], topics: ["security"], quotes: [], eventDate: "2025-11-13"),

        LabelledArticle(
            name: "company-official-lng",
            article: Fixture.article("""
            Norway's Equinor will supply liquefied natural gas to Poland's state energy company Orlen for ten \
            years under a deal signed in Warsaw on Wednesday, the companies said.

            "This contract gives our customers security of supply at a time when the market remains tight," \
            Orlen's chief executive Ireneusz Fąfara told a news conference.

            Equinor's head of gas marketing, Helga Haug, said the first cargoes would arrive at the Swinoujscie \
            terminal next autumn. "Poland has become one of our most important partners in Europe," she said.

            The deal covers about 1.5 million tonnes of LNG a year.
            """, headline: "Equinor signs ten-year LNG supply deal with Orlen", date: "2025-10-16"),
            title: "Equinor signs ten-year LNG supply deal with Orlen", date: "2025-10-16",
            actors: ["Ireneusz Fafara", "Helga Haug"], topics: ["energy"],
            quotes: [("This contract gives our customers", "Ireneusz Fafara"),
                     ("Poland has become one of our most important", "Helga Haug")],
            eventDate: "2025-10-15"),

        LabelledArticle(
            name: "two-events-kenya",
            article: Fixture.article("""
            Kenya and Ethiopia signed an agreement on Monday to build a cross-border power line that will \
            carry electricity from Ethiopian hydropower dams to Nairobi, Kenyan Energy Minister Opiyo Wandayi said.

            "Cheaper power from our neighbours will lower costs for households and industry," Wandayi told \
            reporters in Addis Ababa.

            In a separate development, Kenya's Trade Minister Lee Kinyanjui said the government would cut import \
            duties on fertiliser and farm machinery from January to support farmers hit by drought.

            "Our farmers cannot wait for the rains," Kinyanjui said in Nairobi.
            """, headline: "Kenya signs Ethiopia power deal, cuts duties on farm inputs", date: "2025-09-24"),
            title: "Kenya signs Ethiopia power deal, cuts duties on farm inputs", date: "2025-09-24",
            actors: ["Opiyo Wandayi", "Lee Kinyanjui"], topics: ["energy", "agriculture", "trade"],
            quotes: [("Cheaper power from our neighbours", "Opiyo Wandayi"), ("Our farmers cannot wait", "Lee Kinyanjui")],
            eventDate: "2025-09-22"),

        LabelledArticle(
            name: "anadolu-dateline",
            article: Fixture.article("""
            ANKARA, 18 November (AA) – Turkish Foreign Minister Hakan Fidan said on Monday that Türkiye was \
            ready to host a new round of talks between Russia and Ukraine on the safety of shipping in the Black Sea.

            Speaking at a joint news conference with his Hungarian counterpart Péter Szijjártó, Fidan said: \
            "Our doors are open to both sides, as they have been since the first day of the war."

            Szijjártó said Hungary supported any initiative that could lead to a ceasefire.
            """, date: "2025-11-18"),
            title: nil, date: "2025-11-18", actors: ["Hakan Fidan", "Peter Szijjarto"], topics: [],
            quotes: [("Our doors are open to both sides", "Hakan Fidan")], eventDate: "2025-11-17"),

        LabelledArticle(
            name: "surname-pronoun-quote",
            article: Fixture.article("""
            Norwegian Foreign Minister Espen Barth Eide met Chilean President Gabriel Boric in Santiago on \
            Friday to discuss cooperation on renewable energy and Antarctic research.

            Eide praised Chile's plans for green hydrogen. He told reporters after the meeting: "Chile can \
            become one of the world's great suppliers of clean fuels, and Norway wants to be part of that."

            Boric said Chile welcomed Norwegian investment but would keep control of its lithium reserves. \
            "Our resources must first serve our people," he said.

            Eide will travel on to Buenos Aires on Sunday.
            """, date: "2025-12-06"),
            title: nil, date: "2025-12-06", actors: ["Espen Barth Eide", "Gabriel Boric"], topics: ["energy"],
            quotes: [("Chile can become one of the world", "Espen Barth Eide"),
                     ("Our resources must first serve", "Gabriel Boric")], eventDate: "2025-12-05"),

        LabelledArticle(
            name: "undated-url",
            article: Fixture.article("""
            Vietnam's Ministry of Industry and Trade on Tuesday ordered an investigation into rice exporters \
            suspected of breaking contracts with buyers in the Philippines.

            Deputy Minister Phan Thi Thang said the ministry would revoke the licences of any company found to \
            have broken the rules. "Vietnam's reputation as a reliable rice supplier must be protected," she said.

            Rice exports reached 7.5 million tonnes in the first ten months of the year.

            Source: https://www.example-news.vn/economy/2025/11/12/rice-exporters-probe.html
            """),
            title: nil, date: "2025-11-12", actors: ["Phan Thi Thang"], topics: ["trade"],
            quotes: [("Vietnam's reputation as a reliable rice supplier", "Phan Thi Thang")], eventDate: "2025-11-11"),
    ]
}
