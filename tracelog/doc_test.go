package tracelog

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
)

// fieldNames lists an event's field names, in order.
type fieldNames []string

func (f *fieldNames) int(n string, _ *int64)               { *f = append(*f, n) }
func (f *fieldNames) str(n string, _ *string)              { *f = append(*f, n) }
func (f *fieldNames) enum(n string, _ *string, _ []string) { *f = append(*f, n) }
func (f *fieldNames) dur(n string, _ *time.Duration)       { *f = append(*f, n) }
func (f *fieldNames) pos(n string, _ *Pos)                 { *f = append(*f, n) }
func (f *fieldNames) strs(n string, _ *[]string)           { *f = append(*f, n) }
func (f *fieldNames) frames(n string, _ *[]Frame)          { *f = append(*f, n) }
func (f *fieldNames) counts(n string, _ *[]Count)          { *f = append(*f, n) }
func (f *fieldNames) text(n string, _ *string)             { *f = append(*f, n) }

// TestDocs checks docs/tracelog.md against the code: every kind has a
// row in the kinds table with its category and fields, and a section
// with a row per field and a JSON example that reads back as that kind.
// Every text example must read too.
func TestDocs(t *testing.T) {
	data, err := os.ReadFile("../docs/tracelog.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	sections := map[string]string{}
	for _, s := range strings.Split(doc, "\n### ")[1:] {
		name, _, _ := strings.Cut(s, "\n")
		sections[strings.Trim(name, "`")] = s
	}
	for _, k := range Kinds() {
		var names fieldNames
		kinds[k].new().fields(&names)
		row := "| [`" + k.String() + "`](#" + strings.ReplaceAll(k.String(), ".", "") + ") | `" + k.Category() + "` | " + strings.Join(names, ", ") + " |"
		if !strings.Contains(doc, row) {
			t.Errorf("kinds table lacks the row\n%s", row)
		}
		section, ok := sections[k.String()]
		if !ok {
			t.Errorf("no section for %s", k)
			continue
		}
		for _, n := range names {
			if !strings.Contains(section, "\n| `"+n+"` |") {
				t.Errorf("%s: field %s is not documented", k, n)
			}
		}
		example := regexp.MustCompile("(?m)^\\{\"kind\":\"" + regexp.QuoteMeta(k.String()) + "\".*$").FindString(section)
		if e, err := parseJSON([]byte(example)); err != nil || e.Kind() != k {
			t.Errorf("%s: example %q does not read back: %v", k, example, err)
		}
	}
	for _, block := range regexp.MustCompile("(?s)```\n(\\[[0-9a-f]+\\] \\{.*?)```").FindAllStringSubmatch(doc, -1) {
		if events, err := ReadAll(strings.NewReader(block[1])); err != nil || len(events) == 0 {
			t.Errorf("text example does not read: %v\n%s", err, block[1])
		}
	}
}
