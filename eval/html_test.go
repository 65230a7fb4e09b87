package eval

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsbench/newsbench/gold"
)

// hostileDoc is an article and predictions that hold markup: the report
// must show it as text, never run it.
func hostileReport(t *testing.T) ([]byte, Detail) {
	t.Helper()
	text := "Ana <script>alert('x')</script> Silva met Bo Li in Paris. \"We go,\" she said. About 30 rockets fell."
	g := gold.Annotations{
		Entities: []gold.Entity{{Span: span(text, "Ana", 1), Type: gold.Person}, {Span: span(text, "Bo Li", 1), Type: gold.Person}, {Span: span(text, "Paris", 1), Type: gold.GPE}},
		Quotes:   []gold.Quote{{Segments: []gold.Span{span(text, "We go,", 1)}, Speaker: ptr(span(text, "she", 1)), SpeakerName: "Ana Silva", SpeakerKind: gold.SpeakerPronoun}},
		Figures:  []gold.Figure{{Span: span(text, "30", 1), Value: 30, Unit: "rocket", Approx: true}},
	}
	p := gold.Annotations{
		// One right, one boundary error, one spurious; Paris missed.
		Entities: []gold.Entity{{Span: span(text, "Ana", 1), Type: gold.Person}, {Span: span(text, "Li", 1), Type: gold.Person}, {Span: span(text, "<script>", 1), Type: "<b>ORG</b>"}},
		Quotes:   []gold.Quote{{Segments: []gold.Span{span(text, "We go,", 1)}, SpeakerName: "<img src=x onerror=alert(1)>"}},
		Figures:  []gold.Figure{{Span: span(text, "30", 1), Value: 30, Unit: "rocket"}},
	}
	s, d := ScoreDocument("doc<1>", text, g, p, Options{})
	r := Report{Schema: ResultsSchema, Corpus: CorpusInfo{Name: "test", Split: "all", Docs: 1}, Extractors: []ExtractorReport{NewExtractorReport("evil<x>", "1", []DocScore{s}, nil, StatsConfig{Resamples: 10})}}
	var buf bytes.Buffer
	if err := RenderHTML(&buf, r, []HTMLDoc{{ID: "doc<1>", Text: text, Details: []*Detail{&d}, Failures: []string{""}}}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), d
}

func TestHTMLEscapesEverything(t *testing.T) {
	page, _ := hostileReport(t)
	if n := bytes.Count(page, []byte("<script")); n != 1 {
		t.Errorf("%d <script elements in the page, want only the report's own", n)
	}
	for _, raw := range []string{"<img src=x", "<b>ORG</b>", "doc<1>"} {
		if bytes.Contains(page, []byte(raw)) {
			t.Errorf("unescaped %q in the page", raw)
		}
	}
	if !bytes.Contains(page, []byte("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")) {
		t.Error("the article's markup is not shown escaped")
	}
	if bytes.Contains(page, []byte("http://")) || bytes.Contains(page, []byte("https://")) {
		t.Error("the page refers to the network")
	}
}

// TestHTMLInChromium renders the report in a real browser (Debian's
// chromium, headless) and checks the highlights in the rendered DOM. CI
// installs chromium; elsewhere the test skips with a clear message.
func TestHTMLInChromium(t *testing.T) {
	bin := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		t.Skip("chromium is not installed (apt-get install -y chromium); the browser check is skipped")
	}
	page, d := hostileReport(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "report.html")
	if err := os.WriteFile(file, page, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--user-data-dir="+filepath.Join(dir, "profile"), "--dump-dom", "file://"+file)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, errOut.String())
	}
	dom := out.String()
	count := func(class string) int {
		return len(regexp.MustCompile(`<mark class="`+class+`"`).FindAllStringIndex(dom, -1))
	}
	// Ana right; Bo Li vs Li a boundary error; <script> spurious; Paris missed.
	want := map[string]int{"tp": 1, "boundary": 1, "fp": 1, "fn": 1}
	for class, n := range want {
		if got := count(class); got != n {
			t.Errorf("rendered page has %d %s highlights, want %d", got, class, n)
		}
	}
	if strings.Count(dom, "<script") != 1 {
		t.Errorf("rendered DOM has %d script elements, want 1", strings.Count(dom, "<script"))
	}
	if !strings.Contains(dom, "&lt;script&gt;alert") {
		t.Error("the article's markup is not rendered as text")
	}
	if !strings.Contains(dom, `<option value="0">evil&lt;x&gt;@1</option>`) {
		t.Error("extractor selector missing or unescaped")
	}
	if len(d.Figures.Pairs) != 1 || !strings.Contains(dom, "wrong hedge or bound") {
		t.Error("figure with a lost hedge not shown as such")
	}
}
