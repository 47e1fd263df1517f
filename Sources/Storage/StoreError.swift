import GRDB

/// Why the archive could not be opened, written or read, as one sentence for a person.
///
/// Every error names the database file; the CLI prints it as `claims: <description>`.
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, as a broad category a caller can act on.
    public enum Kind: Sendable, Hashable {
        case notADatabase, newerSchema, olderSchema, readOnly, cannotOpen, diskFull, busy, damaged
        case missing, badQuery, other
    }

    public var kind: Kind
    /// The full sentence.
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    /// Turns an SQLite error met while working on `path` into a sentence.
    static func from(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else {
            return StoreError(.other, "\(path): \(error)")
        }
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return StoreError(.notADatabase, "\(path) is not a claims database (it is not an SQLite file)")
        case .SQLITE_READONLY:
            return StoreError(.readOnly, "\(path) is read-only: nothing can be stored in it")
        case .SQLITE_CANTOPEN:
            return StoreError(.cannotOpen, "cannot open \(path): its folder is missing or not writable")
        case .SQLITE_FULL:
            return StoreError(.diskFull, "the disk holding \(path) is full: the current batch was not stored")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError(.busy, "\(path) stayed locked by another process for too long; try again")
        case .SQLITE_CORRUPT:
            return StoreError(.damaged, "\(path) is damaged (SQLite reports corruption)")
        case .SQLITE_IOERR:
            return StoreError(
                .other, "\(path) could not be read or written (I/O error: \(error.message ?? "?"))")
        default:
            return StoreError(.other, "\(path): \(error.message ?? "\(error.resultCode)")")
        }
    }
}
