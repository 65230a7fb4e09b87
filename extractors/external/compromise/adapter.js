#!/usr/bin/env node
// newsbench external extractor for compromise (https://github.com/spencermountain/compromise).
// Speaks docs/protocol.md: a handshake line, then one JSON response per request line.
// It reports only what compromise itself finds: people, places and organisations as entities,
// quotations (with no speaker: compromise names none), numbers with compromise's own value and unit.
// Spans are built from the first and last term's own offsets (compromise's match offsets are off
// by one on multi-word matches); offsets are UTF-16 code units, as JavaScript strings are.
'use strict';
const readline = require('readline');
const nlp = require('compromise');
const version = nlp.version;

process.stdout.write(JSON.stringify({ protocol: 'newsbench/1', name: 'compromise', version: version, offsets: 'utf16' }) + '\n');

function spanOf(match) {
  const terms = match.terms || [];
  if (terms.length === 0) return null;
  const first = terms[0].offset, last = terms[terms.length - 1].offset;
  return { start: first.start, end: last.start + last.length };
}

function spans(view, type) {
  const out = [];
  for (const m of view.json({ offset: true, terms: { offset: true } })) {
    const s = spanOf(m);
    if (s && s.end > s.start) out.push(Object.assign(s, { type: type }));
  }
  return out;
}

function extract(text) {
  const doc = nlp(text);
  const entities = [].concat(spans(doc.people(), 'PERSON'), spans(doc.places(), 'GPE'), spans(doc.organizations(), 'ORG'));
  const quotes = [];
  for (const m of doc.quotations().json({ offset: true, terms: { offset: true } })) {
    const s = spanOf(m);
    if (s && s.end > s.start) quotes.push({ segments: [s], speaker_kind: 'none' });
  }
  const figures = [];
  for (const m of doc.numbers().json({ offset: true, terms: { offset: true } })) {
    const s = spanOf(m);
    const n = m.number || {};
    if (s && s.end > s.start && typeof n.num === 'number' && isFinite(n.num)) {
      figures.push(Object.assign(s, { value: n.num, unit: n.unit || '' }));
    }
  }
  return { entities: entities, quotes: quotes, figures: figures };
}

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false });
rl.on('line', (line) => {
  if (line.trim() === '') return;
  let req;
  try {
    req = JSON.parse(line);
  } catch (e) {
    process.stdout.write(JSON.stringify({ id: '', error: 'request is not JSON: ' + e.message }) + '\n');
    return;
  }
  let resp;
  try {
    resp = Object.assign({ id: req.id }, extract(req.text));
  } catch (e) {
    resp = { id: req.id, error: 'compromise failed: ' + (e && e.message) };
  }
  process.stdout.write(JSON.stringify(resp) + '\n');
});
