// libFuzzer's driver, linked from the toolchain's libclang_rt.fuzzer_no_main (see Fuzz/run).
// SwiftPM's --sanitize=fuzzer would also put libFuzzer's `main` into the build tool that embeds
// the lexicons; linking the no-main library and calling the driver ourselves avoids that.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

nonisolated(unsafe) private var target: (([UInt8]) -> Void)?

/// Runs libFuzzer with this process's arguments, calling `body` with each input.
public func runFuzzer(_ body: @escaping ([UInt8]) -> Void) -> Never {
    target = body
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    let status = LLVMFuzzerRunDriver(&argc, &argv) { data, count in
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
        target?(bytes)
        return 0
    }
    exit(status)
}

#if canImport(Glibc)
    import Glibc
#endif
