import Foundation
import Storage

/// Prints rows in one output format, streaming where the format allows.
///
/// NDJSON and CSV rows are written as they come; JSON is one array, opened on the first row;
/// a table is held until `finish()` so its columns can be sized, with the `tableColumns` chosen
/// for a terminal's width.
final class RowPrinter {
    private let format: OutputFormat
    private let tableColumns: [String]?
    private var output = StandardOutput()
    private var count = 0
    private var heldRows: [OutputRow] = []
    private var header: [String]?

    /// Prints rows as `format`; a table shows only `tableColumns` when given.
    init(format: OutputFormat, tableColumns: [String]? = nil) {
        self.format = format
        self.tableColumns = tableColumns
    }

    /// How many rows were printed.
    var rowCount: Int { count }

    func print(_ row: OutputRow) {
        count += 1
        switch format {
        case .ndjson:
            output.write(Self.jsonObject(row) + "\n")
        case .json:
            output.write((count == 1 ? "[\n" : ",\n") + Self.jsonObject(row))
        case .csv:
            if header == nil {
                header = row.map(\.name)
                output.write(header!.map(Self.csvField).joined(separator: ",") + "\n")
            }
            output.write(row.map { Self.csvField($0.value.plain) }.joined(separator: ",") + "\n")
        case .table:
            heldRows.append(row)
        }
    }

    /// Ends the output: closes a JSON array, or prints the held table.
    func finish() {
        switch format {
        case .json:
            output.write(count == 0 ? "[]\n" : "\n]\n")
        case .table:
            printTable()
        case .ndjson, .csv:
            break
        }
        output.flush()
    }

    private func printTable() {
        guard let first = heldRows.first else { return }
        let names = tableColumns ?? first.map(\.name)
        let cells: [[String]] = heldRows.map { row in
            names.map { name in
                let text = row.first { $0.name == name }?.value.plain ?? ""
                let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
                return flat.count > 70 ? String(flat.prefix(67)) + "..." : flat
            }
        }
        var widths = names.map(\.count)
        for row in cells {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ values: [String]) -> String {
            values.enumerated().map { index, value in
                index == values.count - 1
                    ? value : value + String(repeating: " ", count: widths[index] - value.count)
            }.joined(separator: "  ")
        }
        output.write(line(names) + "\n")
        output.write(line(widths.map { String(repeating: "-", count: $0) }) + "\n")
        for row in cells { output.write(line(row) + "\n") }
    }

    static func jsonObject(_ row: OutputRow) -> String {
        OutputJSON.object(row)
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
