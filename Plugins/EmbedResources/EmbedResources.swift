import Foundation
import PackagePlugin

/// Embeds the package's data files into the target that uses this plugin, as Swift source.
///
/// `Ingestion` gets `data/lexicons/*.txt`; `Storage` gets `migrations/*.sql`; `ClaimsServer`
/// gets `data/templates/*.mustache`. Embedding (rather
/// than SwiftPM resources) keeps the `claims` binary self-contained when it is copied elsewhere.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let folder: URL
        let typeName: String
        switch target.name {
        case "Storage":
            folder = root.appending(path: "migrations")
            typeName = "EmbeddedMigrations"
        case "ClaimsServer":
            folder = root.appending(path: "data/templates")
            typeName = "EmbeddedTemplates"
        default:
            folder = root.appending(path: "data/lexicons")
            typeName = "EmbeddedLexicons"
        }
        let inputs = try FileManager.default.contentsOfDirectory(
            at: folder, includingPropertiesForKeys: nil
        )
        .filter { !$0.lastPathComponent.hasPrefix(".") }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "\(typeName).swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) files as \(typeName)",
                executable: try context.tool(named: "ResourceEmbedder").url,
                arguments: [typeName, output.path, folder.path],
                // The folder is an input too: adding a file changes it and reruns the command.
                inputFiles: inputs + [folder],
                outputFiles: [output]
            )
        ]
    }
}
