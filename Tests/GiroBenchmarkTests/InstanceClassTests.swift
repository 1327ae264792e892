import Testing

import Giro

@Suite struct InstanceClassTests {
    @Test(arguments: [
        ("C101", InstanceClass.c1), ("C208", .c2), ("R101", .r1), ("R211", .r2), ("RC105", .rc1), ("RC208", .rc2),
        ("c1_2_1", .c1), ("r2_2_10", .r2), ("rc1_2_3", .rc1), ("RC2_10_1", .rc2),
    ])
    func classFromName(name: String, expected: InstanceClass) {
        #expect(InstanceClass(instanceName: name) == expected)
    }

    @Test(arguments: ["X-n101-k25", "C301", "R", "", "demo"])
    func otherNamesHaveNoClass(name: String) {
        #expect(InstanceClass(instanceName: name) == nil)
    }

    @Test func classesSortAsTablesDo() {
        #expect([InstanceClass.rc1, .c2, .r1, .c1].sorted() == [.c1, .c2, .r1, .rc1])
    }
}
