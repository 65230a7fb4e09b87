package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"
	"time"

	"github.com/newsbench/newsbench/cache"
	"github.com/newsbench/newsbench/corpus"
	"github.com/newsbench/newsbench/eval"
	"github.com/newsbench/newsbench/extractors"
	_ "github.com/newsbench/newsbench/extractors/builtin"
	"github.com/newsbench/newsbench/extractors/external"
	"github.com/newsbench/newsbench/extractors/jsonl"
	"github.com/newsbench/newsbench/runner"
)

type runFlags struct {
	extractors    string
	format        string
	corpusDir     string
	split         string
	parallel      int
	timeout       time.Duration
	resamples     int
	seed          uint64
	out           string
	allowFailures bool
	collapse      bool
	errorsOut     string
	cacheDir      string
	shard         string
	external      multiFlag
	externalCfg   string
	workers       int
	html          string
	quiet         bool
	pred          multiFlag
	savePred      string
	cpuProfile    string
}

// multiFlag collects a repeatable flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ", ") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func cmdRun(stdout, stderr io.Writer, args []string) error {
	fl := flag.NewFlagSet("run", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var f runFlags
	fl.StringVar(&f.extractors, "extractors", "", "comma-separated extractors to run, as name or name@version (default: every built-in)")
	fl.StringVar(&f.format, "format", "table", "output format: "+strings.Join(eval.Formats, ", "))
	fl.StringVar(&f.corpusDir, "corpus", "", "corpus directory, or brat:DIR for a brat standoff corpus (default: the embedded corpus)")
	fl.StringVar(&f.split, "split", "test", "documents to score: test (the default: extractors are tuned on dev), dev or all")
	fl.IntVar(&f.parallel, "parallel", 0, "tasks run at once (default: number of CPUs)")
	fl.DurationVar(&f.timeout, "timeout", 30*time.Second, "time limit for one extractor on one document")
	fl.IntVar(&f.resamples, "resamples", 10000, "bootstrap resamples for the 95% intervals")
	fl.Uint64Var(&f.seed, "seed", 1, "seed of the bootstrap")
	fl.StringVar(&f.out, "o", "", "also write the complete JSON results to this file")
	fl.BoolVar(&f.allowFailures, "allow-failures", false, "exit 0 even when an extractor failed on a document")
	fl.BoolVar(&f.collapse, "collapse-places", false, "score GPE, LOC and FAC as one place type")
	fl.StringVar(&f.cacheDir, "cache", "", "cache extractor outputs in this directory, keyed by extractor name, version and document hash")
	fl.StringVar(&f.shard, "shard", "", "run only shard i/n of the documents (deterministic by document id); combine with bench merge")
	fl.Var(&f.external, "external", "run an external extractor, name=command (repeatable); the command speaks docs/protocol.md")
	fl.StringVar(&f.externalCfg, "external-config", "", "JSON file listing external extractors (name, command, workers, ...)")
	fl.IntVar(&f.workers, "workers", 2, "processes per external extractor given with -external")
	fl.Var(&f.pred, "pred", "score a JSON-lines predictions file made by any tool (repeatable); with -pred, built-in extractors run only when named in -extractors")
	fl.StringVar(&f.savePred, "save-pred", "", "write every extractor's predictions as JSON lines to this file (readable with -pred)")
	fl.StringVar(&f.cpuProfile, "cpuprofile", "", "write a CPU profile of the run to this file")
	fl.BoolVar(&f.quiet, "quiet", false, "no progress bars (they are shown only when stderr is a terminal)")
	fl.StringVar(&f.html, "html", "", "also write a self-contained HTML report (highlighted texts, errors, charts) to this file")
	fl.StringVar(&f.errorsOut, "errors", "", "write every scoring error (missed, spurious, boundary, type, speaker, value, unit) as JSON lines to this file")
	fl.Usage = func() {
		defaults, all := extractors.Names()
		fmt.Fprintf(stderr, `usage: bench [run] [flags]

Runs extractors over a corpus, scores entities, quotes and figures against
the gold, and prints comparison tables with 95%% bootstrap intervals.
Built-in extractors: %s (versions: %s).

examples:
  bench                                  every built-in extractor, embedded corpus
  bench -extractors rules -format markdown
  bench run -corpus ./mycorpus -split test -o results.json

flags:
`, strings.Join(defaults, ", "), strings.Join(all, ", "))
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return flagError(err)
	}
	if fl.NArg() > 0 {
		fl.Usage()
		return &exitError{code: exitUsage, err: fmt.Errorf("unexpected arguments: %s", strings.Join(fl.Args(), " "))}
	}
	if f.cpuProfile != "" {
		pf, err := os.Create(f.cpuProfile)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(pf); err != nil {
			pf.Close()
			return err
		}
		defer func() {
			pprof.StopCPUProfile()
			pf.Close()
		}()
	}
	report, err := runReport(context.Background(), f, stderr)
	if err != nil {
		return err
	}
	if f.out != "" {
		if err := writeJSON(f.out, report); err != nil {
			return err
		}
	}
	if err := eval.Render(stdout, report, f.format); err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	failures := 0
	for _, e := range report.Extractors {
		failures += e.Failures
	}
	if failures > 0 && !f.allowFailures {
		return &exitError{code: exitFailures, err: fmt.Errorf("%d extractor failures (listed above; -allow-failures to exit 0)", failures)}
	}
	return nil
}

