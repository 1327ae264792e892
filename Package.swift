// swift-tools-version:6.0
//
// Giro plans the working weeks of field sales representatives.
//
// The library targets form layers that only depend on the layers listed
// before them:
//
//   GiroModel      value types and units
//   GiroTravel     travel times and distances
//   GiroSchedule   one day's timing and feasibility
//   GiroSolver     construction heuristics, local search, ruin-and-recreate
//   GiroValidator  independent plan checker; depends on model and travel only
//   GiroCompany    settings cascade with locks, roles, transfers, health check
//   GiroGenerator  synthetic field-sales territories around real towns
//   GiroFormats    territory JSON, customer CSV, plan JSON, benchmark readers
//   GiroReports    SVG charts, route maps, day timelines and HTML pages
//   GiroBenchmark  benchmark runners (VRPTW, TOPTW, territories, scale sweeps): gaps, reports
//   GiroNumerics   least squares and power-law fits through LAPACK
//   Giro           umbrella module that re-exports the layers above
//   GiroCLI        the `giro` command-line tool
//
// CLAPACK links the system LAPACK and BLAS (Debian liblapack-dev and
// libblas-dev) for least-squares fits.

import PackageDescription

let strictSwift6: [SwiftSetting] = [
    .swiftLanguageMode(.v6)
]

let package = Package(
    name: "Giro",
    products: [
        .library(name: "Giro", targets: ["Giro"]),
        .executable(name: "giro", targets: ["GiroCLI"]),
    ],
    targets: [
        .systemLibrary(
            name: "CLAPACK",
            pkgConfig: "lapack",
            providers: [.apt(["liblapack-dev", "libblas-dev"])]
        ),
        .target(name: "GiroModel", swiftSettings: strictSwift6),
        .target(name: "GiroTravel", dependencies: ["GiroModel"], swiftSettings: strictSwift6),
        .target(
            name: "GiroSchedule",
            dependencies: ["GiroModel", "GiroTravel"],
            swiftSettings: strictSwift6
        ),
        .target(
            name: "GiroSolver",
            dependencies: ["GiroModel", "GiroTravel", "GiroSchedule"],
            swiftSettings: strictSwift6
        ),
        .target(
            name: "GiroValidator",
            dependencies: ["GiroModel", "GiroTravel"],
            swiftSettings: strictSwift6
        ),
        .target(
            name: "GiroCompany",
            dependencies: ["GiroModel", "GiroTravel", "GiroSchedule", "GiroSolver", "GiroValidator"],
            swiftSettings: strictSwift6
        ),
        .target(
            name: "GiroFormats",
            dependencies: ["GiroModel", "GiroTravel", "GiroSolver", "GiroValidator", "GiroCompany", "GiroGenerator"],
            swiftSettings: strictSwift6
        ),
        .target(name: "GiroReports", dependencies: ["GiroModel"], swiftSettings: strictSwift6),
        .target(name: "GiroGenerator", dependencies: ["GiroModel"], swiftSettings: strictSwift6),
        .target(
            name: "GiroBenchmark",
            dependencies: ["GiroModel", "GiroSolver", "GiroValidator", "GiroFormats", "GiroReports"],
            swiftSettings: strictSwift6
        ),
        .target(
            name: "GiroNumerics",
            dependencies: ["CLAPACK"],
            swiftSettings: strictSwift6
        ),
        .target(
            name: "Giro",
            dependencies: [
                "GiroModel", "GiroTravel", "GiroSchedule", "GiroSolver", "GiroValidator",
                "GiroCompany", "GiroFormats", "GiroReports", "GiroGenerator", "GiroBenchmark", "GiroNumerics",
            ],
            swiftSettings: strictSwift6
        ),
        .executableTarget(name: "GiroCLI", dependencies: ["Giro"], swiftSettings: strictSwift6),
        .testTarget(name: "GiroModelTests", dependencies: ["GiroModel"], swiftSettings: strictSwift6),
        .testTarget(
            name: "GiroTravelTests",
            dependencies: ["GiroModel", "GiroTravel"],
            swiftSettings: strictSwift6
        ),
        .testTarget(
            name: "GiroScheduleTests",
            dependencies: ["GiroModel", "GiroTravel", "GiroSchedule"],
            swiftSettings: strictSwift6
        ),
        .testTarget(name: "GiroSolverTests", dependencies: ["Giro"], swiftSettings: strictSwift6),
        .testTarget(name: "GiroValidatorTests", dependencies: ["Giro"], swiftSettings: strictSwift6),
        .testTarget(
            name: "GiroFormatsTests", dependencies: ["Giro"], exclude: ["Fixtures"], swiftSettings: strictSwift6),
        .testTarget(name: "GiroBenchmarkTests", dependencies: ["Giro", "GiroBenchmark"], swiftSettings: strictSwift6),
        .testTarget(
            name: "GiroReportsTests",
            dependencies: ["GiroModel", "GiroReports"],
            exclude: ["Snapshots"],
            swiftSettings: strictSwift6
        ),
        .testTarget(name: "GiroGeneratorTests", dependencies: ["Giro", "GiroGenerator"], swiftSettings: strictSwift6),
        .testTarget(name: "GiroNumericsTests", dependencies: ["GiroNumerics"], swiftSettings: strictSwift6),
        .testTarget(name: "GiroCompanyTests", dependencies: ["Giro"], swiftSettings: strictSwift6),
        .testTarget(name: "GiroCLITests", dependencies: ["Giro", "GiroCLI"], swiftSettings: strictSwift6),
    ]
)
