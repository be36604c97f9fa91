package jit

import (
	"errors"
	"strings"
	"testing"
)

func TestParseParams(t *testing.T) {
	tests := []struct {
		spec    string
		want    func(p *Params)
		wantErr string
	}{
		{spec: "threshold=1", want: func(p *Params) { p.Threshold = 1 }},
		{spec: "threshold=5,trace_limit=100,off", want: func(p *Params) { p.Threshold = 5; p.TraceLimit = 100; p.Off = true }},
		{spec: "decay=0", want: func(p *Params) { p.Decay = 0 }},
		{spec: "bogus=1", wantErr: `unknown option "bogus"`},
		{spec: "threshold", wantErr: "expected name=value"},
		{spec: "threshold=-3", wantErr: "non-negative integer"},
		{spec: "decay=1001", wantErr: "between 0 and 1000"},
	}
	for _, tt := range tests {
		got := DefaultParams()
		err := got.Parse(tt.spec)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Parse(%q) error = %v, want %q", tt.spec, err, tt.wantErr)
			}
			continue
		}
		want := DefaultParams()
		tt.want(&want)
		if err != nil || got != want {
			t.Errorf("Parse(%q) = %+v, %v; want %+v", tt.spec, got, err, want)
		}
	}
}

func TestHelp(t *testing.T) {
	p := DefaultParams()
	if err := p.Parse("help"); !errors.Is(err, ErrHelp) {
		t.Fatalf("Parse(help) = %v, want ErrHelp", err)
	}
	var b strings.Builder
	WriteHelp(&b)
	out := b.String()
	for _, name := range Names() {
		if !strings.Contains(out, " "+name+"=N\n") {
			t.Errorf("help does not list %s:\n%s", name, out)
		}
	}
	if !strings.Contains(out, "(default 1039)") {
		t.Errorf("help lacks the threshold default:\n%s", out)
	}
}