func runReport(ctx context.Context, f runFlags, stderr io.Writer) (eval.Report, error) {
	if !validFormat(f.format) {
		return eval.Report{}, &exitError{code: exitUsage, err: fmt.Errorf("unknown format %q (want %s)", f.format, strings.Join(eval.Formats, ", "))}
	}
	if f.corpusDir != "" && !strings.HasPrefix(f.corpusDir, "brat:") && f.html == "" && f.errorsOut == "" && f.savePred == "" && f.shard == "" {
		return streamReport(ctx, f, stderr)
	}
	docs, name, err := loadCorpus(f.corpusDir)
	if err != nil {
		return eval.Report{}, &exitError{code: exitInvalid, err: err}
	}
	allIDs := make([]string, len(docs))
	for i, d := range docs {
		allIDs[i] = d.ID
	}
	if strings.HasPrefix(f.corpusDir, "brat:") {
		// brat carries no splits: every document is scored.
		f.split = "all"
	}
	docs, err = corpus.Split(docs, f.split)
	if err != nil {
		return eval.Report{}, &exitError{code: exitUsage, err: err}
	}
	if len(docs) == 0 {
		return eval.Report{}, &exitError{code: exitInvalid, err: fmt.Errorf("%s: split %q has no documents", name, f.split)}
	}
	info := eval.CorpusInfo{Name: name, Split: f.split, Docs: len(docs), Hash: corpusHash(docs)}
	var shard *eval.Shard
	if f.shard != "" {
		sh, err := eval.ParseShard(f.shard)
		if err != nil {
			return eval.Report{}, &exitError{code: exitUsage, err: err}
		}
		shard = &sh
		var mine []corpus.Document
		for _, d := range docs {
			if sh.Holds(d.ID) {
				mine = append(mine, d)
			}
		}
		docs = mine
	}
	cfg, bars, closeAll, err := prepareRun(f, stderr, allIDs, len(docs))
	if err != nil {
		return eval.Report{}, err
	}
	defer closeAll()
	cfg.Docs = docs
	cfg.KeepDetails = f.errorsOut != "" || f.html != "" || f.savePred != ""
	results, err := runner.Run(ctx, cfg)
	bars.wait()
	if err != nil {
		return eval.Report{}, err
	}
	if f.savePred != "" {
		if err := writePredictions(f.savePred, docs, results); err != nil {
			return eval.Report{}, err
		}
	}
	if f.errorsOut != "" {
		if err := writeErrors(f.errorsOut, docs, results); err != nil {
			return eval.Report{}, err
		}
	}
	stats := eval.StatsConfig{Resamples: f.resamples, Seed: f.seed}
	report := eval.Report{Schema: eval.ResultsSchema, Corpus: info, Shard: shard, Resamples: stats.Resamples, Seed: stats.Seed}
	for _, r := range results {
		var failures []eval.Failure
		for i, d := range r.Docs {
			if d.Failure != "" {
				failures = append(failures, eval.Failure{Doc: docs[i].ID, Reason: d.Failure})
			}
		}
		report.Extractors = append(report.Extractors, eval.NewExtractorReport(r.Name, r.Version, r.Scores(), failures, stats))
	}
	if f.html != "" {
		if err := writeHTML(f.html, report, docs, results); err != nil {
			return eval.Report{}, err
		}
	}
	return report, nil
}

func validFormat(format string) bool {
	for _, f := range eval.Formats {
		if f == format {
			return true
		}
	}
	return false
}

// loadCorpus loads the embedded corpus (dir ""), a brat corpus
// ("brat:DIR") or a newsbench corpus directory.
func loadCorpus(dir string) ([]corpus.Document, string, error) {
	if b, ok := strings.CutPrefix(dir, "brat:"); ok {
		docs, err := corpus.LoadBrat(b)
		return docs, dir, err
	}
	if dir == "" {
		docs, err := corpus.Embedded()
		return docs, "embedded", err
	}
	docs, err := corpus.LoadDir(dir)
	return docs, dir, err
}

