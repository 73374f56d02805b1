import Testing
@testable import Chronicle

/// The fifty-eighth round, in 2013-era news: the rest of the English irregular pasts and participles ("lit", "sat",
/// "forbade", "drank", "awoke", "befell") and the pasts that look like their presents ("cost", "hurt", "upset", "cast",
/// "thrust") mark a clause as past, so a bare month or holiday the nearest side would put ahead is the last one.
/// Dateline: Fri 2013-03-22.
@Suite("Family news round 58")
struct FamilyNewsRound58Tests {
    typealias Case = FamilyCase
    typealias N = FamilyNewsDirectionTests

    static let cases: [Case] = [
        // An irregular past of its own.
        N.news("Fireworks lit up the sky on Independence Day.", "Independence Day", "2012-07-04"),
        N.news("Crowds lit candles for the victims in June.", "June", "2012-06"),
        N.news("The president forbade the march in June.", "June", "2012-06"),
        N.news("The minister sat down with union leaders in June.", "June", "2012-06"),
        N.news("Leaders drank a toast to the treaty in June.", "June", "2012-06"),
        N.news("The city awoke to news of the attack in June.", "June", "2012-06"),
        N.news("The rebels forsook the town in June.", "June", "2012-06"),
        N.news("Fire burnt through the forest in June.", "June", "2012-06"),
        N.news("Tragedy befell the town in June.", "June", "2012-06"),
        // A past that looks like its present, read as "hit" and "set" are.
        N.news("The storm cost the city $2 million in June.", "June", "2012-06"),
        N.news("The drought hurt corn crops in June.", "June", "2012-06"),
        N.news("The ruling upset farmers in June.", "June", "2012-06"),
        N.news("The jury cast doubt on the evidence in June.", "June", "2012-06"),
        N.news("The scandal thrust the senator into the spotlight in June.", "June", "2012-06"),
    ]

    /// Guards (these read right before the round, and must stay so): after an auxiliary or "to" the form is a base form
    /// and the auxiliary decides; after a determiner it is a noun.
    static let guards: [Case] = [
        N.news("Tickets will cost $20 in June.", "June", "2013-06"),
        N.news("The strike is expected to hurt exports in June.", "June", "2013-06"),
        N.news("Voters will cast ballots in June.", "June", "2013-06"),
        N.news("The cast will perform in June.", "June", "2013-06"),
        N.news("An upset in June would stun the league.", "June", "2013-06"),
        N.news("The new terminal could cost billions in June.", "June", "2013-06"),
        N.news("Fireworks will light up the sky on Independence Day.", "Independence Day", "2013-07-04"),
        N.news("The candles are to be lit on Independence Day.", "Independence Day", "2013-07-04"),
        // A past after a verb's prefix and its hyphen is still a past; inside another compound it is an adjective's part.
        N.news("The senator co-wrote the bill in June.", "June", "2012-06"),
        N.news("The two firms re-sold the bonds in June.", "June", "2012-06"),
        N.news("Budget airlines will add low-cost flights in June.", "June", "2013-06"),
    ]

    @Test(arguments: cases)
    func irregularPast(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: guards)
    func baseFormOrNoun(_ item: Case) throws { try FamilyCheck.check(item) }
}
