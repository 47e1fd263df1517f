import ClaimsModel
import Foundation
import GRDB

extension StoredClaim {
    /// The columns `init(row:)` reads, over `claims c`, `articles a`, `outlets o` and the actor
    /// and source `entities ae`, `se`.
    static let columns = """
        c.id, a.article_key, c.article_id, o.name AS outlet, a.title, a.url, c.date, c.date_basis,
        ae.name AS actor, ae.kind AS actor_kind, c.actor_text, c.speaker_start, c.speaker_end,
        c.actor_description, c.cue, c.cue_start, c.cue_end, c.kind,
        coalesce(c.content, substr(a.body, c.content_start + 1, c.content_end - c.content_start)) AS content,
        c.content_start, c.content_end, se.name AS source,
        (SELECT group_concat(date, ' ') FROM claim_dates WHERE claim_id = c.id) AS mentioned_dates,
        c.confidence, c.class, coalesce(c.group_id, c.id) AS group_id, c.actor_id, c.source_id, c.outlet_id
        """

    init(row: Row) {
        func span(_ start: Int?, _ end: Int?) -> TextSpan? {
            guard let start, let end, start <= end else { return nil }
            return TextSpan(start, end)
        }
        id = row[0]
        articleKey = row[1]
        articleID = row[2]
        outlet = row[3]
        title = row[4]
        url = row[5]
        date = (row[6] as String?).flatMap { ClaimDate(parsing: $0) }
        dateBasis = row[7]
        actor = row[8]
        actorKind = (row[9] as String?).flatMap(ActorKind.init(rawValue:))
        speakerText = row[10]
        speakerSpan = span(row[11], row[12])
        actorDescription = row[13]
        cue = row[14]
        cueSpan = span(row[15], row[16])
        kind = ClaimKind(rawValue: row[17]) ?? .indirect
        content = row[18]
        contentSpan = span(row[19], row[20]) ?? TextSpan(0, 0)
        source = row[21]
        mentionedDates = ((row[22] as String?) ?? "").split(separator: " ").compactMap {
            ClaimDate(parsing: $0)
        }
        confidence = row[23]
        claimClass = (row[24] as String?).flatMap(ClaimClass.init(rawValue:))
        group = row[25]
        actorID = row[26]
        sourceID = row[27]
        outletID = row[28]
        if row.hasColumn("appearances") {
            appearances = row["appearances"]
            outlets = row["outlets"]
        }
    }
}
