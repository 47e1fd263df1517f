import Foundation
import Storage

/// Charts drawn on the server as inline SVG: no script, no font or style from elsewhere.
enum Charts {
    /// Vertical bars of claims per month, every month between the first and the last shown
    /// (months without claims as gaps), labelled with the year under each January.
    static func monthly(_ counts: [MonthCount], label: String) -> String {
        guard let first = counts.first, let last = counts.last else {
            return "<p class=\"muted\">No dated claims.</p>"
        }
        let months = monthRange(from: first.month, to: last.month)
        let byMonth = Dictionary(counts.map { ($0.month, $0.claims) }, uniquingKeysWith: +)
        let peak = max(1, counts.map(\.claims).max() ?? 1)
        let width = 900.0
        let height = 220.0
        let left = 44.0
        let bottom = 28.0
        let plotWidth = width - left - 10
        let plotHeight = height - bottom - 12
        let step = plotWidth / Double(max(1, months.count))
        let barWidth = min(36, max(1, step * 0.8))
        var svg =
            "<svg class=\"chart monthly\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" "
            + "viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(HTML.escape(label))\">"
            + "<title>\(HTML.escape(label))</title>"
        svg += axis(left: left, top: 12, plotWidth: plotWidth, plotHeight: plotHeight, peak: peak)
        for (index, month) in months.enumerated() {
            let x = left + Double(index) * step + (step - barWidth) / 2
            if let value = byMonth[month] {
                let barHeight = plotHeight * Double(value) / Double(peak)
                svg +=
                    "<rect x=\"\(fmt(x))\" y=\"\(fmt(12 + plotHeight - barHeight))\" width=\"\(fmt(barWidth))\" "
                    + "height=\"\(fmt(barHeight))\" fill=\"#3b78b8\"><title>\(month): \(value) claim\(value == 1 ? "" : "s")</title></rect>"
            }
            if month.hasSuffix("-01") || index == 0 || months.count <= 12 {
                let text = months.count <= 12 ? month : String(month.prefix(4))
                svg +=
                    "<text x=\"\(fmt(x + barWidth / 2))\" y=\"\(fmt(height - 10))\" font-size=\"11\" "
                    + "text-anchor=\"middle\" fill=\"#555\">\(text)</text>"
            }
        }
        return svg + "</svg>"
    }

    /// Horizontal bars, one per named count, largest first as given.
    static func bars(_ items: [(name: String, value: Int)], label: String) -> String {
        guard !items.isEmpty else { return "<p class=\"muted\">Nothing to chart.</p>" }
        let peak = max(1, items.map(\.value).max() ?? 1)
        let row = 22.0
        let labelWidth = 230.0
        let width = 900.0
        let height = row * Double(items.count) + 8
        var svg =
            "<svg class=\"chart bars\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" "
            + "viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(HTML.escape(label))\">"
            + "<title>\(HTML.escape(label))</title>"
        for (index, item) in items.enumerated() {
            let y = 4 + Double(index) * row
            let barWidth = (width - labelWidth - 60) * Double(item.value) / Double(peak)
            let name = item.name.count > 34 ? String(item.name.prefix(33)) + "…" : item.name
            svg +=
                "<text x=\"\(fmt(labelWidth - 6))\" y=\"\(fmt(y + 15))\" font-size=\"12\" text-anchor=\"end\" fill=\"#222\">"
                + HTML.escape(name) + "</text>"
                + "<rect x=\"\(fmt(labelWidth))\" y=\"\(fmt(y + 3))\" width=\"\(fmt(max(1, barWidth)))\" height=\"\(fmt(row - 6))\" fill=\"#c46a2b\">"
                + "<title>" + HTML.escape(item.name) + ": \(item.value)</title></rect>"
                + "<text x=\"\(fmt(labelWidth + barWidth + 5))\" y=\"\(fmt(y + 15))\" font-size=\"11\" fill=\"#555\">\(item.value)</text>"
        }
        return svg + "</svg>"
    }

    private static func axis(left: Double, top: Double, plotWidth: Double, plotHeight: Double, peak: Int)
        -> String
    {
        var svg =
            "<line x1=\"\(fmt(left))\" y1=\"\(fmt(top + plotHeight))\" x2=\"\(fmt(left + plotWidth))\" "
            + "y2=\"\(fmt(top + plotHeight))\" stroke=\"#999\"/>"
        for value in Set([0, peak / 2, peak]).sorted() {
            let y = top + plotHeight - plotHeight * Double(value) / Double(peak)
            svg +=
                "<text x=\"\(fmt(left - 6))\" y=\"\(fmt(y + 4))\" font-size=\"11\" text-anchor=\"end\" fill=\"#555\">\(value)</text>"
                + "<line x1=\"\(fmt(left))\" y1=\"\(fmt(y))\" x2=\"\(fmt(left + plotWidth))\" y2=\"\(fmt(y))\" stroke=\"#eee\"/>"
        }
        return svg
    }

    /// Every `YYYY-MM` from `first` to `last`, both included (at most 1,200 months).
    static func monthRange(from first: String, to last: String) -> [String] {
        func parts(_ month: String) -> (Int, Int)? {
            let pieces = month.split(separator: "-")
            guard pieces.count == 2, let year = Int(pieces[0]), let number = Int(pieces[1]) else {
                return nil
            }
            return (year, number)
        }
        guard var (year, month) = parts(first), let end = parts(last) else { return [first] }
        var months: [String] = []
        while (year, month) <= end && months.count < 1200 {
            months.append(String(format: "%04d-%02d", year, month))
            month += 1
            if month > 12 {
                month = 1
                year += 1
            }
        }
        return months
    }

    private static func fmt(_ value: Double) -> String { String(format: "%.1f", value) }
}
