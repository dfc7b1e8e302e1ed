import DossierIngest
import DossierModel

/// Raw article text as it comes off the wire or a web page (headline line, ` date` marker,
/// datelines, captions, "Related:" links, live-blog stamps), ingested the way `dossier summarize`
/// ingests a file.
func rawArticle(_ text: String) -> Article {
    Ingest.article(from: text, sourceFile: "articles/raw.txt")
}

extension EvaluationCorpus {
    /// The second batch, in other outlets' shapes: Xinhua, TASS, AP, Reuters, a ministry press release,
    /// a foreign ministry briefing transcript, a company statement, a page with a photo caption and
    /// related links, a live blog, and an article whose background names several people. Most people
    /// here are not in the built-in gazetteer.
    static let wire: [LabelledArticle] = [
        LabelledArticle(
            name: "xinhua-mongolia",
            article: rawArticle("""
             date 2025-11-18
            Chinese vice president meets Mongolian foreign minister

            BEIJING, Nov. 18 (Xinhua) -- Chinese Vice President Han Zheng met with Mongolian Foreign Minister \
            Battsetseg Batmunkh in Beijing on Tuesday.

            Han said China and Mongolia are good neighbours linked by mountains and rivers, and China is ready \
            to deepen cooperation with Mongolia in mining, energy and cross-border railways.

            Batmunkh said Mongolia firmly adheres to the one-China principle and hopes to expand trade with \
            China, its largest trading partner.

            The two sides also exchanged views on preparations for the next meeting of the intergovernmental \
            commission.
            """),
            title: "Chinese vice president meets Mongolian foreign minister", date: "2025-11-18",
            actors: ["Han Zheng", "Battsetseg Batmunkh"], topics: ["trade"], quotes: [],
            eventDate: "2025-11-18"),

        LabelledArticle(
            name: "tass-japan-treaty",
            article: rawArticle("""
             date 2025-11-20
            Moscow sees no grounds to resume peace treaty talks with Tokyo — diplomat

            MOSCOW, November 20. /TASS/. Russia sees no grounds to resume consultations with Japan on a peace \
            treaty, Russian Deputy Foreign Minister Andrey Rudenko told TASS on Thursday.

            "The Japanese side has chosen the path of confrontation by joining the anti-Russian sanctions. \
            Under these conditions, there is simply nothing to discuss," the deputy minister said.

            According to Rudenko, Moscow is nevertheless ready to keep contacts on humanitarian matters, \
            including visits by former Japanese residents to graves on the southern Kuril Islands.

            Tokyo froze the talks in 2022 after then-Prime Minister Fumio Kishida joined Western sanctions \
            against Moscow. Kishida's successor Shigeru Ishiba said last year that Japan still hoped to sign \
            a treaty one day.
            """),
            title: "Moscow sees no grounds to resume peace treaty talks with Tokyo — diplomat", date: "2025-11-20",
            actors: ["Andrey Rudenko"], topics: ["security"],
            quotes: [("The Japanese side has chosen", "Andrey Rudenko")], eventDate: "2025-11-20"),

        LabelledArticle(
            name: "ap-argentina-background",
            article: rawArticle("""
             date 2026-02-12
            Argentina scraps export duties on beef in bid to win back markets

            BUENOS AIRES, Argentina (AP) — Argentina will eliminate export duties on beef and dairy products, \
            Economy Minister Luis Caputo announced on Wednesday, handing farmers a long-sought victory.

            Caputo told reporters at the ministry that the measure would cost the treasury about $400 million \
            a year but would pay for itself through higher exports. "We are giving the countryside back what \
            was taken from it for two decades," he said.

            The duties were introduced in 2002 and raised sharply in 2008 under former President Cristina \
            Fernández de Kirchner, whose clash with farm groups over grain taxes led to months of road blockades. \
            Mauricio Macri cut most of them in 2015, and his successor Alberto Fernández restored them in 2019.

            Nicolás Pino, head of the Argentine Rural Society, said the decision was "an act of justice for \
            producers who were punished for years".
            """),
            title: "Argentina scraps export duties on beef in bid to win back markets", date: "2026-02-12",
            actors: ["Luis Caputo", "Nicolas Pino"], topics: ["trade", "agriculture"],
            quotes: [("We are giving the countryside back", "Luis Caputo"), ("an act of justice for producers", "Nicolas Pino")],
            eventDate: "2026-02-11"),

        LabelledArticle(
            name: "singapore-mfa-release",
            article: rawArticle("""
             date 2025-12-03
            MFA Press Release: Visit of Minister for Foreign Affairs Dr Vivian Balakrishnan to Malaysia

            Minister for Foreign Affairs Dr Vivian Balakrishnan made a working visit to Kuala Lumpur on \
            2 December 2025, at the invitation of Malaysian Foreign Minister Mohamad Hasan.

            The two ministers reviewed progress on the Johor-Singapore Special Economic Zone and the Rapid \
            Transit System Link, which is on track to begin service at the end of 2026.

            Minister Balakrishnan also called on Prime Minister Anwar Ibrahim. They reaffirmed the excellent \
            and long-standing ties between the two countries.

            "Singapore and Malaysia share a common future, and our economic partnership has never been \
            stronger," the Ministry of Foreign Affairs said in a statement.

            MINISTRY OF FOREIGN AFFAIRS
            SINGAPORE
            3 DECEMBER 2025
            """),
            title: "MFA Press Release: Visit of Minister for Foreign Affairs Dr Vivian Balakrishnan to Malaysia",
            date: "2025-12-03", actors: ["Vivian Balakrishnan", "Mohamad Hasan", "Anwar Ibrahim"], topics: [],
            quotes: [("Singapore and Malaysia share a common future", "Ministry of Foreign Affairs")],
            eventDate: "2025-12-02"),

        LabelledArticle(
            name: "korea-briefing-transcript",
            article: rawArticle("""
             date 2026-01-15
            Regular press briefing by Foreign Ministry spokesperson Park Il, January 15

            Foreign Ministry spokesperson Park Il held the regular press briefing in Seoul on Thursday.

            Q: Japan's foreign minister said yesterday that Tokyo would raise the issue of the Sea of Japan \
            name at the IHO. What is the government's position?

            A: "Our position on the name of the East Sea is clear and consistent. We will continue to work with \
            the international community so that the name East Sea is used alongside it," Park said.

            Q: Is there any update on the visit of Vietnamese Deputy Prime Minister Bui Thanh Son?

            A: Park said the two sides were still coordinating the schedule and that an announcement would be \
            made "in due course".
            """),
            title: "Regular press briefing by Foreign Ministry spokesperson Park Il, January 15", date: "2026-01-15",
            actors: ["Park Il"], topics: [],
            quotes: [("Our position on the name of the East Sea", "Park Il")], eventDate: "2026-01-15"),

        LabelledArticle(
            name: "company-statement-siemens",
            article: rawArticle("""
             date 2025-10-09
            Siemens Energy wins order for Saudi grid link

            MUNICH, Oct 9 (Reuters) - Siemens Energy has won an order worth about 1.6 billion euros to build a \
            high-voltage link between Saudi Arabia's eastern and central regions, the company said in a \
            statement on Thursday.

            "This project will allow Saudi Arabia to move renewable electricity from the desert to its cities," \
            Tim Holt, a member of the Siemens Energy executive board, said in the statement.

            The Saudi Electricity Company said the link would be completed in 2029. Its chief executive, \
            Khalid Al Gnoon, said the grid would carry "the power of the future" to millions of homes.

            Shares in Siemens Energy rose 2 percent in Frankfurt trading.
            """),
            title: "Siemens Energy wins order for Saudi grid link", date: "2025-10-09",
            actors: ["Tim Holt", "Khalid Al Gnoon"], topics: ["energy"],
            quotes: [("This project will allow Saudi Arabia", "Tim Holt"), ("the power of the future", "Khalid Al Gnoon")],
            eventDate: "2025-10-09"),

        LabelledArticle(
            name: "caption-related-links",
            article: rawArticle("""
             date 2026-04-22
            Vietnam, Laos agree to finish expressway by 2030

            Prime Minister Pham Minh Chinh (R) and his Lao counterpart Sonexay Siphandone at the talks in \
            Hanoi. Photo: VNA

            Vietnamese Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone agreed on \
            Tuesday to complete the Hanoi-Vientiane expressway by 2030, the government portal said.

            Related: Vietnam, Laos sign 12 cooperation documents

            Chinh said the expressway would cut travel time between the two capitals by half and open a route \
            to the sea for Lao exports.

            Sonexay said Laos would speed up land clearance on its side. "The expressway is a symbol of our \
            special relationship," he said.

            Related: Lao leader begins official visit to Vietnam
            """),
            title: "Vietnam, Laos agree to finish expressway by 2030", date: "2026-04-22",
            actors: ["Pham Minh Chinh", "Sonexay Siphandone"], topics: [],
            quotes: [("The expressway is a symbol", "Sonexay Siphandone")], eventDate: "2026-04-21"),

        LabelledArticle(
            name: "live-blog-summit",
            article: rawArticle("""
            Live: Central Asia-EU summit in Samarkand

            09:40, March 07, 2026

            Uzbek President Shavkat Mirziyoyev opened the summit, calling for new transport corridors that \
            bypass Russia. "Central Asia wants to be a bridge, not a dead end," he said.

            10:15, March 07, 2026

            European Council President António Costa said the EU would mobilise 12 billion euros for \
            transport and critical raw materials in the region.

            10:50, March 07, 2026

            Kazakh President Kassym-Jomart Tokayev warned that the corridors would only work if customs \
            procedures were harmonised. "Our trucks wait for days at the borders," Tokayev said.
            """),
            title: "Live: Central Asia-EU summit in Samarkand", date: "2026-03-07",
            actors: ["Shavkat Mirziyoyev", "Antonio Costa", "Kassym-Jomart Tokayev"], topics: ["trade"],
            quotes: [("Central Asia wants to be a bridge", "Shavkat Mirziyoyev"),
                     ("Our trucks wait for days", "Kassym-Jomart Tokayev")]),

        LabelledArticle(
            name: "reuters-quote-across-paragraphs",
            article: rawArticle("""
             date 2026-02-05
            Norway's wealth fund to drop more defence firms, CEO says

            OSLO, Feb 5 (Reuters) - Norway's $1.9 trillion sovereign wealth fund will exclude more defence \
            companies from its portfolio this year, chief executive Nicolai Tangen said on Thursday, after \
            the ethics council recommended dropping four firms last week.

            "We follow the advice of the ethics council, and we do not take positions on foreign policy. \
            That is for the government and parliament.

            "What matters for us is that the rules are clear and applied to everyone," Tangen told reporters.

            Finance Minister Jens Stoltenberg, who oversees the fund, said the government had no plans to \
            change the ethical guidelines. The fund's former chief, Yngve Slyngstad, had argued in 2019 for \
            a stricter line on arms makers.
            """),
            title: "Norway's wealth fund to drop more defence firms, CEO says", date: "2026-02-05",
            actors: ["Nicolai Tangen", "Jens Stoltenberg"], topics: ["security"],
            quotes: [("We follow the advice of the ethics council", "Nicolai Tangen"),
                     ("What matters for us", "Nicolai Tangen")],
            eventDate: "2026-02-05"),

        LabelledArticle(
            name: "event-date-second-paragraph",
            article: rawArticle("""
             date 2025-09-30
            Chile and India to start talks on critical minerals deal

            SANTIAGO, Chile — Chile and India will open negotiations on a comprehensive economic partnership \
            that covers lithium and copper, Chile's foreign ministry said.

            The decision was taken on September 26 in New Delhi, where Chilean Foreign Minister Alberto van \
            Klaveren met Indian Commerce Minister Piyush Goyal.

            "India is a market of 1.4 billion people and Chile wants to be its partner of choice in \
            minerals," van Klaveren said after the meeting.

            A letter to President Gabriel Boric from Indian Prime Minister Narendra Modi was handed over \
            at the talks.
            """),
            title: "Chile and India to start talks on critical minerals deal", date: "2025-09-30",
            actors: ["Alberto van Klaveren", "Piyush Goyal"], topics: ["trade"],
            quotes: [("India is a market of 1.4 billion people", "Alberto van Klaveren")],
            eventDate: "2025-09-26"),
    ]
}
