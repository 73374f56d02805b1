import Testing
@testable import Chronicle

/// `Granularity.rank` is a switch that writes out the cases' order: it must stay the order `allCases` lists them in,
/// which the timeline sorts coarser periods first by.
@Test func granularityRanksFollowTheCasesOrder() {
    for (position, granularity) in Granularity.allCases.enumerated() {
        #expect(granularity.rank == position, "\(granularity)")
    }
}
