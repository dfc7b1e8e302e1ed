/// An error that stops a command: names the pipeline step, the file and (where known) the line.
public struct DossierError: Error, CustomStringConvertible, Equatable {
    /// The pipeline step that failed ("config", "templates", "summaries", "output").
    public var step: String
    public var file: String?
    public var line: Int?
    public var message: String

    public init(step: String, file: String? = nil, line: Int? = nil, _ message: String) {
        self.step = step
        self.file = file
        self.line = line
        self.message = message
    }

    /// One line: `file:line: error: message [step]`.
    public var description: String {
        let place = file.map { "\($0)\(line.map { ":\($0)" } ?? ""): " } ?? ""
        return "\(place)error: \(message) [\(step)]"
    }
}
