package rules

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsbench/newsbench/extractors"
	"github.com/newsbench/newsbench/gold"
)

func extract(t *testing.T, text string) gold.Annotations {
	t.Helper()
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a, err := e.Extract(context.Background(), extractors.Document{ID: "t", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

type fig struct {
	Text   string
	Value  float64
	High   float64
	Unit   string
	Approx bool
	Bound  gold.Bound
}

func TestFigures(t *testing.T) {
	cases := []struct {
		reason, text string
		want         []fig
	}{
		{"scale, hedge and counted noun outside the span", "About 30 107mm rockets hit the base.",
			[]fig{{"30", 30, 0, "rocket", true, "exact"}, {"107mm", 107, 0, "mm", false, "exact"}}},
		{"money with a scale; percent; percentage points", "The fund lost $1.5 billion, or 12%, and its share fell 2.5 percentage points.",
			[]fig{{"$1.5 billion", 1.5e9, 0, "USD", false, "exact"}, {"12%", 12, 0, "percent", false, "exact"}, {"2.5 percentage points", 2.5, 0, "percentage_point", false, "exact"}}},
		{"spelled numbers, a dozen, half a million", "Two ministers and a dozen aides met half a million farmers.",
			[]fig{{"Two", 2, 0, "minister", false, "exact"}, {"a dozen", 12, 0, "aide", false, "exact"}, {"half a million", 500000, 0, "farmer", false, "exact"}}},
		{"range and bound words", "Between 200 and 300 workers joined, more than 1,500 marched and fewer than 40 stayed.",
			[]fig{{"200 and 300", 200, 300, "worker", false, "range"}, {"1,500", 1500, 0, "", false, "more_than"}, {"40", 40, 0, "", false, "less_than"}}},
		{"about after a verb is a hedge, after a verb of speech a preposition; the past is no bound", "Shares fell, wiping about 40 stores off the map, talking about 12 rivals, over the past two years.",
			[]fig{{"40", 40, 0, "store", true, "exact"}, {"12", 12, 0, "rival", false, "exact"}, {"two years", 2, 0, "year", false, "exact"}}},
		{"a number that leaves out its noun takes the one before it", "At least 11 fishermen were dead and 17 were missing; 40 tonnes and 3 were lost.",
			[]fig{{"11", 11, 0, "fisherman", false, "more_than"}, {"17", 17, 0, "fisherman", false, "exact"}, {"40 tonnes", 40, 0, "t", false, "exact"}, {"3", 3, 0, "", false, "exact"}}},
		{"a part of a whole counts the whole's noun", "The coalition holds 58 of 100 seats and 11 of the state's 20 districts.",
			[]fig{{"58", 58, 0, "seat", false, "exact"}, {"100", 100, 0, "seat", false, "exact"}, {"11", 11, 0, "district", false, "exact"}, {"20", 20, 0, "district", false, "exact"}}},
		{"an adverb after a number is not its noun (an age is in years)", "I was 19 once, and they paid 40 apiece.",
			[]fig{{"19", 19, 0, "year", false, "exact"}, {"40", 40, 0, "", false, "exact"}}},
		{"a change is two figures, not a range", "The rate was cut from 12% to 10%.",
			[]fig{{"12%", 12, 0, "percent", false, "exact"}, {"10%", 10, 0, "percent", false, "exact"}}},
		{"durations, hyphenated measures and ages", "After a three-day hearing, the 54-year-old driver, who spent 11 months away, spoke.",
			[]fig{{"three-day", 3, 0, "day", false, "exact"}, {"54-year-old", 54, 0, "year", false, "exact"}, {"11 months", 11, 0, "month", false, "exact"}}},
		{"one in a hyphenated duration; quantity words after for, under and about", "Its biggest one-day drop came after a one-year freeze; water rose in under an hour, for about a week, then for a month.",
			[]fig{{"one-day", 1, 0, "day", false, "exact"}, {"one-year", 1, 0, "year", false, "exact"}, {"an hour", 1, 0, "hour", false, "less_than"}, {"a week", 1, 0, "week", true, "exact"}, {"a month", 1, 0, "month", false, "exact"}}},
		{"a vague day or two and a rate are no figures", "The river will rise for a day or two; they sell 40 boxes a week.",
			[]fig{{"40", 40, 0, "box", false, "exact"}}},
		{"a written one that counts; one as a pronoun or for 'a' does not", "Each gate protects one village. Said one farmer: no. One of them left. At one point the one seen in Lima failed, and the twelfth one too.",
			[]fig{{"one", 1, 0, "village", false, "exact"}}},
		{"half as a quantity, not as a part of a match", "A coach half his age took roughly half of the rice in the first half of the season.",
			[]fig{{"half", 0.5, 0, "fraction", false, "exact"}, {"half", 0.5, 0, "fraction", true, "exact"}}},
		{"a full percentage point", "Yields could jump by a full percentage point.",
			[]fig{{"a full percentage point", 1, 0, "percentage_point", false, "exact"}}},
		{"an age after a verb of being", "I was 19 once. He was 23, and hurt. She was 40 minutes late.",
			[]fig{{"19", 19, 0, "year", false, "exact"}, {"23", 23, 0, "year", false, "exact"}, {"40 minutes", 40, 0, "minute", false, "exact"}}},
		{"an exchange rate counts the currency named as the subject", `The rupee fell against the dollar to 83.5 on Monday. "If the yen goes past 140, exporters suffer." Exports rose to 5,000.`,
			[]fig{{"83.5", 83.5, 0, "INR", false, "exact"}, {"140", 140, 0, "JPY", false, "more_than"}, {"5,000", 5000, 0, "", false, "exact"}}},
		{"degrees written against the number, shillings, parts per million; 3D stays a name", "Temperatures hit 41.5C and 38C. He earns Sh50,000, and CO2 is at 420 ppm in 3D maps.",
			[]fig{{"41.5C", 41.5, 0, "c", false, "exact"}, {"38C", 38, 0, "c", false, "exact"}, {"Sh50,000", 50000, 0, "KES", false, "exact"}, {"420 ppm", 420, 0, "ppm", false, "exact"}}},
		{"counted nouns in their singular lemma", "They saw 6 wolves, 12 buses, 17 houses and 3 viruses.",
			[]fig{{"6", 6, 0, "wolf", false, "exact"}, {"12", 12, 0, "bus", false, "exact"}, {"17", 17, 0, "house", false, "exact"}, {"3", 3, 0, "virus", false, "exact"}}},
		{"a change then the level reached is two figures, the level in the change's unit", "Brent rose $1.20 to $84.50. The FTSE 100 fell 45.3 points to 8,215.6.",
			[]fig{{"$1.20", 1.2, 0, "USD", false, "exact"}, {"$84.50", 84.5, 0, "USD", false, "exact"}, {"45.3 points", 45.3, 0, "point", false, "exact"}, {"8,215.6", 8215.6, 0, "point", false, "exact"}}},
		{"an m against the number is million after a currency or before a counted noun, else metres", "The club raised £30m from 30m fans. He won the 100m final on a 200m-long track.",
			[]fig{{"£30m", 3e7, 0, "GBP", false, "exact"}, {"30m", 3e7, 0, "fan", false, "exact"}, {"100m", 100, 0, "m", false, "exact"}, {"200m", 200, 0, "m", false, "exact"}}},
		{"ISO codes before or after the amount, 'pc' for per cent, a rate to the dollar", "They raised USD 3 million, EUR 200m and 40 million CHF; tax rises to 20 pc. Turkey's lira hit 32 to the dollar.",
			[]fig{{"USD 3 million", 3e6, 0, "USD", false, "exact"}, {"EUR 200m", 2e8, 0, "EUR", false, "exact"}, {"40 million CHF", 4e7, 0, "CHF", false, "exact"}, {"20 pc", 20, 0, "percent", false, "exact"}, {"32", 32, 0, "TRY", false, "exact"}}},
		{"more and additional stand between a number and its noun", "Then 15 more people died and 20 additional troops arrived.",
			[]fig{{"15", 15, 0, "person", false, "exact"}, {"20", 20, 0, "troop", false, "exact"}}},
		{"'in a single day' counts; a vote tally does not", "The index fell 4% in a single day. The bill passed by 241 votes to 198.",
			[]fig{{"4%", 4, 0, "percent", false, "exact"}, {"a single day", 1, 0, "day", false, "exact"}}},
		{"a number whose noun is left out before a verb or 'of them' takes the noun before it", "Five lawmakers abstained and two were absent. Of the 40 boats, 12 sank. Thirty people were hurt, four of them badly; two live abroad.",
			[]fig{{"Five", 5, 0, "lawmaker", false, "exact"}, {"two", 2, 0, "lawmaker", false, "exact"}, {"40", 40, 0, "boat", false, "exact"}, {"12", 12, 0, "boat", false, "exact"},
				{"Thirty", 30, 0, "person", false, "exact"}, {"four", 4, 0, "person", false, "exact"}, {"two", 2, 0, "person", false, "exact"}}},
		{"a quarter point is a share of a percentage point", "The bank raised rates by a quarter point to 5.25%.",
			[]fig{{"a quarter point", 0.25, 0, "percentage_point", false, "exact"}, {"5.25%", 5.25, 0, "percent", false, "exact"}}},
		{"a number set against the figure before takes its noun", "The party won 212 seats, down from 230, and 14 mayors.",
			[]fig{{"212", 212, 0, "seat", false, "exact"}, {"230", 230, 0, "seat", false, "exact"}, {"14", 14, 0, "mayor", false, "exact"}}},
		{"cents and pence are money; N times is a multiple", "It earned 90 cents a share, up 5 pence, and trades at 22 times earnings.",
			[]fig{{"90 cents", 0.9, 0, "USD", false, "exact"}, {"5 pence", 0.05, 0, "GBP", false, "exact"}, {"22 times", 22, 0, "times", false, "exact"}}},
		{"a multiple written with -fold", "Profit jumped more than 15-fold.",
			[]fig{{"15-fold", 15, 0, "times", false, "more_than"}}},
		{"an age in apposition at the end of a sentence", `"We had ten minutes," said Gareth Jones, 61.`,
			[]fig{{"ten minutes", 10, 0, "minute", false, "exact"}, {"61", 61, 0, "year", false, "exact"}}},
		{"'pulled one back' counts nothing", "Chelsea pulled one back through Cole Palmer.", nil},
		{"a bare number counting again what an earlier figure counted; a hyphenated measure is no antecedent", "The ANC won 159 seats in the 400-seat house, 42 short of the 201 it needs.",
			[]fig{{"159", 159, 0, "seat", false, "exact"}, {"400-seat", 400, 0, "seat", false, "exact"}, {"42", 42, 0, "seat", false, "exact"}, {"201", 201, 0, "seat", false, "exact"}}},
		{"an elided noun across a verb and a hedge, or after 'of which'; ages after 'children under'; a reference value is no bound", "The outbreak killed 1,284 people and infected more than 42,000 since May. Hospitals have 3,400 beds, of which 2,900 are full. Children under five are at risk. The rate is well above the 1% threshold.",
			[]fig{{"1,284", 1284, 0, "person", false, "exact"}, {"42,000", 42000, 0, "person", false, "more_than"}, {"3,400", 3400, 0, "bed", false, "exact"}, {"2,900", 2900, 0, "bed", false, "exact"},
				{"five", 5, 0, "year", false, "less_than"}, {"1%", 1, 0, "percent", false, "exact"}}},
		{"the level of a stock index is in points", "The FTSE 100 closed at 8,215. Exports rose to 5,000.",
			[]fig{{"8,215", 8215, 0, "point", false, "exact"}, {"5,000", 5000, 0, "", false, "exact"}}},
		{"points in a poll are percentage points; in a league or an index, points", "Labour, at about 31%, is three points ahead in the poll. City are four points clear. The Dow fell 300 points, or 0.8%.",
			[]fig{{"31%", 31, 0, "percent", true, "exact"}, {"three points", 3, 0, "percentage_point", false, "exact"}, {"four points", 4, 0, "point", false, "exact"}, {"300 points", 300, 0, "point", false, "exact"}, {"0.8%", 0.8, 0, "percent", false, "exact"}}},
		{"a level reached after a change in percent is no percentage", "Births dropped 5.1% to 758,631.",
			[]fig{{"5.1%", 5.1, 0, "percent", false, "exact"}, {"758,631", 758631, 0, "", false, "exact"}}},
		{"numbers to dial or quote are no figures; spelled numbers stay", "Seventeen schools closed. Call 101, quoting reference 13240512345.",
			[]fig{{"Seventeen", 17, 0, "school", false, "exact"}}},
		{"traps: years, dates, times, models, flights, scores", "In 2019, on March 3 at 6:30, Flight 302 and an F-35 were late; Hearts won 3-1.",
			nil},
		{"currencies by prefix and word", "It cost R1.4 billion, NT$118.6 billion and 80 million dong.",
			[]fig{{"R1.4 billion", 1.4e9, 0, "ZAR", false, "exact"}, {"NT$118.6 billion", 118.6e9, 0, "TWD", false, "exact"}, {"80 million dong", 8e7, 0, "VND", false, "exact"}}},
		{"compound duration and race time", "She won in 2 hours 19 minutes 41 seconds; the record is 2:11:53.",
			[]fig{{"2 hours 19 minutes 41 seconds", 8381, 0, "s", false, "exact"}, {"2:11:53", 7913, 0, "s", false, "exact"}}},
		{"fractions", "A third of the staff and two-thirds of voters agreed.",
			[]fig{{"A third", 1.0 / 3, 0, "fraction", false, "exact"}, {"two-thirds", 2.0 / 3, 0, "fraction", false, "exact"}}},
		{"a minus sign or 'minus' is part of the number, a hyphen after a word is not", "Output fell -0.2% as the F-35 flew at minus 38C.",
			[]fig{{"-0.2%", -0.2, 0, "percent", false, "exact"}, {"minus 38C", -38, 0, "c", false, "exact"}}},
		{"shares written 1 in 8, one in four, 1/3; a record of goals in matches is no share; 24/7 and 9/11 are no figures", "About 1 in 8 adults, one in four voters and 1/3 of pupils agreed, open 24/7 since 9/11; he saved 11 in 15 matches.",
			[]fig{{"1 in 8", 0.125, 0, "fraction", true, "exact"}, {"one in four", 0.25, 0, "fraction", false, "exact"}, {"1/3", 0.3333333333, 0, "fraction", false, "exact"},
				{"11", 11, 0, "", false, "exact"}, {"15", 15, 0, "match", false, "exact"}}},
		{"pence written p, compound Indian scales, naira by N, speeds per hour, areas", "Bills rose 22.36p; the state spent ₹1.08 lakh crore and N1.2 trillion; winds hit 160 kilometres per hour over 1 million km2 and a 1,850 sq ft home; N95 masks ran out.",
			[]fig{{"22.36p", 0.2236, 0, "GBP", false, "exact"}, {"₹1.08 lakh crore", 1.08e12, 0, "INR", false, "exact"}, {"N1.2 trillion", 1.2e12, 0, "NGN", false, "exact"},
				{"160 kilometres per hour", 160, 0, "km/h", false, "exact"}, {"1 million km2", 1e6, 0, "km2", false, "more_than"}, {"1,850 sq ft", 1850, 0, "ft2", false, "exact"}}},
		{"'by £122 to £1,568' is a change and a level; 'by two to three years' a range", "The cap cut bills by £122 to £1,568 and delayed payments by two to three years.",
			[]fig{{"£122", 122, 0, "GBP", false, "exact"}, {"£1,568", 1568, 0, "GBP", false, "exact"}, {"two to three years", 2, 3, "year", false, "range"}}},
		{"numbered things, products, addresses, date ranges, set scores and model numbers are no figures", "Game 5 is Friday. The road between junctions 10 and 16 shut near the 6400 block of Grove Avenue; the iPhone 15 maker polled from 12 and 14 October. Ruiz won 6-3, 4-6, 7-6 (7-4). Boeing delivered 27 737 MAX jets.",
			[]fig{{"27", 27, 0, "", false, "exact"}}},
		{"decimals before 'hours' and 'C,' are figures; both ends with units make a range; a change stays two", "Warming to 1.5C, over 11.5 hours, temperatures hovered between 38C and 41C; growth of 20% to 25% came as the rate was cut from 12% to 10%.",
			[]fig{{"1.5C", 1.5, 0, "c", false, "exact"}, {"11.5 hours", 11.5, 0, "hour", false, "exact"}, {"38C and 41C", 38, 41, "c", false, "range"}, {"20% to 25%", 20, 25, "percent", false, "range"},
				{"12%", 12, 0, "percent", false, "exact"}, {"10%", 10, 0, "percent", false, "exact"}}},
		{"shillings and rupees are the currency of the country the article names most; a country's own symbol is its own", "In Kampala, Uganda's budget rose to 52.7 trillion shillings; Uganda also owes USh 4.5 trillion, and Kenya KSh 3 billion.",
			[]fig{{"52.7 trillion shillings", 52.7e12, 0, "UGX", false, "exact"}, {"USh 4.5 trillion", 4.5e12, 0, "UGX", false, "exact"}, {"KSh 3 billion", 3e9, 0, "KES", false, "exact"}}},
		{"cents in an article about euros are euro cents; degrees in one that writes F are Fahrenheit; light years; 'per cent' is no cent", "Fares of €3 to €5 and then 2 cents, or 4 per cent. Temperatures hit 109F, and the index could reach 115 degrees; the star is 97 light years away.",
			[]fig{{"€3 to €5", 3, 5, "EUR", false, "range"}, {"2 cents", 0.02, 0, "EUR", false, "exact"}, {"4 per cent", 4, 0, "percent", false, "exact"}, {"109F", 109, 0, "f", false, "exact"},
				{"115 degrees", 115, 0, "f", false, "exact"}, {"97 light years", 97, 0, "light_year", false, "exact"}}},
		{"a part counts its group's noun; coordinated adjectives share the noun; ages after 'aged … and'", "Fewer than 300 of the affected staff stay; it sold 302,459 electric and hybrid vehicles; two men, aged 27 and 41, were jailed.",
			[]fig{{"300", 300, 0, "staff", false, "less_than"}, {"302,459", 302459, 0, "vehicle", false, "exact"}, {"two", 2, 0, "man", false, "exact"}, {"27", 27, 0, "year", false, "exact"}, {"41", 41, 0, "year", false, "exact"}}},
		{"decades of age; 'fell by X to Y' is a change, 'up by X to Y degrees' a range", "A man in his 40s and a woman in her eighties; murders fell by 418 to 6,205 as temperatures are up by 1.5 to 2 degrees.",
			[]fig{{"40s", 40, 49, "year", false, "range"}, {"eighties", 80, 89, "year", false, "range"}, {"418", 418, 0, "", false, "exact"}, {"6,205", 6205, 0, "", false, "exact"}, {"1.5 to 2 degrees", 1.5, 2, "c", false, "range"}}},
		{"a plural before another modifies it; -ie plurals; long noun phrases; units kmph, bpd, TEUs", "It hired 10,000 police officers, 4,500 staff nurses and 20,000 graphics processors, made seven birdies, built 2,500 new homeless shelter beds, hit 120 kmph, pumped 1.37 million bpd and moved 65 million TEUs.",
			[]fig{{"10,000", 10000, 0, "officer", false, "exact"}, {"4,500", 4500, 0, "nurse", false, "exact"}, {"20,000", 20000, 0, "processor", false, "exact"}, {"seven", 7, 0, "birdie", false, "exact"},
				{"2,500", 2500, 0, "bed", false, "exact"}, {"120 kmph", 120, 0, "km/h", false, "exact"}, {"1.37 million bpd", 1.37e6, 0, "barrel", false, "exact"}, {"65 million TEUs", 65e6, 0, "teu", false, "exact"}}},
		{"rupees in a Pakistani article (dateline in capitals), naira written N in a Nigerian one; the noun before 'to N'; a count against a share is no share", "KARACHI — Fuel rose to Rs1,300 a litre. In Lagos a loaf costs N825. The county cut maternal deaths to 41. Kaye took 14,870 votes, or 41.3% of the total, against 10,658 for Reform.",
			[]fig{{"Rs1,300", 1300, 0, "PKR", false, "exact"}, {"N825", 825, 0, "NGN", false, "exact"}, {"41", 41, 0, "death", false, "exact"}, {"14,870", 14870, 0, "vote", false, "exact"}, {"41.3%", 41.3, 0, "percent", false, "exact"}, {"10,658", 10658, 0, "", false, "exact"}}},
		{"tallies count the noun of a recent figure: 'down from 64', 'took 36', 'won eight', 'fell to 22'", "The APC won 57 of the 109 Senate seats in the election, down from 64. The PDP took 36, while Labour won eight. Turnout was 27.1 per cent, and the Bloc fell to 22.",
			[]fig{{"57", 57, 0, "seat", false, "exact"}, {"109", 109, 0, "seat", false, "exact"}, {"64", 64, 0, "seat", false, "exact"}, {"36", 36, 0, "seat", false, "exact"}, {"eight", 8, 0, "seat", false, "exact"},
				{"27.1 per cent", 27.1, 0, "percent", false, "exact"}, {"22", 22, 0, "seat", false, "exact"}}},
		{"idioms and ordinals of 'one'; a hedge after an abbreviation is no name; -ves plurals", "A one-way ticket; its one millionth loaf; at 5 p.m. About 2,600 customers lost power and three hundred loaves went.",
			[]fig{{"2,600", 2600, 0, "customer", true, "exact"}, {"three hundred", 300, 0, "loaf", false, "exact"}}},
	}
	for _, c := range cases {
		var got []fig
		for _, f := range extract(t, c.text).Figures {
			high := 0.0
			if f.High != nil {
				high = *f.High
			}
			got = append(got, fig{f.Text, f.Value, high, f.Unit, f.Approx, f.Bound})
		}
		if diff := cmp.Diff(c.want, got, cmp.Comparer(func(a, b float64) bool { d := a - b; return d < 1e-6*max(a, b, 1) && d > -1e-6*max(a, b, 1) })); diff != "" {
			t.Errorf("%s: %q (-want +got):\n%s", c.reason, c.text, diff)
		}
	}
}

func TestQuotes(t *testing.T) {
	type q struct{ Content, Speaker, Name string }
	cases := []struct {
		reason, text string
		want         []q
	}{
		{"split quote, name after", `Mark Esper spoke. "We will respond," Esper said, "in our own time."`,
			[]q{{"We will respond, | in our own time.", "Esper", "Mark Esper"}}},
		{"pronoun speaker resolved to the last person before the quote", "Ana Silva left early. “It is over,” she said.",
			[]q{{"It is over,", "she", "Ana Silva"}}},
		{"colon introduction", "The mayor, Ellen Marsh, was blunt: \"We are out of money.\"",
			[]q{{"We are out of money.", "Ellen Marsh", "Ellen Marsh"}}},
		{"title after the cue verb", `"We need the engineers," said Dr. Wen-Li Chang, the founder.`,
			[]q{{"We need the engineers,", "Wen-Li Chang", "Wen-Li Chang"}}},
		{"scare quotes and nicknames are not quotes", `The so-called "peace dividend" vanished, said Juan "El Toro" Ruiz.`, nil},
		{"multi-paragraph quote", "Gen. Mark Milley said:\n\"We are ready.\n\"We will wait for the President.\"",
			[]q{{"We are ready. | We will wait for the President.", "Mark Milley", "Mark Milley"}}},
		{"a clause after a later verb is not a speaker; the sentence's subject is", `Grace Wambugu spoke first. She said the bill was "redesigned from scratch" after talks, and insisted that maize flour would stay exempt.`,
			[]q{{"redesigned from scratch", "She", "Grace Wambugu"}}},
		{"a surname that is also a given name does not decide the gender", "“Budgets fall,” said Dr. William Hope, a specialist. “Nobody gets promoted for prevention,” he added.",
			[]q{{"Budgets fall,", "William Hope", "William Hope"}, {"Nobody gets promoted for prevention,", "he", "William Hope"}}},
		{"a hyphenated description keeps its words", "“It was like turning the lights on,” one London-based currency trader said.",
			[]q{{"It was like turning the lights on,", "London-based currency trader", "London-based currency trader"}}},
		{"according to after the quotation", `Firms "spend far too little on patching," according to Lena Varga, a professor.`,
			[]q{{"spend far too little on patching,", "Lena Varga", "Lena Varga"}}},
		{"a short sentence starting with a capital is no title: the split quote is whole", "Ana Silva spoke. “Not yet,” she said. “Come back in May.”",
			[]q{{"Not yet, | Come back in May.", "she", "Ana Silva"}}},
		{"a title cue in the sentence before does not make the quotation a title", `Shares fell in a single day. "Markets are not a casino," said Tom Reyes.`,
			[]q{{"Markets are not a casino,", "Tom Reyes", "Tom Reyes"}}},
		{"an attribution with more after the verb still joins a split quote", `"We lost the vote," Ivo Marin said from the podium before the recess. "We will win the next one."`,
			[]q{{"We lost the vote, | We will win the next one.", "Ivo Marin", "Ivo Marin"}}},
		{"a long attribution in one sentence joins a split quote", `"Prices will rise," said Dr. Omar Haddad, an economist at the Institute for Fiscal Studies in Leeds, who has advised three governments on tax. "Wages will not."`,
			[]q{{"Prices will rise, | Wages will not.", "Omar Haddad", "Omar Haddad"}}},
		{"sentence-initial According to, a person in apposition", `Rain fell. According to the agency's duty officer, Will Archer, "the river has peaked."`,
			[]q{{"the river has peaked.", "Will Archer", "Will Archer"}}},
		{"According to a document from an organisation", `According to a note from Summit Capital, "the yen will rise."`,
			[]q{{"the yen will rise.", "Summit Capital", "Summit Capital"}}},
		{"the full stop of a title does not end the attribution", `“We are ready,” Health Commissioner Dr. Ada Okoro told reporters at the hospital.`,
			[]q{{"We are ready,", "Ada Okoro", "Ada Okoro"}}},
		{"a description opening the sentence is the subject, not a name in a participle phrase after it", `Italy's health minister, speaking to reporters at the Senate on Friday, said hospitals "will cope".`,
			[]q{{"will cope", "Italy's health minister", "Italy's health minister"}}},
		{"a person in apposition after a description is the subject", `The head of Leeds City Council, Mary Quinn, was blunt: "We have no more beds."`,
			[]q{{"We have no more beds.", "Mary Quinn", "Mary Quinn"}}},
		{"an indefinite description names someone new, never an earlier person", `Kaito Mori, a fund manager at Daiwa, was upbeat. One of them, a Mumbai fund manager who asked not to be named, described the price as “fair, not generous.”`,
			[]q{{"fair, not generous.", "Mumbai fund manager", "Mumbai fund manager"}}},
		{"she after a sentence whose speaker is a description", `Tom Hale runs the club. A spokeswoman for the city council said the hall would reopen. "We are nearly there," she said.`,
			[]q{{"We are nearly there,", "she", "spokeswoman for the city council"}}},
		{"a possessive apostrophe is no quotation mark", `Rain fell. According to the council’s flood officer, Will Archer, “the river has peaked.”`,
			[]q{{"the river has peaked.", "Will Archer", "Will Archer"}}},
		{"a plural possessive inside a description", `A spokeswoman for the regional farmers’ union, FNSEA Sud, said prices were “barely enough,” and left.`,
			[]q{{"barely enough,", "spokeswoman for the regional farmers’ union", "spokeswoman for the regional farmers’ union"}}},
		{"a short partial quote after the object of 'called' is speech, not a title", `Dr. Ada Obi, a researcher, called the campaign a “sticking plaster” on a deep wound.`,
			[]q{{"sticking plaster", "Ada Obi", "Ada Obi"}}},
		{"a participle cue takes the sentence's subject", `Lena Fox spoke last, saying the board would "look at the data".`,
			[]q{{"look at the data", "Lena Fox", "Lena Fox"}}},
		{"a person named inside the phrase before a verb", `Judge Ama Boateng of the High Court in Accra ruled that the firm had "chosen profit over lives."`,
			[]q{{"chosen profit over lives.", "Ama Boateng", "Ama Boateng"}}},
		{"a common noun phrase opening the sentence is the subject", `The jury, led by the actress Marie Lenoir, called the film a “quiet masterpiece” and left.`,
			[]q{{"quiet masterpiece", "jury", "jury"}}},
		{"a quotation explained as a work after it is a title", `The album is built around “Rio Sem Fim,” a 1970s carimbó song.`, nil},
		{"it resolves to the organisation quoted before", `In a statement, the Bank of Korea said: "Inflation will ease." It added that rates were "still restrictive".`,
			[]q{{"Inflation will ease.", "Bank of Korea", "Bank of Korea"}, {"still restrictive", "It", "Bank of Korea"}}},
		{"the centre resolves to the organisation named with that word", `The National Centre for Weather Forecasting issued a warning. According to the centre, "the storm will turn north."`,
			[]q{{"the storm will turn north.", "centre", "National Centre for Weather Forecasting"}}},
		{"a quotation with its own according-to source is not a continuation", `"Bring the boats home," Tran Thi Mai, the centre's deputy director, said at a briefing. According to the agency, "300 boats are still at sea."`,
			[]q{{"Bring the boats home,", "Tran Thi Mai", "Tran Thi Mai"}, {"300 boats are still at sea.", "agency", "agency"}}},
		{"a name in apposition right before the verb", `He was silent, and his chief of staff, Beata Nowak, said that the president "will read every page."`,
			[]q{{"will read every page.", "Beata Nowak", "Beata Nowak"}}},
		{"a person's spokesman is a description named after the person", `Mayor John Smith was away. Smith's spokesman said the mayor was "deeply concerned."`,
			[]q{{"deeply concerned.", "Smith's spokesman", "John Smith's spokesman"}}},
		{"his office is named after its holder", `President Karol Nowak has 21 days to sign. His office said he had "questions about the budget."`,
			[]q{{"questions about the budget.", "His office", "Karol Nowak's office"}}},
		{"the organisation of a role is not the speaker", `"We do not comment on rumours," a spokesman for Acme Holdings said.`,
			[]q{{"We do not comment on rumours,", "spokesman for Acme Holdings", "spokesman for Acme Holdings"}}},
		{"a titled name in apposition before the verb", `Ebrahim wept. Her lawyer, Advocate Farah Moosa, said outside court: “We will appeal.”`,
			[]q{{"We will appeal.", "Farah Moosa", "Farah Moosa"}}},
		{"a quotation after 'adding' has the speaker of the one before", `"The deficit will fall," Clara Weiss said in a statement on Tuesday, adding: "Growth will return."`,
			[]q{{"The deficit will fall,", "Clara Weiss", "Clara Weiss"}, {"Growth will return.", "Clara Weiss", "Clara Weiss"}}},
		{"a passive cue names its speaker after 'in' or 'by'", `Interviewer: You have been described in the Italian press as "the quiet one". And by rivals as "stubborn"?`,
			[]q{{"the quiet one", "Italian press", "Italian press"}}},
		{"a passive cue without an agent names no speaker", `You were described as "the patient one" last year.`,
			[]q{{"the patient one", "", ""}}},
		{"a new sentence with its own speech verb starts a new quotation", `"The science is clear," Lars Kjeldsen said. He added that use had fallen "without losing a single farm."`,
			[]q{{"The science is clear,", "Lars Kjeldsen", "Lars Kjeldsen"}, {"without losing a single farm.", "He", "Lars Kjeldsen"}}},
		{"the spokesperson is the one introduced before", `A spokesperson for Copa-Cogeca, the farmers' lobby, welcomed the deadlock. "Brussels must listen," the spokesperson said.`,
			[]q{{"Brussels must listen,", "spokesperson", "spokesperson for Copa-Cogeca"}}},
		{"the object of a speech verb is no title, and 'call' is a speech verb", `The minister, who called the report "deeply flawed," resigned. Critics call the plan "reckless".`,
			[]q{{"deeply flawed,", "minister", "minister"}, {"reckless", "Critics", "Critics"}}},
		{"a speech verb before a closing mark does not reach the next sentence", `Scientists call it a “seismic gap.” Was this the “big one”? No.`, nil},
		{"an acronym speaker is named by its full name, a given name by the full name", `The Nigerian Communications Commission (NCC) met Amina Yusuf. "Prices will rise," the NCC said. "We are ready," Amina said.`,
			[]q{{"Prices will rise,", "NCC", "Nigerian Communications Commission"}, {"We are ready,", "Amina", "Amina Yusuf"}}},
		{"a gender the article gives resolves a pronoun when the name lists cannot", `Ms Oyelaran-Bakare runs the depot. Tavita Okonjo-Lu, 41, drove his truck to Lagos. "We are late," she said.`,
			[]q{{"We are late,", "she", "Oyelaran-Bakare"}}},
		{"a lowercase verb after a closing mark goes on the sentence; shouting is speech", `"Why now?" asked Nigel Farage. "Because we cannot wait!" shouted a supporter.`,
			[]q{{"Why now?", "Nigel Farage", "Nigel Farage"}, {"Because we cannot wait!", "supporter", "supporter"}}},
		{"a quotation alone after a sentence about a person is that person's", "Maria Lopez has worked nights for 20 years. She is blunt about the cuts. “We are running on empty.” Officials said nothing. Lopez shrugs. “We will see.”",
			[]q{{"We are running on empty.", "She", "Maria Lopez"}, {"We will see.", "Lopez", "Maria Lopez"}}},
		{"a quotation alone after a sentence whose subject has a name in apposition", "Ahmed Rashid lost his boat. His wife, Fatima Rashid, nodded. “The sea took everything.”",
			[]q{{"The sea took everything.", "Fatima Rashid", "Fatima Rashid"}}},
		{"'in her words', present-tense cues, a role noun before the name after the verb", `Sofia Marin founded it. In her words: "We had no idea." Paul Nguyen backed her. "It was terrible," he laughs. "A crowded market," says analyst Dana Li of Forrester.`,
			[]q{{"We had no idea.", "her", "Sofia Marin"}, {"It was terrible,", "he", "Paul Nguyen"}, {"A crowded market,", "Dana Li", "Dana Li"}}},
		{"a quotation opening a paragraph after a sentence about someone speaking", "The coach, Marta Ruiz, spoke after the match.\n“We were not good enough.\n“It was too late.”",
			[]q{{"We were not good enough. | It was too late.", "Marta Ruiz", "Marta Ruiz"}}},
		{"they resolves to the plural subject before", `Dock workers at the port walked out on Monday. "We will strike," they said.`,
			[]q{{"We will strike,", "they", "Dock workers"}}},
		{"the subject of a relative clause; a person after an organisation's role", `He ran a fraud that prosecutors called "one of the largest." "It sends a message," said SFO director Nick Ephgrave.`,
			[]q{{"one of the largest.", "prosecutors", "prosecutors"}, {"It sends a message,", "Nick Ephgrave", "Nick Ephgrave"}}},
		{"a nationality standing for a person is the person just spoken of", `Chelsea coach Enzo Maresca was unhappy. "We gave them too much respect," the Italian said.`,
			[]q{{"We gave them too much respect,", "Italian", "Enzo Maresca"}}},
		{"a quoted nickname inside a long attribution starts no sentence; 'the midfielder' is the person just spoken of", `"People came for cheap phones," said Chukwuemeka "Doctor Chip" Okafor, 41, who runs a workshop of 14 technicians on the second floor of a plaza off Pepple Street. "Now they come for quality." Yassin Berg tore a ligament. "I cried," the Dutch midfielder said.`,
			[]q{{"People came for cheap phones, | Now they come for quality.", "Chukwuemeka \"Doctor Chip\" Okafor", "Chukwuemeka Okafor"}, {"I cried,", "Dutch midfielder", "Yassin Berg"}}},
		{"in a labelled answer, 'my mother' is the labelled person's", "Newsbench: What do you want?\nAmara Okafor: Calm. As my mother used to say, \"You cannot eat promises.\"",
			[]q{{"You cannot eat promises.", "my mother", "Amara Okafor's mother"}}},
		{"the speaker is the editor named after the publication", `"Nothing has come close," said Pollstar editor Andy Gensler.`,
			[]q{{"Nothing has come close,", "Andy Gensler", "Andy Gensler"}}},
		{"the name before a bracketed short form", `The United Nations Environment Programme (UNEP) said negotiators had "a narrow but real window".`,
			[]q{{"a narrow but real window", "United Nations Environment Programme", "United Nations Environment Programme"}}},
		{"British single marks: apostrophes (won’t, carers’) do not close them; double marks inside are nested", "‘We won’t pay the carers’ bills,’ said Priya Lund. ‘He told me, “Never.”’ she added.",
			[]q{{"We won’t pay the carers’ bills,", "Priya Lund", "Priya Lund"}, {"He told me, “Never.”", "she", "Priya Lund"}}},
		{"single marks over paragraphs separated by blank lines; '90s is no mark", "Ana Silva said:\n\n‘The ’90s were hard.\n\n‘We stayed.’",
			[]q{{"The ’90s were hard. | We stayed.", "Ana Silva", "Ana Silva"}}},
		{"a surname that is a man's given name does not make a woman's name male", "Mission manager Kelly Brandon said the team had nearly given up. “I had started writing the obituary,” she said.",
			[]q{{"I had started writing the obituary,", "she", "Kelly Brandon"}}},
		{"a role between an organisation and a name is a title", "Senate Majority Leader Rosa Quintero shrugged off the attack. “This isn't news,” she told reporters.",
			[]q{{"This isn't news,", "she", "Rosa Quintero"}}},
		{"after a question mark, a capitalised name with a cue verb is the attribution, and the quote goes on", "“Why should a millionaire pay less?” Kovac said. “That's not fairness.”",
			[]q{{"Why should a millionaire pay less? | That's not fairness.", "Kovac", "Kovac"}}},
		{"a title word after a given name is a surname", "“We sat on the plane for two hours,” said Farah Sheikh, a passenger.",
			[]q{{"We sat on the plane for two hours,", "Farah Sheikh", "Farah Sheikh"}}},
		{"'the company' is the organisation last named, by its full name", "Goldveld Mining lost the case. Goldveld must pay.\n“We note the ruling,” the company said.",
			[]q{{"We note the ruling,", "company", "Goldveld Mining"}}},
		{"after a question the quote goes on, but an attribution in the next paragraph is not its own", "“Who is this for?” asked teacher Margaret Doyle. “Not the people here!”\nDeveloper Coastal Horizons says it will create jobs.",
			[]q{{"Who is this for? | Not the people here!", "Margaret Doyle", "Margaret Doyle"}}},
		{"the name before a colon that follows 'told' is the listener", "Liam Curtis was jailed. Judge Alison Fenwick told Curtis: “You exploited the generosity of people.”",
			[]q{{"You exploited the generosity of people.", "Alison Fenwick", "Alison Fenwick"}}},
		{"the subject after an opening clause speaks the quotation that follows", "Coach Mick Delaney was upbeat. Captain Tom Haddad was more downbeat. Asked about his chances, he shrugged. “Honestly, it's fifty-fifty.”",
			[]q{{"Honestly, it's fifty-fifty.", "he", "Tom Haddad"}}},
		{"a description naming someone of the other gender is passed over", "Former minister Rakesh Tiwari and Pooja Tiwari spoke. The former minister told the crowd to vote. She, in turn, spoke about jobs: “We want them back.”",
			[]q{{"We want them back.", "She", "Pooja Tiwari"}}},
		{"a possessive inside the description after the verb, then the name in apposition", "“Farms close,” said the organisation's chief executive, Johan Kruger.",
			[]q{{"Farms close,", "Johan Kruger", "Johan Kruger"}}},
		{"a short sentence and a colon: the words before the verb speak", "The Speaker intervenes: ‘Order! The public can’t hear a word.’",
			[]q{{"Order! The public can’t hear a word.", "Speaker", "Speaker"}}},
		{"'hailed … as' reports the subject's words", "India captain Aditya Rao hailed Manav Thakur as “the find of the season” on Sunday.",
			[]q{{"the find of the season", "Aditya Rao", "Aditya Rao"}}},
		{"a quotation alone in its paragraph, pointed back to by the next sentence", "“This is for every child in Kumasi!”\nThose were the first words from Black Queens striker Abena Owusu after the final.",
			[]q{{"This is for every child in Kumasi!", "Abena Owusu", "Abena Owusu"}}},
		{"a passive names its speaker after 'by'", "The Chancellor has been accused by Carers Together, a charity, of “balancing the books on the backs of carers”.",
			[]q{{"balancing the books on the backs of carers", "Carers Together", "Carers Together"}}},
		{"a pronoun resolved once tells the person's gender later", "Tom Ortiz and Dana Whitfield clashed.\nWhitfield disputed that. “Nobody is cutting patrols,” she said.\nHe was unmoved. “Ask me again in August.”",
			[]q{{"Nobody is cutting patrols,", "she", "Dana Whitfield"}, {"Ask me again in August.", "He", "Tom Ortiz"}}},
		{"'the teenager' points back, 'one pensioner' does not", "Kwame Asante, 19, scored. “I just tried to hit the target,” the teenager said. “It is the best thing here,” one pensioner said.",
			[]q{{"I just tried to hit the target,", "teenager", "Kwame Asante"}, {"It is the best thing here,", "pensioner", "pensioner"}}},
		{"an abbreviation's full stop ends no attribution", "Prosecutors said she billed the program.\n“She treated it as a bank account,” Assistant U.S. Attorney Kevin Drummond told the court.",
			[]q{{"She treated it as a bank account,", "Kevin Drummond", "Kevin Drummond"}}},
		{"'the organisation' is the organisation that spoke, not one only named", "Anglo American said the strike was illegal, as workers met at the Kareespruit Sports Club.\n“The door remains open,” the company said.",
			[]q{{"The door remains open,", "company", "Anglo American"}}},
		{"a person named in the sentence that points back", "“You pack what you can carry.”\nThat was the advice Marie Beaulieu gave her grandchildren.",
			[]q{{"You pack what you can carry.", "Marie Beaulieu", "Marie Beaulieu"}}},
		{"a capitalised particle still names the full name", "Johan van der Merwe coaches the team. “Sibu is our leader,” Van der Merwe said.",
			[]q{{"Sibu is our leader,", "Van der Merwe", "Johan van der Merwe"}}},
		{"words after the verb that run into the quotation are its clause; the subject speaks", "Callum Reyes led. The 28-year-old Texan, who had missed the cut, said a change of putter had made “all the difference”.",
			[]q{{"all the difference", "28-year-old Texan", "Callum Reyes"}}},
		{"the person after an organisation's or a place's role speaks", "‘Roads will ice over,’ said the Met Office’s deputy chief meteorologist, Fiona Lindqvist. “The next 48 hours are crucial,” said Barpeta deputy commissioner Ankita Borah.",
			[]q{{"Roads will ice over,", "Fiona Lindqvist", "Fiona Lindqvist"}, {"The next 48 hours are crucial,", "Ankita Borah", "Ankita Borah"}}},
		{"the name opening the sentence speaks, not a name inside its apposition", "Her regulars think it is. Lyle Amsden, a retired rancher who has eaten the same breakfast there — two eggs over easy, no toast — since the Carter administration, said the town would lose “its living room.”",
			[]q{{"its living room.", "Lyle Amsden", "Lyle Amsden"}}},
		{"'the senator' is the person titled senator, not one near the word; a new one is no one named", "Sen. Margaret Holloway opposed Dr. Alan Reyes. Her aide said the senator had met Reyes twice.\nHolloway was noncommittal. “My door is open,” the senator said. A Republican senator said there were “at least five” votes against.",
			[]q{{"My door is open,", "senator", "Margaret Holloway"}, {"at least five", "Republican senator", "Republican senator"}}},
		{"MP and TD are titles; 'grumbled' reports speech", "Labour MP Jane Doe and the Sinn Féin TD Róisín McGettigan spoke. “Three hours I drove for this,” grumbled a tourist from Dubbo.",
			[]q{{"Three hours I drove for this,", "tourist from Dubbo", "tourist from Dubbo"}}},
		{"a possessor is no antecedent of 'the Scot'", "Castlegate led through Kwame Asante's header, and their manager, Alan McBride, was furious. “We've come away with nothing,” said the Scot.",
			[]q{{"We've come away with nothing,", "Scot", "Alan McBride"}}},
		{"initials are part of the name", "HYDERABAD: Profits rose. “Our US business has crossed $100 million,” said Mr K. Srinivas Reddy, managing director.",
			[]q{{"Our US business has crossed $100 million,", "K. Srinivas Reddy", "K. Srinivas Reddy"}}},
		{"a paragraph that is only a quotation, then one opening with a name", "DUBAI — “In the Philippines I was a teacher.”\nJocelyn Macaraeg laughs when she says this.",
			[]q{{"In the Philippines I was a teacher.", "Jocelyn Macaraeg", "Jocelyn Macaraeg"}}},
		{"a place in a hyphenated adjective is no speaker; the person after an organisation's role speaks whatever the organisation was read as", "“We trimmed our position,” said a Mumbai-based fund manager. “We apologise,” said SMRT Trains president Lim Boon Heng.",
			[]q{{"We trimmed our position,", "Mumbai-based fund manager", "Mumbai-based fund manager"}, {"We apologise,", "Lim Boon Heng", "Lim Boon Heng"}}},
		{"'the Minister' is the person titled so, before an earlier description of the office", "The Minister for Housing, Darragh Kinsella, has said the target will be missed.\nSpeaking in the Dáil, Mr Kinsella said completions were up.\n“We are not where we want to be,” the Minister said.",
			[]q{{"We are not where we want to be,", "Minister", "Darragh Kinsella"}}},
		{"'the mother' is no one named", "Police Chief Renata Olsen spoke. The girl's mother, who asked not to be named, said her daughter was hit.\n“She was buying nachos,” the mother said.",
			[]q{{"She was buying nachos,", "mother", "mother"}}},
		{"a cue verb joined by 'and' after a partial quotation is the sentence's own", "Economist Ben Sutcliffe said the forecast was “at the top end of the range” expected by the market, and cautioned that prices could fall.",
			[]q{{"at the top end of the range", "Ben Sutcliffe", "Ben Sutcliffe"}}},
		{"the person who speaks in the sentence before is the pronoun's antecedent", "Alberta Wildfire information officer Josée St-Onge said crews had been hit hard.\n“We had a good day yesterday,” she said.",
			[]q{{"We had a good day yesterday,", "she", "Josée St-Onge"}}},
		{"a name after a role in an apposition speaks; 'her Honour' is the judge", "The defeated candidate, local councillor James Whitcombe, said it had been ‘a tough night’. Justice Helen Mayberry ruled. “There is no evidence,” her Honour said.",
			[]q{{"a tough night", "James Whitcombe", "James Whitcombe"}, {"There is no evidence,", "her Honour", "Helen Mayberry"}}},
		{"a spokesman for a person speaks, not the person; a resident shouting speaks; 'dismissed … as' reports words", "A spokesman for Calloway, 31, said: “They remain good friends.” The meeting ended with one resident shouting “Shame!” at councillors. Senator Ade Cole denied it. His office dismissed the claims as “mischief by political opponents”.",
			[]q{{"They remain good friends.", "spokesman for Calloway", "spokesman for Calloway"}, {"Shame!", "resident", "resident"}, {"mischief by political opponents", "His office", "Ade Cole's office"}}},
		{"a verb joined by 'and' after a partial quotation is no attribution", "Commissioner Anil Deshmukh says pumps are working. He admitted that the station was “not yet fully functional”, and asked residents to bear with the administration.",
			[]q{{"not yet fully functional", "He", "Anil Deshmukh"}}},
		{"a person before 'of …' speaks; an opening clause or preposition is skipped; the person after an organisation's role", "Economist Lee Chee Keong of the Institute for Commodity Studies said it was “as much about politics as about trees”. Amara Okafor spoke. When I showed her the app, she scrolled and said, “So the box is inside the phone now.” Former Test batter Glenn Patterson, commentating for a broadcaster, called it “one of the best spells by a visiting quick in Perth in 20 years”.",
			[]q{{"as much about politics as about trees", "Lee Chee Keong", "Lee Chee Keong"}, {"So the box is inside the phone now.", "she", "Amara Okafor"}, {"one of the best spells by a visiting quick in Perth in 20 years", "Glenn Patterson", "Glenn Patterson"}}},
		{"in a transcript, 'I' in an answer is the labelled speaker, and 'she' after 'my grandmother' is the speaker's grandmother", "Host Carla Anderson spoke with Mayor Luis Reyes.\nANDERSON: What did you think?\nREYES: I called my grandmother that night and she said, “I don't trust the pipes.” I told the council, “This is my responsibility.”",
			[]q{{"I don't trust the pipes.", "she", "Luis Reyes's grandmother"}, {"This is my responsibility.", "I", "Luis Reyes"}}},
		{"a document speaks for its organisation; a word inside one person's name is that person; SC and Garda are titles; a two-word nationality points back", "On Monday, Global Canopy Watch published a report. “Gaps in traceability remain significant for smallholders,” the report said. Muhammad Irfan Rahmat apologised. “I want to say sorry,” Irfan said. Prosecutor Orla Breen SC said it had “simmered for a decade”. Det Garda Niamh Quirke said he was “visibly distressed”. Captain Tane Parata scored. “We lost it,” the New Zealander said.",
			[]q{{"Gaps in traceability remain significant for smallholders,", "report", "Global Canopy Watch"}, {"I want to say sorry,", "Irfan", "Muhammad Irfan Rahmat"}, {"simmered for a decade", "Orla Breen", "Orla Breen"},
				{"visibly distressed", "Niamh Quirke", "Niamh Quirke"}, {"We lost it,", "New Zealander", "Tane Parata"}}},
		{"'the Northgate manager' is the manager of Northgate; an 'according to' opening phrase leaves the subject speaking; 'submitted' reports speech", "Northgate manager Graham Pryor was furious. Westhaven manager Ángel Romero, his opposite number, shrugged. “He went down like he'd been shot,” the Northgate manager added. According to the indictment, Derek Vance wrote to a colleague: “If they all withdraw at once we’re done.” “This is not a case of negligence,” prosecutor Ritu Malhotra submitted.",
			[]q{{"He went down like he'd been shot,", "Northgate manager", "Graham Pryor"}, {"If they all withdraw at once we’re done.", "Derek Vance", "Derek Vance"}, {"This is not a case of negligence,", "Ritu Malhotra", "Ritu Malhotra"}}},
		{"live blog: the speaker of the verb before a colon when no name opens the sentence; a document 'read'; an organisation that issued something speaks; a name after a title and a comma is a person", "7.10am: Some reaction from social media, where one Rowes Bay resident posted on X: “Sandbags done, dog in the car.”\n09:40 — The United Transport Workers' Union has issued a statement. “No option is off the table,” the statement read.\n14:15 — The Speaker, Justus Mwangi, has opened the session. “This House will not be turned into a market,” he told members.\nEnvironment Canada has issued a warning for the entire Okanagan. “Everyone should take action,” the agency said.",
			[]q{{"Sandbags done, dog in the car.", "Rowes Bay resident", "Rowes Bay resident"}, {"No option is off the table,", "statement", "United Transport Workers' Union"},
				{"This House will not be turned into a market,", "he", "Justus Mwangi"}, {"Everyone should take action,", "agency", "Environment Canada"}}},
		{"'her' after 'told' is someone else's, not the speaker's gender; an organisation's own notice speaks for it", "Our reporter Chiamaka Obi is at the bridge. One rider, 24-year-old Sodiq Adebayo, told her he spends more on fuel. “Every day I wake up, I am already owing,” he said. The Australian Premier Football League fined the club. Its sanction notice said the club had “failed to take adequate measures”.",
			[]q{{"Every day I wake up, I am already owing,", "he", "Sodiq Adebayo"}, {"failed to take adequate measures", "Its sanction notice", "Australian Premier Football League"}}},
		{"a platform after 'on' is no subject; 'shouts' reports speech; a statement from an organisation is its", "One anonymous post on the island's Facebook group read simply: “Carra is not a holiday brochure.” “Again! From bar forty!” Lennox Joseph shouts. 14:21 — A statement from Sussex Police: “A man remains in hospital in a stable condition.”",
			[]q{{"Carra is not a holiday brochure.", "", ""}, {"Again! From bar forty!", "Lennox Joseph", "Lennox Joseph"}, {"A man remains in hospital in a stable condition.", "Sussex Police", "Sussex Police"}}},
		{"a passive without 'by' names no speaker, but an 'according to' before it does", "The centre issued a warning. Residents of low-lying areas were told to “move to higher ground immediately”. According to a memo from operations chief Luis Ferrante, managers were told to expect “further rationalization” soon.",
			[]q{{"move to higher ground immediately", "", ""}, {"further rationalization", "Luis Ferrante", "Luis Ferrante"}}},
		{"a demonym by its form points back; a relative's name in apposition before 'said' speaks first; 'found' reports words", "One of the drillers, Callum Reid, a 29-year-old from Launceston, spoke. “You stop noticing the cold,” the Tasmanian said.\nFélix's widow, Guadalupe Inzunza, said she did not believe it. “They always catch the ones who pull the trigger,” she said.\nJustice Anne-Marie Tremblay found that it had been “a box-ticking exercise”.",
			[]q{{"You stop noticing the cold,", "Tasmanian", "Callum Reid"}, {"They always catch the ones who pull the trigger,", "she", "Guadalupe Inzunza"}, {"a box-ticking exercise", "Anne-Marie Tremblay", "Anne-Marie Tremblay"}}},
		{"a clause reported by 'said' is no speaker phrase for a later verb; a known name with a lowercase word inside is whole", "The Fishing Association of Kiribati said the cut had been agreed \"without consultation\" last week. The Organization for Security and Co-operation in Europe, which sent observers, said the vote was “competitive”.",
			[]q{{"without consultation", "Fishing Association of Kiribati", "Fishing Association of Kiribati"}, {"competitive", "Organization for Security and Co-operation in Europe", "Organization for Security and Co-operation in Europe"}}},
		{"the chancellor is not the shadow chancellor", "The chancellor, Miriam Ashdown, will speak. The shadow chancellor, Daniel Pryce, has been busy.\n12.52pm: ‘I will not ask the motorist to pay,’ the chancellor tells MPs.",
			[]q{{"I will not ask the motorist to pay,", "chancellor", "Miriam Ashdown"}}},
		{"participles report the subject's words (observing, describing, warning …); 'the company' with its verb after it is the sentence's subject", "The Supreme Court on Friday pulled up the government, observing that the river had become \"a drain with a name\".\nQuick-commerce startup Dashly has laid off 350 employees. The company confirmed the layoffs on Thursday, describing the move as a “strategic realignment”.",
			[]q{{"a drain with a name", "Supreme Court", "Supreme Court"}, {"strategic realignment", "company", "Dashly"}}},
		{"a role opening the sentence before its verb speaks through a participle, and is named by the title before a later name; 'with the judge describing' speaks", "ATLANTA (AP) — A federal judge on Tuesday blocked Georgia from enforcing a rule, saying the state had offered \"no evidence at all\" of fraud.\n\nU.S. District Judge Karen Whitlow wrote that the rule would fall hardest on elderly voters.",
			[]q{{"no evidence at all", "federal judge", "Karen Whitlow"}}},
		{"'with the judge describing' speaks, named by the title before a later name", "A manager was jailed on Friday, with the judge describing his offending as \"a sustained betrayal\".\nJudge Orla Brennan said he had shown remorse.",
			[]q{{"a sustained betrayal", "judge", "Orla Brennan"}}},
		{"words after a cue verb ending in a preposition are no speaker; a company in apposition is no person ('what it called'); 'the Montana Republican' is the person spoken of; a post speaks for its author", "Halloran said preliminary dating suggested an age of \"at least 1.5 million years\".\nCalMac Ferries, the state-owned operator, apologised for what it called ‘unacceptable disruption’.\nSen. Margaret Holloway said Wednesday she would oppose the nominee. In a written statement, the Montana Republican said he had shown \"a troubling indifference\".\nIn a post on its website, Medilink Systems said it was working with police. \"We do not have evidence that data was taken,\" the post said.",
			[]q{{"at least 1.5 million years", "Halloran", "Halloran"}, {"unacceptable disruption", "it", "CalMac Ferries"}, {"a troubling indifference", "Montana Republican", "Margaret Holloway"}, {"We do not have evidence that data was taken,", "post", "Medilink Systems"}}},
		{"a role in apposition before a name with a title and its full stop ('the superintendent of Tacoma Public Schools, Dr. Michael Osei')", "Olsen spoke, flanked by the superintendent of Tacoma Public Schools, Dr. Michael Osei.\nOlsen left. Asked about games, the superintendent said the district was \"not going to stop football,\" though times would move.",
			[]q{{"not going to stop football,", "superintendent", "Michael Osei"}}},
		{"a speaker who asks not to be named is no named person; 'the minister' is the cabinet minister described before", "Priya Whitlock accused ministers of ‘a stealth tax’.\nOne cabinet minister, speaking on condition of anonymity, said the letter had been ‘noted’.\n‘The numbers are the numbers,’ the minister said.\nHis students include a Japanese diplomat and Federico Álvarez, a developer.\n\"I was alone,\" Álvarez said.\n\"In Tokyo I dance with mirrors,\" said the diplomat, who asked not to be named.",
			[]q{{"a stealth tax", "Priya Whitlock", "Priya Whitlock"}, {"noted", "cabinet minister", "cabinet minister"}, {"The numbers are the numbers,", "minister", "cabinet minister"}, {"I was alone,", "Álvarez", "Federico Álvarez"}, {"In Tokyo I dance with mirrors,", "diplomat", "diplomat"}}},
		{"a plural role is several people, not the one just named", "Justice Anne-Marie Tremblay found the consultation had been “a box-ticking exercise”.\nThe province's lawyers had argued at trial that the concerns were “speculative”.",
			[]q{{"a box-ticking exercise", "Anne-Marie Tremblay", "Anne-Marie Tremblay"}, {"speculative", "province's lawyers", "province's lawyers"}}},
		{"the first words of an organisation's name are its short form, also opening with a given name, and name it in full", "Shares of Varun Infra Holdings fell 9% on Wednesday, said Kavita Rao, an analyst at Ambit Capital.\nVarun Infra's net debt stood at 412 billion rupees. In its filing, the company said borrowing remained \"comfortably within all covenant limits\".",
			[]q{{"comfortably within all covenant limits", "company", "Varun Infra Holdings"}}},
		{"a subject followed by a relative clause between commas speaks: an organisation, a described official, not a person quoted before; an organisation before a role only qualifies it", "\"We admitted 38 people,\" Brian Ouma said.\nAn official with the World Health Organization's country office, who was not authorised to speak, said the agency was \"concerned but not alarmed\".\nThe Ashbury Education Association, which represents teachers, said it was \"deeply concerned\".\nNorthgate partner Elena Sokolova, who will join the board, said the firm had looked at \"every company\".",
			[]q{{"We admitted 38 people,", "Brian Ouma", "Brian Ouma"}, {"concerned but not alarmed", "official with the World Health Organization's country office", "official with the World Health Organization's country office"}, {"deeply concerned", "Ashbury Education Association", "Ashbury Education Association"}, {"every company", "Elena Sokolova", "Elena Sokolova"}}},
		{"a speaker's noun phrase starts at its article after a word that does not take one (a shot the captain later described as)", "Captain Lachlan Broadbent hit three sixes. The winning runs came from a top edge that flew over the keeper's head — a shot the captain later described as \"not one for the manual.\" A spokeswoman for the ministry said it was \"fine\".",
			[]q{{"not one for the manual.", "captain", "Lachlan Broadbent"}, {"fine", "spokeswoman for the ministry", "spokeswoman for the ministry"}}},
		{"a short form given after a comma names the organisation in full", "The quake was measured by Turkey’s Disaster and Emergency Management Authority, AFAD. In a statement, AFAD said aftershocks could reach “magnitude 5”.",
			[]q{{"magnitude 5", "AFAD", "Disaster and Emergency Management Authority"}}},
		{"an organisation's first word found for 'the company' names the organisation, not a person whose name ends with it", "Shares of Vardhan Industries fell. An analyst advising Vardhan on a deal spoke. Group chairman Aditya Vardhan did not join the call. In a statement, the company said it remained “confident”.",
			[]q{{"confident", "company", "Vardhan Industries"}}},
		{"'the bank' is the organisation whose name has bank as its head, before one that merely holds the word", "The Central Bank of Nigeria ordered Kudipay to stop after an audit found accounts opened without verified Bank Verification Numbers. In a statement, the bank said it would \"not hesitate to sanction\" anyone.",
			[]q{{"not hesitate to sanction", "bank", "Central Bank of Nigeria"}}},
		{"Ma. (Maria) in a Filipino name neither ends the sentence nor the attribution", "\"The numbers will rise,\" council spokesperson Ma. Teresa Villanueva-Ocampo said at a briefing. \"Many areas have no power.\"",
			[]q{{"The numbers will rise, | Many areas have no power.", "Ma. Teresa Villanueva-Ocampo", "Ma. Teresa Villanueva-Ocampo"}}},
		{"a pronoun looks back past an opening phrase to a role that spoke ('After the vote, the superintendent told reporters'), and never takes a relative clause for a speaker", "Superintendent Renee Caldwell-Hughes chaired the meeting. The Ashbury Education Association, which represents the district's teachers, said it was \"deeply concerned\".\nAfter the vote, the superintendent told reporters that the collection would move.\n\"Every book is going with them,\" she said.",
			[]q{{"deeply concerned", "Ashbury Education Association", "Ashbury Education Association"}, {"Every book is going with them,", "she", "Renee Caldwell-Hughes"}}},
		{"words capitalised like a title are a quotation when a speech verb follows the closing mark", "Tendai Chiweshe-Marsh still works at the hospital. Asked whether that might change, she laughed. “Ask me in June,” she said.",
			[]q{{"Ask me in June,", "she", "Tendai Chiweshe-Marsh"}}},
		{"'According to' opening the sentence makes a short fragment a partial quote", "Joost van Dijk is an analyst. According to van Dijk, the integration was still \"not completely finished\" six years later.",
			[]q{{"not completely finished", "van Dijk", "Joost van Dijk"}}},
		{"a partial quote in reported speech is not continued by a quotation with a speech verb of its own; a short form taking letters from inside words names its organisation", "Hanna Lindqvist said the sides had agreed to form \"a joint committee,\" which she described as \"a modest but real step.\"\nThe Japan Aerospace Exploration Agency ran the mission. In a statement, JAXA said the impactor had struck “within 40 metres,” an accuracy it described as “beyond our expectations.”",
			[]q{{"a joint committee,", "Hanna Lindqvist", "Hanna Lindqvist"}, {"a modest but real step.", "she", "Hanna Lindqvist"}, {"within 40 metres,", "JAXA", "Japan Aerospace Exploration Agency"}, {"beyond our expectations.", "it", "Japan Aerospace Exploration Agency"}}},
		{"a report verb governing the clause of another cue speaks, but a report verb itself is its own", "President Andrzej Zieliński has given little away. He told the PAP news agency that he would \"not be rushed\" on the pension provisions, and his chief of staff, Beata Sokołowska, said that the president \"will read every page.\"\nHanna Lindqvist said in a statement that the two sides had agreed to form \"a joint committee,\" which was new.",
			[]q{{"not be rushed", "He", "Andrzej Zieliński"}, {"will read every page.", "Beata Sokołowska", "Beata Sokołowska"}, {"a joint committee,", "Hanna Lindqvist", "Hanna Lindqvist"}}},
		{"a hyphenated title (Vice-President) stays out of the name; a middle name that speaks alone names the person; a relative clause's 'said' is no speaking description", "\"That ends today,\" Executive Vice-President Katarzyna Wiśniewska, who oversees competition policy, told a news conference.\nBrigid Chepkoech Kiprotich won the race. \"They have never seen me run,\" Chepkoech said.\nIf it passes, it will go to the president, who has said he will sign it. \"Nothing passes unchanged,\" she said.",
			[]q{{"That ends today,", "Katarzyna Wiśniewska", "Katarzyna Wiśniewska"}, {"They have never seen me run,", "Chepkoech", "Brigid Chepkoech Kiprotich"}, {"Nothing passes unchanged,", "she", "Brigid Chepkoech Kiprotich"}}},
		{"a role in a possessive is someone else's", "Chief Minister Raghunath Mahato spoke first. The party's candidate, Bimla Devi Mahato, shares the chief minister's surname. Asked about jobs, the Chief Minister dismissed it as “a dream sold on credit.”",
			[]q{{"a dream sold on credit.", "Chief Minister", "Raghunath Mahato"}}},
		{"a surname two people share stands for the one last named in full, unless that one was introduced as a relative; Coroner is a title", "Kartik Sharma scored a century. His brother-in-law Rohan Sharma batted later. \"I wanted to give him something to watch,\" Sharma said.\nThe singer Bridget Ní Fhlatharta died on Sunday. Her daughter, Síle Ní Fhlatharta, said she sang to the end. Asked in 1998 why she rarely toured, Ní Fhlatharta was direct: “The songs belong here.”\nThe inquest was led by coroner Rebecca Hale. \"It was a failure of communication,\" Coroner Hale said.",
			[]q{{"I wanted to give him something to watch,", "Sharma", "Rohan Sharma"}, {"The songs belong here.", "Ní Fhlatharta", "Bridget Ní Fhlatharta"}, {"It was a failure of communication,", "Hale", "Rebecca Hale"}}},
		{"a surname of the article that is also a people's name is the person before a speech verb", "Chiefs equalised through a penalty from Lungelo Zulu. Chiefs coach Sifiso Zulu was furious. ‘Everyone saw it, except the man with the whistle,’ Zulu said.",
			[]q{{"Everyone saw it, except the man with the whistle,", "Zulu", "Sifiso Zulu"}}},
		{"a passive of calling or describing without its agent names no speaker, also with an adverb before the verb, and does not continue the quotation before", "\"My client welcomes this decision,\" Santos-Lim said. The law has been described as \"a sword hanging over every newsroom,\" and media groups have campaigned.\nPrices fell. The country was once labelled ‘the least affordable market’, and that has not changed.",
			[]q{{"My client welcomes this decision,", "Santos-Lim", "Santos-Lim"}, {"a sword hanging over every newsroom,", "", ""}, {"the least affordable market", "", ""}}},
		{"a speaker phrase after the verb ends with its paragraph", "‘We won’t back down,’ says union chief\n\nRail workers will strike.",
			[]q{{"We won’t back down,", "union chief", "union chief"}}},
	}
	for _, c := range cases {
		var got []q
		for _, x := range extract(t, c.text).Quotes {
			content := ""
			for i, s := range x.Segments {
				if i > 0 {
					content += " | "
				}
				content += s.Text
			}
			sp := ""
			if x.Speaker != nil {
				sp = x.Speaker.Text
			}
			got = append(got, q{content, sp, x.SpeakerName})
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.reason, diff)
		}
	}
}

func TestEntities(t *testing.T) {
	type e struct {
		Text string
		Type gold.EntityType
	}
	cases := []struct {
		reason, text string
		want         []e
	}{
		{"dateline, titles outside, possessive outside, nationality in a compound", "WARSAW (Newsbench) - Gen. Mark Milley said Iran's Iranian-backed allies fired.",
			[]e{{"WARSAW", gold.GPE}, {"Newsbench", gold.ORG}, {"Mark Milley", gold.Person}, {"Iran", gold.GPE}, {"Iranian", gold.NORP}}},
		{"an acronym and the place of its branch are one organisation; a month before ', the company said' is no name", "NHS Lothian warned of waits. Harborline Coffee Co. will close stores by March, the company said.",
			[]e{{"NHS Lothian", gold.ORG}, {"Harborline Coffee Co.", gold.ORG}}},
		{"a sports position before a name makes a person, even when its given name opens a company's name", "Coach Dwayne Foster backed quarterback Eli Navarro.",
			[]e{{"Dwayne Foster", gold.Person}, {"Eli Navarro", gold.Person}}},
		{"a name found twice is one mention", "Assistant U.S. Attorney Kevin Drummond spoke.",
			[]e{{"U.S.", gold.GPE}, {"Kevin Drummond", gold.Person}}},
		{"a parliamentary title (MP, TD) splits party and person", "She met Labour MP Jane Doe and the Sinn Féin TD Róisín McGettigan.",
			[]e{{"Jane Doe", gold.Person}, {"Sinn Féin", gold.ORG}, {"Róisín McGettigan", gold.Person}}},
		{"a special name opening a run leaves the rest a name of its own; District before a title is part of the title", "U.S. District Judge Anne Kowalczyk ruled.",
			[]e{{"U.S.", gold.GPE}, {"Anne Kowalczyk", gold.Person}}},
		{"names with a purpose (to), Co-operation, and Chinese given names joined by a hyphen", "She met the Committee to Protect Journalists, the Shanghai Co-operation Organisation and engineer Lin Cheng-hao.",
			[]e{{"Committee to Protect Journalists", gold.ORG}, {"Shanghai Co-operation Organisation", gold.ORG}, {"Lin Cheng-hao", gold.Person}}},
		{"gazetteer names with a lowercase word inside, of any length", "The Council on Foreign Relations and the Organization for Security and Co-operation in Europe met.",
			[]e{{"Council on Foreign Relations", gold.ORG}, {"Organization for Security and Co-operation in Europe", gold.ORG}}},
		{"a name that speaks is an organisation when written out again where nothing makes it a person, in either order; a surname inside a person's full name stays a person", "Bluefield Farms is recalling spinach. Bluefield Farms said the line was closed. Marula Platinum said the strike was unprotected. Workers at Marula Platinum struck. Rafael da Silva Nogueira is 41. Da Silva said he was fit. Da Silva made seven saves.",
			[]e{{"Bluefield Farms", gold.ORG}, {"Bluefield Farms", gold.ORG}, {"Marula Platinum", gold.ORG}, {"Marula Platinum", gold.ORG}, {"Rafael da Silva Nogueira", gold.Person}, {"Da Silva", gold.Person}, {"Da Silva", gold.Person}}},
		{"an unknown name ending in a state's short form, or in a place after two words, is an organisation even when it speaks", "Surf Life Saving NSW said the beach was shut. Cancer Council Western Australia said so too.",
			[]e{{"Surf Life Saving NSW", gold.ORG}, {"Cancer Council Western Australia", gold.ORG}}},
		{"a dateline in capitals whose first word is a common word, or with a lowercase particle in its name", "NEW DELHI: The court ruled.\nRIO DE JANEIRO — It rained.",
			[]e{{"NEW DELHI", gold.GPE}, {"RIO DE JANEIRO", gold.GPE}}},
		{"an unknown name that he or she points back to is a person; one that 'it' points back to stays an organisation", "At six every morning, Fumiko Nakagawa opens the shop she has run since 1951. Tarven Holdings opened a plant it had planned for years.",
			[]e{{"Fumiko Nakagawa", gold.Person}, {"Tarven Holdings", gold.ORG}}},
		{"the first words of an organisation's name are an organisation", "Shares of Varun Infra Holdings fell. Varun Infra's debt rose.",
			[]e{{"Varun Infra Holdings", gold.ORG}, {"Varun Infra", gold.ORG}}},
		{"a role noun opening a sentence is not part of the name", "Economist Juma Mwangi spoke. Lawyers for Shell declined to comment.",
			[]e{{"Juma Mwangi", gold.Person}, {"Shell", gold.ORG}}},
		{"only a place has residents or a mayor (names in no gazetteer)", "Residents of Kaberiko fled. The mayor of Ndovuni stayed.",
			[]e{{"Kaberiko", gold.GPE}, {"Ndovuni", gold.GPE}}},
		{"an organisation suffix with its full stop ends the name", "Toyota Motor Corp. recalled cars near Khan Younis.",
			[]e{{"Toyota Motor Corp.", gold.ORG}, {"Khan Younis", gold.GPE}}},
		{"a known organisation grown by unknown capitalised words stays one organisation", "Shares of ING Bank Śląski rose.",
			[]e{{"ING Bank Śląski", gold.ORG}}},
		{"the X said is no person; a Korean given name keeps its lowercase half", "The Treasury said so. Kim Min-jun met a Kenyan-born trader. Park Ji-won said no.",
			[]e{{"Treasury", gold.ORG}, {"Kim Min-jun", gold.Person}, {"Kenyan", gold.NORP}, {"Park Ji-won", gold.Person}}},
		{"streets, squares and stations named in other languages are facilities", "Protesters marched down Avenida Paulista to Praça da Sé.",
			[]e{{"Avenida Paulista", gold.FAC}, {"Praça da Sé", gold.FAC}}},
		{"two nationalities joined by a hyphen; a lowercase article after a dropped word; numbered roads", "Today the Bank of Japan met a Swedish-Italian geophysicist. Farmers blocked the A2 motorway, and the M4 between junctions 11 and 12 closed. The A380 landed.",
			[]e{{"Bank of Japan", gold.ORG}, {"Swedish", gold.NORP}, {"Italian", gold.NORP}, {"A2", gold.FAC}, {"M4", gold.FAC}}},
		{"'for' joins only after an organisation word; research and management firms", "The prize went to Amaka Eze for the Igbo film. Tokyo Shoko Research counted, as did Harrow & Finch Asset Management. The Centre for Economic Policy Research agreed.",
			[]e{{"Amaka Eze", gold.Person}, {"Igbo", gold.NORP}, {"Tokyo Shoko Research", gold.ORG}, {"Harrow & Finch Asset Management", gold.ORG}, {"Centre for Economic Policy Research", gold.ORG}}},
		{"a title's department and its modifiers stay out of the name", "Commissioner for Transportation Amina Adeyemi agreed. On Monday, Treasury Cabinet Secretary Grace Wambugu spoke.",
			[]e{{"Amina Adeyemi", gold.Person}, {"Treasury", gold.ORG}, {"Grace Wambugu", gold.Person}}},
		{"what an article says around a single unknown name types it everywhere", "Zembla-based Kovix raised money. Treloria's government resigned. Kovix, a Zembla startup, hired staff. Kovix said profits rose.",
			[]e{{"Zembla", gold.GPE}, {"Kovix", gold.ORG}, {"Treloria", gold.GPE}, {"Kovix", gold.ORG}, {"Zembla", gold.GPE}, {"Kovix", gold.ORG}}},
		{"a team has a coach and fans; a place has a governor", "Velborg coach Ana Lind praised the team. Ostrik fans booed. Ravik residents cheered.",
			[]e{{"Velborg", gold.ORG}, {"Ana Lind", gold.Person}, {"Ostrik", gold.ORG}, {"Ravik", gold.GPE}}},
		{"a department joined by 'and', a place opening an organisation's name, an apposition naming a company", "The Africa Centres for Disease Control and Prevention met officials of the Ministry of Water and Sanitation. Bavarian Nordic, the Danish drugmaker, agreed.",
			[]e{{"Africa Centres for Disease Control and Prevention", gold.ORG}, {"Ministry of Water and Sanitation", gold.ORG}, {"Bavarian Nordic", gold.ORG}, {"Danish", gold.NORP}}},
		{"an adjective opening a sentence is not part of the name", "Rival SK Hynix supplies Nvidia.",
			[]e{{"SK Hynix", gold.ORG}, {"Nvidia", gold.ORG}}},
		{"a live-blog label is no name; a known place that speaks stays a place and makes no surname", "Live: Storm hits Wales\n08:32 — Natural Resources Wales says rivers are rising.\n10:10 — Transport for Wales says trains are cancelled.",
			[]e{{"Wales", gold.GPE}, {"Natural Resources Wales", gold.ORG}, {"Wales", gold.GPE}}},
		{"post-nominal letters stay out of the name", "The lawyer, Philip Grant KC, said no.",
			[]e{{"Philip Grant", gold.Person}}},
		{"elided articles inside names, a state named with State, US state abbreviations with their full stop", "The UMIH Côte d’Azur union met in Lagos State and in Mesa, Ariz. on Friday.",
			[]e{{"UMIH Côte d’Azur", gold.ORG}, {"Lagos State", gold.GPE}, {"Mesa", gold.GPE}, {"Ariz.", gold.GPE}}},
		{"no entities: a language before '-language', a time zone, a heading in capitals, plural weekdays, an MP, the pronoun I", "A Konkani-language film opens at 9 a.m. South African Standard Time. NOTES TO EDITORS Open on Saturdays, said an opposition MP. “Maybe I will,” he said.",
			nil},
		{"an unknown name before a product or species noun is no entity", "The army bought 96 Apache helicopters and the Qdenga vaccine; Wolbachia mosquitoes were released.", nil},
		{"a given name alone after 'in' is a place", "She died at her home in Karen. Karen Blixen wrote.",
			[]e{{"Karen", gold.GPE}, {"Karen Blixen", gold.Person}}},
		{"Crown Prince is a title, 'al-' joins an Arabic name, a possessive role shows a person", "Saudi Crown Prince Mohammed bin Salman hosted Abdel Fattah al-Sisi and Xi Jinping's envoy.",
			[]e{{"Saudi", gold.NORP}, {"Mohammed bin Salman", gold.Person}, {"Abdel Fattah al-Sisi", gold.Person}, {"Xi Jinping", gold.Person}}},
		{"a title word before an institution's word is part of its name; common acronyms are no names", "She was taken to Leeds General Infirmary and gave her PIN at an ATM.",
			[]e{{"Leeds General Infirmary", gold.ORG}}},
		{"a media noun before a name makes an organisation; a person's age later makes the full name a person", "Gross rose, said trade publication Pollstar. Pollstar editor Andy Gensler agreed. Taylor Swift's tour ended. Swift, 34, waved.",
			[]e{{"Pollstar", gold.ORG}, {"Pollstar", gold.ORG}, {"Andy Gensler", gold.Person}, {"Taylor Swift", gold.Person}, {"Swift", gold.Person}}},
		{"organisation patterns and a later surname", "Jens van der Berg of the Bank of Japan met officials at Camp Taji. Van der Berg left.",
			[]e{{"Jens van der Berg", gold.Person}, {"Bank of Japan", gold.ORG}, {"Camp Taji", gold.FAC}, {"Van der Berg", gold.Person}}},
		{"market indices and events are not entities", "The Nikkei 225 rose as the Reykjavik Open began.", nil},
		{"a surname with its particles opening a run keeps them and is a person", "Marta Nogueira met Yassin van der Meer. Later, van der Meer said he was tired.",
			[]e{{"Marta Nogueira", gold.Person}, {"Yassin van der Meer", gold.Person}, {"van der Meer", gold.Person}}},
		{"a role noun opening a sentence is not a name, also after 'No.'", "Was it the big one? No. Seismologists said it was not. Forecasters agreed.", nil},
		{"no entities inside the quoted title of a work", "Ana Costa won for “Winter in Tabriz” and the film “The House of Waters”.",
			[]e{{"Ana Costa", gold.Person}}},
		{"places from the nouns around them and from the lists they are in", "Farms in the most exposed provinces, including Vrelo Tanh, Kovar Dinh and Sumbawe, and shops in Lagos, Abuja and Port Harcourt flooded, as did the Newtown and Kestrow areas.",
			[]e{{"Vrelo Tanh", gold.GPE}, {"Kovar Dinh", gold.GPE}, {"Sumbawe", gold.GPE}, {"Lagos", gold.GPE}, {"Abuja", gold.GPE}, {"Port Harcourt", gold.GPE}, {"Newtown", gold.LOC}, {"Kestrow", gold.LOC}}},
		{"a given name known for its gender or a Vietnamese name part makes a person", "Talks between Beata Kwiatkowska and Trần Văn Lộc ended.",
			[]e{{"Beata Kwiatkowska", gold.Person}, {"Trần Văn Lộc", gold.Person}}},
		{"a language is not an entity, a nationality is", "The banner read, in Portuguese, that Portuguese fans would stay.",
			[]e{{"Portuguese", gold.NORP}}},
		{"named storms are not entities, later alone neither; a medicine school is", "Typhoon Marikit and Tropical Storm Ana hit Manila. Marikit weakened, said the Tropical Medicine Institute.",
			[]e{{"Manila", gold.GPE}, {"Tropical Medicine Institute", gold.ORG}}},
		{"a letter alone is not a name", "Fans in green T-shirts watched the 3D screens at Anfield Road.",
			[]e{{"Anfield Road", gold.FAC}}},
		{"an acronym listed with a place stays an organisation", "Teams from Lagos and NCDC arrived.",
			[]e{{"Lagos", gold.GPE}, {"NCDC", gold.ORG}}},
		{"a place noun types the name everywhere in the article", "Residents in Kestrow left. Water rose fastest in the Kestrow area.",
			[]e{{"Kestrow", gold.LOC}, {"Kestrow", gold.LOC}}},
		{"a name opening a sentence is a name when listed with an organisation", "Kurovsk and Morgan Stanley advised the buyer.",
			[]e{{"Kurovsk", gold.ORG}, {"Morgan Stanley", gold.ORG}}},
		{"a single word repeating an organisation guessed from its form stays an organisation", "Zorvex Dynamics Ltd. agreed to buy it. Later, Zorvex said it would pay.",
			[]e{{"Zorvex Dynamics Ltd.", gold.ORG}, {"Zorvex", gold.ORG}}},
		{"an unknown name after a role and a comma, or before an age, is a person; so is its surname later", "The labour minister, Thabo Qoana, spoke. A farmer, Ilse Varga, 34, listened as Qoana left.",
			[]e{{"Thabo Qoana", gold.Person}, {"Ilse Varga", gold.Person}, {"Qoana", gold.Person}}},
	}
	for _, c := range cases {
		var got []e
		for _, x := range extract(t, c.text).Entities {
			got = append(got, e{x.Text, x.Type})
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s: %q (-want +got):\n%s", c.reason, c.text, diff)
		}
	}
}

func TestAbbreviates(t *testing.T) {
	cases := []struct {
		short, long string
		want        bool
	}{
		{"JAXA", "Japan Aerospace Exploration Agency", true},
		{"WHO", "World Health Organization", true},
		{"AFAD", "Disaster and Emergency Management Authority", false}, // Turkish initials
		{"HIV", "human immunodeficiency virus", true},
		{"ABC", "Bank of Canada", false},
		{"XA", "Japan Agency", false}, // the first letter must open a word
	}
	for _, c := range cases {
		if got := abbreviates(c.short, c.long); got != c.want {
			t.Errorf("abbreviates(%q, %q) = %v, want %v", c.short, c.long, got, c.want)
		}
	}
}