// extractorList resolves -extractors: the in-process extractors to make,
// and whether the compromise peer (an external program) runs, and was
// asked for by name. The default is every built-in extractor and
// compromise when it is installed.
func extractorList(list string) (specs []string, compromise, asked bool) {
	if strings.TrimSpace(list) == "" {
		specs, _ = extractors.Names()
		return specs, true, false
	}
	for _, s := range strings.Split(list, ",") {
		switch s = strings.TrimSpace(s); s {
		case "":
		case "compromise":
			compromise, asked = true, true
		default:
			specs = append(specs, s)
		}
	}
	return specs, compromise, asked
}

func makeExtractors(specs []string) ([]extractors.Extractor, error) {
	var out []extractors.Extractor
	for _, s := range specs {
		e, err := extractors.New(s)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// corpusHash identifies a set of documents with their gold: SHA-256 over
// "id\tfingerprint\n" lines in document order, so that runs on other texts
// or other gold are never compared or merged by mistake.
func corpusHash(docs []corpus.Document) string {
	h := sha256.New()
	for _, d := range docs {
		fmt.Fprintf(h, "%s\t%s\n", d.ID, d.Fingerprint())
	}
	return hex.EncodeToString(h.Sum(nil))
}

func writeJSON(path string, r eval.Report) error {
	return writeFile(path, func(w io.Writer) error { return eval.Render(w, r, "json") })
}

// writeFile creates path and writes it through a buffer with write; every
// error names the file.
func writeFile(path string, write func(w io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	if err := write(w); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}

// writeJSONLine writes v as one line of JSON.
func writeJSONLine(w io.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// writeErrors writes every scoring error of every extractor as JSON lines.
func writeErrors(path string, docs []corpus.Document, results []runner.Result) error {
	return writeFile(path, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		for _, r := range results {
			for i, d := range r.Docs {
				for _, item := range eval.Errors(docs[i].ID, docs[i].Text, *d.Detail) {
					item.Extractor = r.Name + "@" + r.Version
					if err := enc.Encode(item); err != nil {
						return err
					}
				}
			}
		}
		return nil
	})
}

// startExternals starts the external extractors named by -external and
// -external-config.
func startExternals(f runFlags, stderr io.Writer, withCompromise, compromiseAsked bool) ([]*external.Extractor, error) {
	var cfgs []external.Config
	if withCompromise {
		var err error
		if cfgs, err = addCompromise(cfgs, stderr, compromiseAsked); err != nil {
			return nil, &exitError{code: exitUsage, err: err}
		}
	}
	for _, spec := range f.external {
		c, err := external.ParseFlag(spec)
		if err != nil {
			return nil, &exitError{code: exitUsage, err: err}
		}
		c.Workers = f.workers
		cfgs = append(cfgs, c)
	}
	if f.externalCfg != "" {
		more, err := external.ReadConfigFile(f.externalCfg)
		if err != nil {
			return nil, &exitError{code: exitUsage, err: err}
		}
		cfgs = append(cfgs, more...)
	}
	var out []*external.Extractor
	for _, c := range cfgs {
		e, err := external.New(c)
		if err != nil {
			for _, started := range out {
				started.Close()
			}
			return nil, &exitError{code: exitUsage, err: err}
		}
		out = append(out, e)
	}
	return out, nil
}

// writeHTML writes the HTML report of a run.
func writeHTML(path string, report eval.Report, docs []corpus.Document, results []runner.Result) error {
	hdocs := make([]eval.HTMLDoc, len(docs))
	for i, d := range docs {
		hd := eval.HTMLDoc{ID: d.ID, Title: d.Gold.Meta.Title, Text: d.Text}
		for _, r := range results {
			hd.Details = append(hd.Details, r.Docs[i].Detail)
			hd.Failures = append(hd.Failures, r.Docs[i].Failure)
		}
		hdocs[i] = hd
	}
	return writeFile(path, func(w io.Writer) error { return eval.RenderHTML(w, report, hdocs) })
}

// writePredictions writes the predictions of a run as JSON lines, one per
// extractor and document (failed documents have none).
func writePredictions(path string, docs []corpus.Document, results []runner.Result) error {
	return writeFile(path, func(w io.Writer) error {
		for _, r := range results {
			for i, d := range r.Docs {
				if d.Failure != "" {
					continue
				}
				if err := jsonl.Write(w, jsonl.Line{ID: docs[i].ID, Extractor: r.Name, Version: r.Version, Annotations: d.Detail.Pred}); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// streamReport runs over a corpus directory one document at a time (see
// runner.RunStream): memory does not grow with the corpus.
func streamReport(ctx context.Context, f runFlags, stderr io.Writer) (eval.Report, error) {
	dir, err := corpus.OpenDir(f.corpusDir)
	if err != nil {
		return eval.Report{}, &exitError{code: exitInvalid, err: err}
	}
	if _, err := corpus.Split(nil, f.split); err != nil {
		return eval.Report{}, &exitError{code: exitUsage, err: err}
	}
	cfg, bars, closeAll, err := prepareRun(f, stderr, dir.IDs(), len(dir.IDs()))
	if err != nil {
		return eval.Report{}, err
	}
	defer closeAll()
	if f.parallel <= 0 {
		// Reading documents blocks on the file system: more tasks than
		// cores keep the cores busy.
		cfg.Parallel = 4 * runtime.GOMAXPROCS(0)
	}
	defer runner.TuneCollector()()
	keep := func(d corpus.Document) bool { return f.split == "all" || d.Gold.Meta.Split == f.split }
	st, err := runner.RunStream(ctx, cfg, dir, keep)
	bars.wait()
	if err != nil {
		return eval.Report{}, &exitError{code: exitInvalid, err: err}
	}
	if len(st.IDs) == 0 {
		return eval.Report{}, &exitError{code: exitInvalid, err: fmt.Errorf("%s: split %q has no documents", f.corpusDir, f.split)}
	}
	if st.Skipped > 0 {
		fmt.Fprintf(stderr, "bench: %d of %d documents are in other splits and were not scored\n", st.Skipped, len(dir.IDs()))
	}
	h := sha256.New()
	for i, id := range st.IDs {
		fmt.Fprintf(h, "%s\t%s\n", id, st.Hashes[i])
	}
	stats := eval.StatsConfig{Resamples: f.resamples, Seed: f.seed}
	report := eval.Report{Schema: eval.ResultsSchema, Corpus: eval.CorpusInfo{Name: f.corpusDir, Split: f.split, Docs: len(st.IDs), Hash: hex.EncodeToString(h.Sum(nil))},
		Resamples: stats.Resamples, Seed: stats.Seed}
	for _, r := range st.Results {
		var failures []eval.Failure
		for i, d := range r.Docs {
			if d.Failure != "" {
				failures = append(failures, eval.Failure{Doc: st.IDs[i], Reason: d.Failure})
			}
		}
		report.Extractors = append(report.Extractors, eval.NewExtractorReport(r.Name, r.Version, r.Scores(), failures, stats))
	}
	return report, nil
}

// prepareRun makes the extractors of a run (built-in ones, prediction files
// checked against the corpus's document ids docIDs, external programs) and its
// configuration: timeout, parallelism, cache, type view, warnings and
// progress bars. closeAll stops the external programs.
func prepareRun(f runFlags, stderr io.Writer, docIDs []string, total int) (runner.Config, *progress, func(), error) {
	noop := func() {}
	names, withCompromise, compromiseAsked := extractorList(f.extractors)
	if len(f.pred) > 0 && strings.TrimSpace(f.extractors) == "" {
		names, withCompromise = nil, false
	}
	exs, err := makeExtractors(names)
	if err != nil {
		return runner.Config{}, nil, noop, &exitError{code: exitUsage, err: err}
	}
	known := make(map[string]bool, len(docIDs))
	for _, id := range docIDs {
		known[id] = true
	}
	for _, path := range f.pred {
		p, err := jsonl.ReadFile(path, func(id string) bool { return known[id] })
		if err != nil {
			return runner.Config{}, nil, noop, &exitError{code: exitInvalid, err: err}
		}
		exs = append(exs, p)
	}
	ext, err := startExternals(f, stderr, withCompromise, compromiseAsked)
	if err != nil {
		return runner.Config{}, nil, noop, err
	}
	closeAll := func() {
		for _, e := range ext {
			e.Close()
		}
	}
	for _, e := range ext {
		exs = append(exs, e)
	}
	cfg := runner.Config{Extractors: exs, Parallel: f.parallel, Timeout: f.timeout}
	var warnMu sync.Mutex
	cfg.Warn = func(msg string) {
		warnMu.Lock()
		defer warnMu.Unlock()
		fmt.Fprintln(stderr, "bench: warning:", msg)
	}
	if f.cacheDir != "" {
		store, err := cache.Open(f.cacheDir)
		if err != nil {
			closeAll()
			return runner.Config{}, nil, noop, err
		}
		cfg.Cache = store
	}
	if f.collapse {
		cfg.Options.Collapse = eval.CollapsePlaces
	}
	ids := make([]string, len(exs))
	for i, e := range exs {
		ids[i] = extractors.ID(e)
	}
	bars := newProgress(stderr, f.quiet, ids, total)
	cfg.OnDone = bars.done
	return cfg, bars, closeAll, nil
}
