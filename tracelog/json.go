package tracelog

// This file defines the JSON Lines codec. Encoding is hand-written
// (appending to a byte slice, no reflection) because it runs on the
// VM's threads; decoding uses encoding/json, field by field, so every
// wrong type is reported with the field's name.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"
)

// FileHeader is the first line of a JSON Lines log.
type FileHeader struct {
	Version int    `json:"tracelog"` // schema version; see Version
	Program string `json:"program"`  // the program that wrote the log, such as "kiln"
}

func appendJSONHeader(b []byte, h FileHeader) []byte {
	b = append(b, `{"tracelog":`...)
	b = strconv.AppendInt(b, int64(h.Version), 10)
	b = append(b, `,"program":`...)
	b = appendJSONString(b, h.Program)
	return append(b, "}\n"...)
}

// appendJSON appends e as one JSON line.
func appendJSON(b []byte, e Event) []byte {
	j := jsonEncoder{b}
	j.event(e)
	return j.b
}

// jsonEncoder appends JSON to b. A Log keeps one, since passing a
// fresh one to Event.fields would allocate it per event.
// event appends e as one JSON line.
func (j *jsonEncoder) event(e Event) {
	h := e.Header()
	j.b = append(j.b, `{"kind":"`...)
	j.b = append(j.b, e.Kind().String()...)
	j.b = append(j.b, `","time_ns":`...)
	j.b = strconv.AppendInt(j.b, int64(h.Time), 10)
	j.b = append(j.b, `,"thread":`...)
	j.b = strconv.AppendInt(j.b, h.Thread, 10)
	e.fields(j)
	j.b = append(j.b, "}\n"...)
}

type jsonEncoder struct{ b []byte }

func (j *jsonEncoder) name(name string) {
	j.b = append(j.b, ',', '"')
	j.b = append(j.b, name...)
	j.b = append(j.b, '"', ':')
}

func (j *jsonEncoder) int(name string, p *int64) {
	j.name(name)
	j.b = strconv.AppendInt(j.b, *p, 10)
}

func (j *jsonEncoder) str(name string, p *string) {
	j.name(name)
	j.b = appendJSONString(j.b, *p)
}

func (j *jsonEncoder) enum(name string, p *string, _ []string) { j.str(name, p) }
func (j *jsonEncoder) text(name string, p *string)             { j.str(name, p) }

func (j *jsonEncoder) dur(name string, p *time.Duration) {
	j.name(name)
	j.b = strconv.AppendInt(j.b, int64(*p), 10)
}

func (j *jsonEncoder) pos(name string, p *Pos) {
	j.name(name)
	j.b = appendJSONPos(j.b, *p)
}

func appendJSONPos(b []byte, p Pos) []byte {
	b = append(b, '{')
	return append(appendJSONPosFields(b, p), '}')
}

// appendJSONPosFields appends the members of a Pos object, which a
// Frame object shares.
func appendJSONPosFields(b []byte, p Pos) []byte {
	b = append(b, `"file":`...)
	b = appendJSONString(b, p.File)
	b = append(b, `,"line":`...)
	b = strconv.AppendInt(b, int64(p.Line), 10)
	b = append(b, `,"col":`...)
	return strconv.AppendInt(b, int64(p.Col), 10)
}

func (j *jsonEncoder) strs(name string, p *[]string) {
	j.array(name, len(*p), func(b []byte, i int) []byte { return appendJSONString(b, (*p)[i]) })
}

func (j *jsonEncoder) frames(name string, p *[]Frame) {
	j.array(name, len(*p), func(b []byte, i int) []byte {
		b = append(b, `{"func":`...)
		b = appendJSONString(b, (*p)[i].Func)
		b = append(b, ',')
		return append(appendJSONPosFields(b, (*p)[i].Pos), '}')
	})
}

