import ArgumentParser
import ClaimsModel

/// Parses a date flag, naming the flag when the value is not a date.
enum DateFlag {
    static func parse(_ value: String?, flag: String) throws -> ClaimDate? {
        guard let value else { return nil }
        guard let date = ClaimDate(parsing: value) else {
            throw ValidationError("\(flag) '\(value)' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.")
        }
        return date
    }
}
