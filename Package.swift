// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        // Tests only: property-based checks of the stages on generated hostile input.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // libcmark-gfm and its GFM extensions, from the system (Debian: libcmark-gfm-dev,
        // libcmark-gfm-extensions-dev).
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Values shared by every stage: configuration, days, slugs, articles, briefs.
        .target(name: "DossierModel"),
        // Stage 1: raw text -> Article.
        .target(name: "DossierIngest", dependencies: ["DossierModel"]),
        // Stage 2: Article -> Brief.
        .target(name: "DossierAnalysis", dependencies: ["DossierModel"]),
        // Stage 3: Brief <-> Markdown summary with YAML front matter.
        .target(name: "DossierSummary", dependencies: [
            "DossierModel",
            .product(name: "Yams", package: "Yams"),
        ]),
        // Stage 4: summaries -> site files (cmark-gfm + Mustache).
        .target(name: "DossierRender", dependencies: [
            "DossierModel", "DossierSummary", "CCmarkGFM",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // The imperative shell: files, configuration loading, the pipeline, Output/ swap.
        .target(name: "DossierBuild", dependencies: [
            "DossierModel", "DossierIngest", "DossierAnalysis", "DossierSummary", "DossierRender",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Linked with gperftools' TCMalloc (Debian: libtcmalloc-minimal4), whose malloc then
        // serves the whole process: a fresh build's CPU −10%, a rebuild's −20% against glibc's
        // (docs/ARCHITECTURE.md, "Decisions that differ"). Named by file: the package has no
        // unversioned `.so` without the -dev package's unwinder and profiler.
        .executableTarget(name: "dossier", dependencies: [
            "DossierBuild",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ], linkerSettings: [.linkedLibrary(":libtcmalloc_minimal.so.4", .when(platforms: [.linux]))]),
        .testTarget(name: "DossierModelTests", dependencies: ["DossierModel"]),
        .testTarget(name: "DossierIngestTests", dependencies: ["DossierIngest"]),
        .testTarget(name: "DossierAnalysisTests", dependencies: ["DossierAnalysis", "DossierIngest"]),
        .testTarget(name: "DossierSummaryTests", dependencies: ["DossierSummary"]),
        .testTarget(name: "DossierPropertyTests", dependencies: [
            "DossierIngest", "DossierAnalysis", "DossierSummary", "DossierRender", "DossierModel",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "DossierRenderTests", dependencies: ["DossierRender", "DossierSummary"]),
        .testTarget(name: "DossierBuildTests", dependencies: [
            "DossierBuild", "DossierIngest", "DossierAnalysis", "DossierSummary", "DossierModel",
            .product(name: "Logging", package: "swift-log"),
        ], exclude: ["Golden"]),
    ]
)