func (j *jsonEncoder) counts(name string, p *[]Count) {
	j.array(name, len(*p), func(b []byte, i int) []byte {
		b = append(b, `{"id":`...)
		b = strconv.AppendInt(b, (*p)[i].ID, 10)
		b = append(b, `,"n":`...)
		b = strconv.AppendInt(b, (*p)[i].N, 10)
		return append(b, '}')
	})
}

// array writes a JSON array of n elements, each appended by item.
func (j *jsonEncoder) array(name string, n int, item func(b []byte, i int) []byte) {
	j.name(name)
	j.b = append(appendList(append(j.b, '['), ",", n, item), ']')
}

// appendJSONString appends s as a JSON string. Invalid UTF-8 becomes
// U+FFFD, as encoding/json does, so every line is valid JSON.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\t':
				b = append(b, '\\', 't')
			case c < 0x20 || c == 0x7f:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, `\ufffd`...)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return append(b, '"')
}

// parseJSONHeader parses the first line of a JSON Lines log.
func parseJSONHeader(line []byte) (FileHeader, error) {
	var h FileHeader
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&h); err != nil {
		return h, fmt.Errorf("%w: header: %v", ErrMalformed, err)
	}
	if h.Version != Version {
		return h, fmt.Errorf("%w: log has version %d, this reader reads %d", ErrVersion, h.Version, Version)
	}
	return h, nil
}

// parseJSON parses one event line.
func parseJSON(line []byte) (Event, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(line, &m); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	d := jsonDecoder{m: m}
	var name string
	d.str("kind", &name)
	if d.err != nil {
		return nil, d.err
	}
	kindByName, _ := kindTables()
	k, ok := kindByName[name]
	if !ok {
		return nil, fmt.Errorf("%w %q", ErrUnknownKind, name)
	}
	e := kinds[k].new()
	h := e.Header()
	d.dur("time_ns", &h.Time)
	d.int("thread", &h.Thread)
	e.fields(&d)
	if d.err != nil {
		return nil, fmt.Errorf("%s: %w", k, d.err)
	}
	for name := range m {
		return nil, fmt.Errorf("%w: %s: unknown field %q", ErrMalformed, k, name)
	}
	return e, nil
}

// jsonDecoder takes each field out of m, so what is left at the end is
// unknown. Missing fields keep their zero value. The first error sticks.
type jsonDecoder struct {
	m   map[string]json.RawMessage
	err error
}

func (d *jsonDecoder) take(name string, p any) {
	raw, ok := d.m[name]
	if !ok || d.err != nil {
		return
	}
	delete(d.m, name)
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(p); err != nil {
		d.err = fmt.Errorf("%w: field %q: %v", ErrMalformed, name, err)
	}
}

func (d *jsonDecoder) int(name string, p *int64)   { d.take(name, p) }
func (d *jsonDecoder) str(name string, p *string)  { d.take(name, p) }
func (d *jsonDecoder) text(name string, p *string) { d.take(name, p) }
func (d *jsonDecoder) pos(name string, p *Pos)     { d.take(name, p) }

func (d *jsonDecoder) dur(name string, p *time.Duration) {
	d.take(name, (*int64)(p))
}

func (d *jsonDecoder) enum(name string, p *string, values []string) {
	d.take(name, p)
	if d.err == nil && *p != "" && !slices.Contains(values, *p) {
		d.err = fmt.Errorf("%w: field %q: %q is not one of %q", ErrMalformed, name, *p, values)
	}
}

// The list decoders leave an empty list nil, as the emitters and the
// text reader do, so that events compare equal across codecs.

func (d *jsonDecoder) strs(name string, p *[]string) {
	d.take(name, p)
	if len(*p) == 0 {
		*p = nil
	}
}

func (d *jsonDecoder) frames(name string, p *[]Frame) {
	d.take(name, p)
	if len(*p) == 0 {
		*p = nil
	}
}

func (d *jsonDecoder) counts(name string, p *[]Count) {
	d.take(name, p)
	if len(*p) == 0 {
		*p = nil
	}
}
