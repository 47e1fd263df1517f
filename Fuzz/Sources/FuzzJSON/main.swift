import FuzzDriver
import Ingestion

// Any bytes as one JSON Lines record.
runFuzzer { bytes in
    _ = try? JSONRecordReader().read(bytes, fallbackKey: "fuzz.jsonl:1")
}
