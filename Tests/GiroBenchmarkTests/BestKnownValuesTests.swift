import Foundation
import Testing

import Giro

@Suite struct BestKnownValuesTests {
    @Test func goodFileIsRead() throws {
        let text = """
            instance,vehicles,distance,source
            C101,10,828.94,"SINTEF, as compiled elsewhere"
            c1_2_1,20,2704.5678,literature

            """
        let values = try BestKnownValues.decode(text, fileName: "bks.csv")

        #expect(values.count == 2)
        #expect(values["C101"] == BestKnownValue(instance: "C101", vehicles: 10, distance: 828.94))
        #expect(values["c101"]?.distance == 828.94)
        #expect(values["C1_2_1"]?.vehicles == 20)
        #expect(values["R101"] == nil)
    }

    @Test func columnsMayComeInAnyOrder() throws {
        let text = "distance,size,instance,vehicles\n591.56,100,R101,19\n"
        let values = try BestKnownValues.decode(text, fileName: "bks.csv")

        #expect(values["R101"] == BestKnownValue(instance: "R101", vehicles: 19, distance: 591.56))
    }

    @Test(arguments: [
        ("instance,vehicles,distance\nC101,10,abc\n", 2, 3, "distance", "abc"),
        ("instance,vehicles,distance\nC101,10,-5\n", 2, 3, "distance", "-5"),
        ("instance,vehicles,distance\nC101,10,nan\n", 2, 3, "distance", "nan"),
        ("instance,vehicles,distance\nC101,0,828.94\n", 2, 2, "vehicles", "0"),
        ("instance,vehicles,distance\nC101,9.5,828.94\n", 2, 2, "vehicles", "9.5"),
        ("instance,vehicles,distance\n,10,828.94\n", 2, 1, "instance", ""),
        ("instance,vehicles,distance\nC101,10,828.94\nc101,10,828.94\n", 3, 1, "instance", "c101"),
        ("instance,vehicles,distance\nC101,10\n", 2, 3, "distance", ""),
    ])
    func badRowNamesRowColumnAndValue(text: String, row: Int, column: Int, name: String, value: String) {
        let error = #expect(throws: FormatError.self) {
            try BestKnownValues.decode(text, fileName: "bks.csv")
        }

        #expect(error?.fileName == "bks.csv")
        #expect(error?.line == row)
        #expect(error?.column == column)
        #expect(error?.columnName == name)
        #expect(error?.value == value)
        #expect(error?.description.contains("bks.csv: row \(row), column \(column) (\(name))") == true)
    }

    @Test func missingColumnIsNamed() {
        let error = #expect(throws: FormatError.self) {
            try BestKnownValues.decode("instance,vehicles,cost\nC101,10,828.94\n", fileName: "bks.csv")
        }

        #expect(error?.line == 1)
        #expect(error?.columnName == "distance")
        #expect(error?.message.contains("no column \"distance\"") == true)
    }

    @Test func emptyFileIsRejected() {
        let error = #expect(throws: FormatError.self) {
            try BestKnownValues.decode("", fileName: "bks.csv")
        }

        #expect(error?.message.contains("the file is empty") == true)
    }

    @Test func missingFileIsNamed() {
        let error = #expect(throws: FormatError.self) {
            try BestKnownValues.load(path: "/nonexistent/bks.csv")
        }

        #expect(error?.fileName == "/nonexistent/bks.csv")
    }
}
