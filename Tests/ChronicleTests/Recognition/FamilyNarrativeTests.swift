import Testing
@testable import Chronicle

/// Families of the fourteenth round (narrative families, Documentation/Evaluation.md): histories read in narrative mode,
/// each family checked with its news reading where the two could differ.
@Suite("Family narrative histories")
struct FamilyNarrativeTests {
    typealias Case = FamilyCase
    /// The WikiWars download date: in a history it is only the author's present.
    static let download = CalendarDate(year: 2009, month: 12, day: 19)

    static let cases: [Case] = [
        // A month or a season that names an event ("the February Revolution", "the Spring Offensive") is the month or the
        // season alone: the article is the event's, and a capitalised event noun after it is no sign of a person's name.
        Case("In 1917 the Czar was overthrown in the February Revolution.", "February", .date, "1917-02",
             dateline: download, narrative: true),
        Case("In 1861 a pre-war February Peace Conference met in Washington.", "February", .date, "1861-02",
             dateline: download, narrative: true),
        Case("In 1789 the Assembly passed what is known as the August Decrees.", "August", .date, "1789-08",
             dateline: download, narrative: true),
        Case("In 1918 the Spring Offensive sought to divide the British and French.", "Spring", .date, "1918-SP",
             dateline: download, narrative: true),
        Case("The German Spring Offensive of 1918 began in March.", "Spring", .date, "1918-SP", dateline: download, narrative: true),
        Case("In 1863, after Meade's inconclusive fall campaign, Lincoln turned west.", "fall", .date, "1863-FA",
             dateline: download, narrative: true),
        Case("In 1943 the army fell back beyond its position before the summer offensive.", "summer", .date, "1943-SU",
             dateline: download, narrative: true),
        Case("In 1920, after the early October Battle of the Szczara River, the army advanced.", "early October", .date, "1920-10",
             mod: "START", dateline: download, narrative: true),
        // The event's year written after its name is the month's or season's.
        Case("Violence rose during the Iraq Spring Fighting of 2004.", "Spring", .date, "2004-SP", dateline: download),
        Case("A pre-war February Peace Conference of 1861 met in Washington.", "February", .date, "1861-02", dateline: download,
             narrative: true),
        // A year before the common era after a season: "the spring of 480 BC", "late autumn of 481 BC".
        Case("The allies met again in the spring of 480 BC and agreed to hold the pass.", "the spring of 480 BC", .date,
             "BC0480-SP", dateline: download, narrative: true),
        Case("In 479 BC envoys met at Corinth in late autumn of 481 BC, it was said.", "late autumn of 481 BC", .date,
             "BC0481-FA", mod: "END", dateline: download, narrative: true),
        // Ranges of years before the common era and of days in one month, with "to" as with a dash.
        Case("The Ionian Revolt lasted from 499 to 493 BC.", "499 to 493 BC", .date, "BC0499/BC0493"),
        Case("First Punic War (264 to 241 BC)", "264 to 241 BC", .date, "BC0264/BC0241"),
        Case("In 1984, from 15 to 22 February, the army attacked.", "15 to 22 February", .date, "1984-02-15/1984-02-22",
             dateline: download, narrative: true),
        // Decades and centuries before the common era, as TIDES writes them (BC048 the 480s BC, BC03 the 4th century BC);
        // counting on from a BC year goes towards the common era.
        Case("Even during the 4th century BC the idea of the treaty held.", "the 4th century BC", .date, "BC03"),
        Case("Carthage was founded in the middle of the 9th century BC.", "the middle of the 9th century BC", .date, "BC08",
             mod: "MID"),
        Case("Athens grew in the 490s BC.", "the 490s BC", .date, "BC049"),
        Case("Miltiades died in 480 BC, and in the following decade Themistocles rose.", "the following decade", .date, "BC047",
             dateline: download, narrative: true),
        Case("Athens grew in the 1990s.", "the 1990s", .date, "199"),
        // A night across two days is the first day's night; the second day is a date of its own.
        Case("In 1904 the fleet sailed. During the night of 13 February - 14 February, the Japanese attacked.",
             "the night of 13 February", .time, "1904-02-13TNI", dateline: download, narrative: true),
        Case("In 1904 the fleet sailed. During the night of 13 February - 14 February, the Japanese attacked.",
             "14 February", .date, "1904-02-14", dateline: download, narrative: true),
        Case("In 1904 the fleet sailed. An attack during the night of 3-4 May also failed.", "the night of 3", .time,
             "1904-05-03TNI", dateline: download, narrative: true),
        // In a history, "today", "tomorrow", "tonight" in a quotation are the speaker's day, which the text does not give;
        // outside quotations "today" stays the author's present.
        Case("In 1936 he warned: \"It is us today. It will be you tomorrow.\"", "tomorrow", .date, "XXXX-XX-XX",
             dateline: download, narrative: true),
        Case("In 1936 he warned: \"It is us today. It will be you tomorrow.\"", "today", .date, "XXXX-XX-XX",
             dateline: download, narrative: true),
        Case("In 1969 Nixon said, “I am tonight announcing plans.”", "tonight", .time, "XXXX-XX-XXTNI",
             dateline: download, narrative: true),
        Case("The city fell in 1453. Its \"walls\" stand today.", "today", .date, "PRESENT_REF", dateline: download, narrative: true),
        Case("He warned: \"It is us today.\"", "today", .date, "2009-12-19", dateline: download),
        // A heading's span of years after a capitalised word is a span, not a name with a number.
        Case("Eastern Theater 1861-1863 Because of the fierce resistance, the army waited.", "1861-1863", .date, "1861/1863"),
        // A day of an event in a history is the story's day (X for what the story does not give).
        Case("Casualties included 19,240 dead on 1 July 1916, the first day of the Battle of the Somme.",
             "the first day of the Battle of the Somme", .date, "1916-07-01", dateline: download, narrative: true),
        Case("On 21 July, the fifth day of the rebellion, the rebels took the port.", "the fifth day of the rebellion", .date,
             "2009-07-21", dateline: download, narrative: true),
        Case("In August 480 BC the armies met. On the final day of the battle, the Allies sallied forth.",
             "the final day of the battle", .date, "BC0480-08-XX", dateline: download, narrative: true),
        // "this period", "during this time", "at the time" point back at the story's time, as "that time" does.
        Case("In 1942 the war spread. During this time, the United States continued to support Britain.", "this time", .date,
             "1942", dateline: download, narrative: true),
        Case("In 1790 the clubs grew. This period saw the rise of the Jacobins.", "This period", .date, "1790",
             dateline: download, narrative: true),
        Case("The ship was attacked on 3 July 1988. At the time, the captain claimed it was a fighter.", "the time", .date,
             "1988-07-03", dateline: download, narrative: true),
        // "spring" after a preposition of time, ending its phrase.
        Case("In 479 BC the Spartans refused to join the navy in Spring. Mardonius stayed.", "Spring", .date, "BC0479-SP",
             dateline: download, narrative: true),
        Case("In 480 BC they passed the winter at Sardis. Early in spring it moved to Abydos.", "Early in spring", .date,
             "BC0480-SP", mod: "START", dateline: download, narrative: true),
        // The end of a span that lasts ("lasted until … February 1945") is not the time the story has reached.
        Case("In October 1944 the Soviets attacked Hungary, an assault that lasted until the fall of Budapest in February 1945. "
             + "In June the Japanese had captured Changsha.", "June", .date, "1944-06", dateline: download, narrative: true),
    ]

