// The umbrella module: `import Giro` brings every library layer.
@_exported import GiroBenchmark
@_exported import GiroCompany
@_exported import GiroFormats
@_exported import GiroGenerator
@_exported import GiroModel
@_exported import GiroNumerics
@_exported import GiroReports
@_exported import GiroSchedule
@_exported import GiroSolver
@_exported import GiroTravel
@_exported import GiroValidator
