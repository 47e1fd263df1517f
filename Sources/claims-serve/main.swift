import ClaimsServer

// `claims-serve`, the web view of an archive; `claims serve` runs it with its own arguments.
await ServeCommand.main()
