import Foundation
import GiroReports

/// The files of a scale sweep: `results.csv`, `summary.md` and the chart
/// of planning time against size.
public enum ScaleReport {
    /// The header of `results.csv`, in the fixed column order.
    /// `peak_memory_mb` is in mebibytes (MiB, 1,048,576 bytes). The column
    /// keeps its name for scripts that read earlier files.
    public static let columns = [
        "customers_per_rep", "reps", "days", "customers", "planning_seconds", "process_seconds", "peak_memory_mb",
        "validator",
    ]

    /// Returns `results.csv`: one line per size, in sweep order. Memory is
    /// in mebibytes with one decimal, seconds have three decimals.
    public static func csv(_ measurements: [ScaleMeasurement]) -> String {
        var text = CSVText.line(columns)
        for measurement in measurements {
            text += CSVText.line([
                String(measurement.size.customersPerRep), String(measurement.size.reps), String(measurement.size.days),
                String(measurement.customers), CSVText.number(measurement.planningSeconds, decimals: 3),
                CSVText.number(measurement.processSeconds, decimals: 3), mebibytes(measurement.peakMemoryBytes),
                measurement.isValid ? "valid" : "invalid",
            ])
        }
        return text
    }

    /// Returns the planning times along each arm of `sweep` that has at
    /// least two distinct values, as (value, seconds) pairs of the sizes
    /// whose plans are valid, ready for a power-law fit.
    public static func armSamples(
        _ measurements: [ScaleMeasurement], sweep: ScaleSweep
    ) -> [(dimension: ScaleSweep.Dimension, x: [Double], y: [Double])] {
        ScaleSweep.Dimension.allCases.compactMap { dimension in
            let arm = Set(sweep.arm(dimension))
            let samples = measurements.filter { arm.contains($0.size) && $0.isValid && $0.planningSeconds > 0 }
            guard Set(samples.map { dimension.value(of: $0.size) }).count >= 2 else { return nil }
            return (
                dimension, samples.map { Double(dimension.value(of: $0.size)) }, samples.map(\.planningSeconds)
            )
        }
    }

    /// Returns `summary.md`: the settings, one table row per size and the
    /// fitted exponents.
    public static func summary(
        _ measurements: [ScaleMeasurement], fits: [ScaleFit], settings: [String]
    ) -> String {
        var lines = ["# Scale sweep", ""] + settings.map { "- \($0)" } + [""]
        lines.append("| customers per rep | reps | days | customers | planning s | process s | peak memory MiB | validator |")
        lines.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
        for measurement in measurements {
            lines.append(
                "| \(measurement.size.customersPerRep) | \(measurement.size.reps) | \(measurement.size.days) | "
                    + "\(measurement.customers) | \(CSVText.number(measurement.planningSeconds, decimals: 3)) | "
                    + "\(CSVText.number(measurement.processSeconds, decimals: 3)) | "
                    + "\(mebibytes(measurement.peakMemoryBytes)) | \(measurement.isValid ? "valid" : "invalid") |")
        }
        lines += ["", "## Growth of the planning time", ""]
        if fits.isEmpty {
            lines.append("No arm has two sizes with valid plans, so nothing is fitted.")
        } else {
            lines.append("| dimension | exponent | R² | sizes |")
            lines.append("| --- | ---: | ---: | ---: |")
            for fit in fits {
                lines.append(
                    "| \(fit.dimension.rawValue) | \(CSVText.number(fit.exponent, decimals: 2)) | "
                        + "\(CSVText.number(fit.rSquared, decimals: 3)) | \(fit.sampleCount) |")
            }
            lines += [
                "",
                "Each exponent k comes from a least-squares fit of seconds = c · value^k on logarithmic axes "
                    + "along one arm of the sweep, with the other dimensions at their base values.",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Returns the chart of the planning time along each arm of the sweep
    /// on logarithmic axes, or nil when no arm has two sizes with valid
    /// plans. The x axis is the size relative to the base size, so that the
    /// arms share one axis, and a straight line of slope k is a power law
    /// with exponent k.
    public static func chart(_ measurements: [ScaleMeasurement], sweep: ScaleSweep) -> String? {
        let series = armSamples(measurements, sweep: sweep).map { arm in
            let base = Double(arm.dimension.value(of: sweep.base))
            return LineChart.Series(
                name: arm.dimension.rawValue,
                points: zip(arm.x, arm.y).map { LineChart.Point(x: log10($0 / base), y: log10($1)) })
        }
        guard !series.isEmpty else { return nil }
        return LineChart(
            title: "Planning time along each arm of the sweep", xLabel: "log10 of size / base size",
            yLabel: "log10 of seconds", series: series
        ).svg()
    }

    private static func mebibytes(_ bytes: Int) -> String {
        CSVText.number(Double(bytes) / 1_048_576, decimals: 1)
    }
}
