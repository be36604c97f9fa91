package tracelog

import (
	"strconv"
	"strings"
	"time"
)

// String returns a one-line dump of e for tests and debugging:
//
//	1.5ms gc.end seq=1 cause=collect heap_before=1048576 ... pause=210µs
//
// The thread is shown only when it is not 0; durations lose their _ns.
func String(e Event) string {
	h := e.Header()
	d := dumper{b: []byte(h.Time.String() + " " + e.Kind().String())}
	if h.Thread != 0 {
		d.int("thread", &h.Thread)
	}
	e.fields(&d)
	return string(d.b)
}

// dumper writes " name=value" for each field.
type dumper struct{ b []byte }

func (d *dumper) name(name string) {
	d.b = append(d.b, ' ')
	d.b = append(d.b, name...)
	d.b = append(d.b, '=')
}

func (d *dumper) int(name string, p *int64) {
	d.name(name)
	d.b = strconv.AppendInt(d.b, *p, 10)
}

func (d *dumper) str(name string, p *string) {
	d.name(name)
	d.b = strconv.AppendQuote(d.b, *p)
}

func (d *dumper) text(name string, p *string) { d.str(name, p) }

func (d *dumper) enum(name string, p *string, _ []string) {
	d.name(name)
	d.b = append(d.b, *p...)
}

func (d *dumper) dur(name string, p *time.Duration) {
	d.name(strings.TrimSuffix(name, "_ns"))
	d.b = append(d.b, p.String()...)
}

func (d *dumper) pos(name string, p *Pos) {
	d.name(name)
	d.b = append(d.b, p.String()...)
}

func (d *dumper) strs(name string, p *[]string) {
	d.list(name, len(*p), func(b []byte, i int) []byte { return strconv.AppendQuote(b, (*p)[i]) })
}

func (d *dumper) frames(name string, p *[]Frame) {
	d.list(name, len(*p), func(b []byte, i int) []byte { return append(b, (*p)[i].String()...) })
}

func (d *dumper) counts(name string, p *[]Count) {
	d.list(name, len(*p), func(b []byte, i int) []byte {
		b = strconv.AppendInt(b, (*p)[i].ID, 10)
		b = append(b, ':')
		return strconv.AppendInt(b, (*p)[i].N, 10)
	})
}

// list writes "[a b c]", each element appended by item.
func (d *dumper) list(name string, n int, item func(b []byte, i int) []byte) {
	d.name(name)
	d.b = append(appendList(append(d.b, '['), " ", n, item), ']')
}

// appendList appends n items, each appended by item, separated by sep.
func appendList(b []byte, sep string, n int, item func(b []byte, i int) []byte) []byte {
	for i := range n {
		if i > 0 {
			b = append(b, sep...)
		}
		b = item(b, i)
	}
	return b
}
