package gold

// SchemaVersion names the version of the gold file format written by [Write].
const SchemaVersion = "newsbench/gold/v1"

// Span is a half-open range [Start, End) of Unicode code points in the article
// text, together with the text it covers.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Len returns the number of code points the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Overlap returns the number of code points s and t share. Touching spans
// such as [0,5) and [5,10) share none.
func (s Span) Overlap(t Span) int {
	lo, hi := max(s.Start, t.Start), min(s.End, t.End)
	if hi <= lo {
		return 0
	}
	return hi - lo
}

// EntityType is an OntoNotes name type.
type EntityType string

// The entity types of the schema (OntoNotes 5 names).
const (
	Person EntityType = "PERSON" // people, real or fictional
	NORP   EntityType = "NORP"   // nationalities, religious and political groups
	FAC    EntityType = "FAC"    // buildings, bases, airports, bridges, roads
	ORG    EntityType = "ORG"    // companies, agencies, institutions, armed groups, teams
	GPE    EntityType = "GPE"    // countries, cities, states: places with a government
	LOC    EntityType = "LOC"    // other places: regions, mountains, rivers, seas
)

// EntityTypes lists every valid [EntityType] in a fixed order.
var EntityTypes = []EntityType{Person, NORP, FAC, ORG, GPE, LOC}

// Valid reports whether t is one of [EntityTypes].
func (t EntityType) Valid() bool {
	for _, v := range EntityTypes {
		if t == v {
			return true
		}
	}
	return false
}

// Entity is one mention of a named entity.
type Entity struct {
	Span
	Type EntityType `json:"type"`
	Tags []string   `json:"tags,omitempty"`
}

// Quote is one direct quotation: the words inside the quotation marks
// (marks excluded), in one segment or several when the quote is interrupted
// by its attribution, and who said it.
type Quote struct {
	// Segments are the quoted words, in text order, marks excluded.
	Segments []Span `json:"segments"`
	// Speaker is the mention of the speaker nearest the quote: a name, a
	// pronoun or a description. It is nil when the text names no speaker.
	Speaker *Span `json:"speaker,omitempty"`
	// SpeakerName is the speaker's canonical name: the fullest name the
	// article gives ("Mark Esper"), or the description when no name is given
	// ("a ministry spokeswoman").
	SpeakerName string `json:"speaker_name"`
	// SpeakerKind says what Speaker is: name, pronoun, description,
	// organization or none.
	SpeakerKind SpeakerKind `json:"speaker_kind"`
	Tags        []string    `json:"tags,omitempty"`
}

// SpeakerKind classifies the speaker mention of a quote.
type SpeakerKind string

// The speaker kinds.
const (
	SpeakerName         SpeakerKind = "name"
	SpeakerPronoun      SpeakerKind = "pronoun"
	SpeakerDescription  SpeakerKind = "description"
	SpeakerOrganization SpeakerKind = "organization"
	SpeakerNone         SpeakerKind = "none"
)

// SpeakerKinds lists every valid [SpeakerKind].
var SpeakerKinds = []SpeakerKind{SpeakerName, SpeakerPronoun, SpeakerDescription, SpeakerOrganization, SpeakerNone}

// Bound says how a figure's value bounds the quantity.
type Bound string

// The bounds. The empty Bound means [BoundExact].
const (
	BoundExact    Bound = "exact"
	BoundLessThan Bound = "less_than" // fewer than, under, up to, at most
	BoundMoreThan Bound = "more_than" // more than, over, at least
	BoundRange    Bound = "range"     // between V and High, V-High
)

// Bounds lists every valid [Bound].
var Bounds = []Bound{BoundExact, BoundLessThan, BoundMoreThan, BoundRange}

// Figure is one numeric quantity.
type Figure struct {
	Span
	// Value is the number with its scale folded in: "5 million" is 5000000,
	// "12%" is 12, "a third" is 0.3333333333.
	Value float64 `json:"value"`
	// High is the upper end of a range; set only when Bound is range.
	High *float64 `json:"high,omitempty"`
	// Unit is an ISO 4217 code for money (USD, EUR), a symbol unit (mm, km,
	// kg, percent, percentage_point), or the lemma of the counted noun
	// (troop, rocket); empty when the number counts nothing named.
	Unit string `json:"unit"`
	// Approx is set by a hedge such as "about" or "approximately".
	Approx bool     `json:"approx"`
	Bound  Bound    `json:"bound,omitempty"`
	Tags   []string `json:"tags,omitempty"`
}

// Trap marks text that looks like an annotation but is not one by the
// guidelines (a year, a model number, scare quotes). Traps are never scored
// as gold; they count hard cases and explain false positives.
type Trap struct {
	Span
	Kind string `json:"kind"`
}

// TrapKinds lists every valid [Trap] kind.
var TrapKinds = []string{"date", "year", "time", "ordinal", "model", "version", "road", "flight", "phone", "address", "score", "idiom", "scare_quote", "nickname", "title"}

// Annotations are the entities, quotes and figures of one document, as
// annotated in gold or as predicted by an extractor.
type Annotations struct {
	Entities []Entity `json:"entities"`
	Quotes   []Quote  `json:"quotes"`
	Figures  []Figure `json:"figures"`
}

// Meta describes an article.
type Meta struct {
	Title    string `json:"title"`
	Section  string `json:"section"`
	Style    string `json:"style"`
	Dateline string `json:"dateline"`
	// Source is "seed" for the given seed article, "original" for text
	// written for newsbench.
	Source string `json:"source"`
	// Split is "dev" or "test".
	Split string `json:"split"`
}

// Status values of a gold file.
const (
	StatusReviewed = "reviewed" // annotated and adjudicated by the guidelines
	StatusDraft    = "draft"    // pre-annotated, not yet reviewed by a person
)

// File is the content of one gold JSON file.
type File struct {
	Schema string `json:"schema"`
	ID     string `json:"id"`
	// SHA256 is the lowercase hex SHA-256 of the article text's bytes.
	SHA256 string `json:"sha256"`
	Meta   Meta   `json:"meta"`
	Status string `json:"status"`
	Annotations
	Traps []Trap `json:"traps,omitempty"`
}
