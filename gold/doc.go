// Package gold defines newsbench's annotation schema: the entities, quotes and
// figures of one news article, the JSON file that stores them next to the
// article text, and the validator that checks a gold file against its text.
//
// Offsets are Unicode code points, end-exclusive, as in brat, spaCy, Label
// Studio and doccano. Every span also stores the text it covers, and every file
// stores the SHA-256 of the article text, so that a file that drifted from its
// text is caught instead of silently scored.
//
// Extractor predictions use the same types ([Annotations]), so that gold and
// predictions are compared field by field. Package gold imports no other
// newsbench package; the annotation guidelines live in docs/guidelines.md.
package gold