    static let lookAlikes: [FamilyLookAlike] = [
        // A month before a capitalised word that names no event is still a name.
        FamilyLookAlike("April Ryan asked the question.", "April"),
        FamilyLookAlike("Prices rose in spring trading.", "spring"),
        FamilyLookAlike("The army did not consider the former an option.", "former", dateline: download, narrative: true),
        FamilyLookAlike("In 1777 a second expedition came, this time led by Arnold.", "this time", dateline: download, narrative: true),
        FamilyLookAlike("This time, the army could use the road.", "This time", dateline: download, narrative: true),
        FamilyLookAlike("By the time Arnold reached Quebec, he had 600 men.", "the time", dateline: download, narrative: true),
        FamilyLookAlike("He was mayor at the time of the Oath.", "the time", dateline: download, narrative: true),
        FamilyLookAlike("It was the third day of the strike.", "third day"),
        FamilyLookAlike("The council passed Resolution 1483-1 without a vote.", "1483"),
        FamilyLookAlike("Rates may fall sharply next year.", "fall"),
        FamilyLookAlike("Prices rose from 5 to 10 percent in the quarter.", "5 to 10"),
    ]

    @Test(arguments: cases) func narrativeFamily(_ item: Case) throws { try FamilyCheck.check(item) }
    @Test(arguments: lookAlikes) func narrativeLookAlike(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }
}
