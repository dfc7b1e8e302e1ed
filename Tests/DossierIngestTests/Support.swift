import DossierModel
@testable import DossierIngest

/// The article `text` becomes, under a fixed source file name.
func ingest(_ text: String) -> Article {
    Ingest.article(from: text, sourceFile: "articles/test.txt")
}

/// Shorthand for an expected paragraph block.
func p(_ text: String) -> Block { Block(.paragraph, text) }

/// Shorthand for an expected subhead block.
func h(_ text: String) -> Block { Block(.subhead, text) }

/// UTF-16 code units of `text` as bytes in the given byte order.
func utf16Bytes(_ text: String, bigEndian: Bool) -> [UInt8] {
    text.utf16.flatMap { unit -> [UInt8] in
        let hi = UInt8(unit >> 8), lo = UInt8(unit & 0xFF)
        return bigEndian ? [hi, lo] : [lo, hi]
    }
}
