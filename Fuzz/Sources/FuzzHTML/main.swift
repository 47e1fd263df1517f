import FuzzDriver
import Ingestion

// Any bytes as a saved web page.
runFuzzer { bytes in
    _ = try? HTMLReader().read(bytes, key: "fuzz.html")
}
