import ClaimsModel
import Foundation
import Storage

// Times each query of the scale run's mix inside one process, through the Storage API, on the
// archive at $CLAIMS_BENCH_DB (or the first argument), and prints one JSON line per query:
// {"query": ..., "in_process_ms_p50": ..., "in_process_ms_p95": ..., "in_process_ms_max": ...,
//  "results": ...}. $CLAIMS_BENCH_RUNS sets the runs per query (default 40). The same mix as
// scripts/bench --scale, which runs it as whole `claims` processes.

/// One query of the mix: a name and what it runs, returning how many rows it found.
struct MixQuery {
    var name: String
    var run: (ClaimStore) throws -> Int
}

func search(_ query: ClaimSearch) -> (ClaimStore) throws -> Int {
    { store in try store.search(query).claims.count }
}

let mix: [MixQuery] = [
    MixQuery(name: "actor full name", run: search(ClaimSearch(actor: "Donald Trump", limit: 20))),
    MixQuery(name: "actor surname", run: search(ClaimSearch(actor: "trump", limit: 20))),
    MixQuery(
        name: "actor without diacritics", run: search(ClaimSearch(actor: "Nebojsa Stefanovic", limit: 20))),
    MixQuery(name: "source", run: search(ClaimSearch(source: "Reuters", limit: 20))),
    MixQuery(name: "outlet", run: search(ClaimSearch(outlet: "Delta Wire", limit: 20))),
    MixQuery(
        name: "date range",
        run: search(
            ClaimSearch(
                since: ClaimDate(parsing: "2019-03"), until: ClaimDate(parsing: "2019-03-31"), limit: 20))),
    MixQuery(name: "full text", run: search(ClaimSearch(text: "oil prices", limit: 20))),
    MixQuery(name: "sources of an outlet", run: { store in try store.sources(outlet: "Delta Wire").count }),
]

let environment = ProcessInfo.processInfo.environment
guard let path = CommandLine.arguments.dropFirst().first ?? environment["CLAIMS_BENCH_DB"] else {
    FileHandle.standardError.write(Data("QueryTimings: give an archive path or set CLAIMS_BENCH_DB\n".utf8))
    exit(2)
}
let runs = Int(environment["CLAIMS_BENCH_RUNS"] ?? "") ?? 40

do {
    let store = try ClaimStore(path: path, access: .readOnly)
    for query in mix {
        var times: [Double] = []
        var results = 0
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            results = try query.run(store)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        times.sort()
        func pick(_ q: Double) -> Double {
            (times[min(times.count - 1, Int(q * Double(times.count)))] * 100).rounded() / 100
        }
        let line: [String: Any] = [
            "query": query.name, "in_process_ms_p50": pick(0.5), "in_process_ms_p95": pick(0.95),
            "in_process_ms_max": pick(1.0), "results": results,
        ]
        let data = try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }
} catch {
    FileHandle.standardError.write(Data("QueryTimings: \(error)\n".utf8))
    exit(1)
}
