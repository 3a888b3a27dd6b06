// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Logboek",
    products: [
        .executable(name: "logboek", targets: ["logboek"]),
        .library(name: "Ledger", targets: ["Ledger"]),
        .library(name: "Meldcode", targets: ["Meldcode"]),
        .library(name: "Documents", targets: ["Documents"]),
        .library(name: "Web", targets: ["Web"]),
    ],
    targets: [
        .systemLibrary(
            name: "CSodium",
            pkgConfig: "libsodium",
            providers: [.apt(["libsodium-dev"])]
        ),
        .systemLibrary(name: "CKeyring"),
        .target(name: "Sodium", dependencies: ["CSodium", "CKeyring"]),
        .target(name: "Ledger", dependencies: ["Sodium"]),
        .target(name: "Meldcode", dependencies: ["Ledger"]),
        .target(name: "Documents", dependencies: ["Meldcode", "Ledger"]),
        .target(name: "Web", dependencies: ["Documents", "Meldcode", "Ledger", "Sodium"]),
        .executableTarget(name: "logboek", dependencies: ["Web", "Documents", "Meldcode", "Ledger"]),
        .executableTarget(name: "logboek-bench", dependencies: ["Documents", "Meldcode", "Ledger", "Sodium"]),
        .executableTarget(name: "logboek-examples", dependencies: ["Meldcode", "Ledger", "Sodium"]),
        .testTarget(name: "SodiumTests", dependencies: ["Sodium"]),
        .testTarget(name: "LedgerTests", dependencies: ["Ledger", "Meldcode", "Sodium"]),
        .testTarget(name: "MeldcodeTests", dependencies: ["Meldcode", "Ledger", "Sodium"]),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "Meldcode", "Ledger", "Sodium"]),
        .testTarget(name: "WebTests", dependencies: ["Web", "Documents", "Meldcode", "Ledger", "Sodium"]),
        .testTarget(name: "LogboekCLITests", dependencies: ["logboek", "Documents", "logboek-examples", "Meldcode", "Ledger", "Sodium"]),
    ],
    swiftLanguageModes: [.v6]
)
