import Foundation
import GRDB
import GRDBSQLite

/// Binds values straight into a prepared statement and runs it, for the writer's hot path.
///
/// GRDB's `setUncheckedArguments` takes an array of boxed values per row; at tens of rows per
/// article that boxing and its allocations cost as much as SQLite's own work. These bind one
/// typed value at a time with no allocation (SQLite copies text with `SQLITE_TRANSIENT`).
struct StatementBinding {
    let statement: Statement
    private var handle: OpaquePointer { statement.sqliteStatement }

    init(_ statement: Statement) {
        self.statement = statement
    }

    /// SQLite copies the bytes before the bind call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    func bind(_ index: Int32, _ value: Int64?) {
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, _ value: Int?) {
        bind(index, value.map(Int64.init))
    }

    func bind(_ index: Int32, _ value: Double) {
        sqlite3_bind_double(handle, index, value)
    }

    func bind(_ index: Int32, _ value: String?) {
        guard var value else {
            sqlite3_bind_null(handle, index)
            return
        }
        value.withUTF8 { bytes in
            if let base = bytes.baseAddress {
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    _ = sqlite3_bind_text(handle, index, $0, Int32(bytes.count), Self.transient)
                }
            } else {
                _ = sqlite3_bind_text(handle, index, "", 0, Self.transient)
            }
        }
    }

    func bind(_ index: Int32, bytes value: [UInt8]) {
        value.withUnsafeBytes { bytes in
            _ = sqlite3_bind_blob(handle, index, bytes.baseAddress, Int32(bytes.count), Self.transient)
        }
    }

    /// Runs the statement to completion and resets it for the next row.
    ///
    /// - Throws: `DatabaseError` with SQLite's code and message when a step fails.
    func run() throws {
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE || code == SQLITE_ROW else { throw stepError() }
    }

    /// Runs the statement and returns the first column of its first row as an integer, or `nil`
    /// when there is no row.
    func firstInteger() throws -> Int64? {
        try firstRow(columns: 1)?[0]
    }

    /// Runs the statement and returns the first `columns` columns of its first row as integers,
    /// or `nil` when there is no row.
    func firstRow(columns: Int32) throws -> [Int64]? {
        defer { sqlite3_reset(handle) }
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return (0..<columns).map { sqlite3_column_int64(handle, $0) }
        case SQLITE_DONE: return nil
        default: throw stepError()
        }
    }

    /// Runs the statement and returns the first column of up to `limit` rows as integers.
    func integers(limit: Int) throws -> [Int64] {
        defer { sqlite3_reset(handle) }
        var values: [Int64] = []
        while values.count < limit {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw stepError() }
            values.append(sqlite3_column_int64(handle, 0))
        }
        return values
    }

    /// Runs the statement and returns up to `limit` rows of an integer id and a text column.
    func idsAndKeys(limit: Int) throws -> [(Int64, String)] {
        defer { sqlite3_reset(handle) }
        var rows: [(Int64, String)] = []
        while rows.count < limit {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw stepError() }
            let text = sqlite3_column_text(handle, 1).map { String(cString: $0) } ?? ""
            rows.append((sqlite3_column_int64(handle, 0), text))
        }
        return rows
    }

    /// Runs the statement and returns, of its first row, two integers, a text and an optional
    /// text (a claim's actor and group, content and date), or `nil` when there is no row.
    func statementRow() throws -> ([Int64], String, String?)? {
        defer { sqlite3_reset(handle) }
        switch sqlite3_step(handle) {
        case SQLITE_ROW:
            let content = sqlite3_column_text(handle, 2).map { String(cString: $0) } ?? ""
            let date = sqlite3_column_text(handle, 3).map { String(cString: $0) }
            return ([sqlite3_column_int64(handle, 0), sqlite3_column_int64(handle, 1)], content, date)
        case SQLITE_DONE: return nil
        default: throw stepError()
        }
    }

    /// The failure of the last step, read before the statement is reset.
    private func stepError() -> DatabaseError {
        let connection = sqlite3_db_handle(handle)
        return DatabaseError(
            resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)),
            message: String(cString: sqlite3_errmsg(connection)), sql: statement.sql)
    }
}
