import ClaimsModel
import Foundation
import GRDB

/// A statement and its bound values; user text only ever travels in `arguments`.
struct PreparedQuery {
    var sql: String
    var arguments: StatementArguments
}
