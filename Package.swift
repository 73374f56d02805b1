// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Chronicle",
    products: [
        .library(name: "Chronicle", targets: ["Chronicle"]),
        .executable(name: "chronicle", targets: ["chronicle"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // ICU's C API through a shim header of `static inline` wrappers (see Documentation/Architecture.md).
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev", "pkg-config"])]
        ),
        // The only module that touches ICU. It never imports Foundation (their ICU headers clash).
        .target(name: "ChronicleICU", dependencies: ["CICU"]),
        // The library: dateline → sentences → expressions → resolution → events → timeline → renderers.
        .target(name: "Chronicle", dependencies: ["ChronicleICU"]),
        // The example command-line tool.
        .executableTarget(
            name: "chronicle",
            dependencies: [
                "Chronicle",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Examples/chronicle"
        ),
        // libFuzzer target: Scripts/fuzz.sh builds it with -sanitize=fuzzer; plain builds get a stub main.
        .executableTarget(name: "ChronicleFuzz", dependencies: ["Chronicle"], path: "Fuzz/ChronicleFuzz"),
        .testTarget(name: "ChronicleTests", dependencies: ["Chronicle"], exclude: ["Golden", "Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
