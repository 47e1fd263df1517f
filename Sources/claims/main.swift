import ClaimsCLI

// The binary is only the entry point: every command lives in ClaimsCLI, so tests can run the
// command logic in process.
Claims.main()
