package runtime

import "sync"

//go:generate go run gen_charmaps.go

// This file defines the single-byte "charmap" codecs (cp1252, cp437,
// iso8859-N, koi8-r, mac-roman...). Their decoding tables are string
// constants in codecs_charmap_tables.go, which gen_charmaps.go writes from
// golang.org/x/text/encoding/charmap's tables corrected to CPython's; the
// binary does not link that package, whose init and tables in .data every
// start paid for. Each codec encodes exactly the code points it decodes.
// CPython's charmap codecs call themselves "charmap" in UnicodeDecodeError
// and UnicodeEncodeError.

// charmapUndefined is the reason of a charmap codec's errors.
const charmapUndefined = "character maps to <undefined>"

// utf8BOM is the byte order mark the utf-8-sig codec writes and skips.
var utf8BOM = []byte{0xef, 0xbb, 0xbf}

// charmapAliases returns CPython's aliases of the charmap codecs
// (encodings/aliases.py) by their module names.
var charmapAliases = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"037":                 "cp037",
		"csibm037":            "cp037",
		"ebcdic_cp_ca":        "cp037",
		"ebcdic_cp_nl":        "cp037",
		"ebcdic_cp_us":        "cp037",
		"ebcdic_cp_wt":        "cp037",
		"ibm037":              "cp037",
		"ibm039":              "cp037",
		"437":                 "cp437",
		"cspc8codepage437":    "cp437",
		"ibm437":              "cp437",
		"850":                 "cp850",
		"cspc850multilingual": "cp850",
		"ibm850":              "cp850",
		"852":                 "cp852",
		"cspcp852":            "cp852",
		"ibm852":              "cp852",
		"855":                 "cp855",
		"csibm855":            "cp855",
		"ibm855":              "cp855",
		"858":                 "cp858",
		"csibm858":            "cp858",
		"ibm858":              "cp858",
		"860":                 "cp860",
		"csibm860":            "cp860",
		"ibm860":              "cp860",
		"862":                 "cp862",
		"cspc862latinhebrew":  "cp862",
		"ibm862":              "cp862",
		"863":                 "cp863",
		"csibm863":            "cp863",
		"ibm863":              "cp863",
		"865":                 "cp865",
		"csibm865":            "cp865",
		"ibm865":              "cp865",
		"866":                 "cp866",
		"csibm866":            "cp866",
		"ibm866":              "cp866",
		"1140":                "cp1140",
		"ibm1140":             "cp1140",
		"csisolatin2":         "iso8859_2",
		"iso_8859_2":          "iso8859_2",
		"iso_8859_2_1987":     "iso8859_2",
		"iso_ir_101":          "iso8859_2",
		"l2":                  "iso8859_2",
		"latin2":              "iso8859_2",
		"csisolatin3":         "iso8859_3",
		"iso_8859_3":          "iso8859_3",
		"iso_8859_3_1988":     "iso8859_3",
		"iso_ir_109":          "iso8859_3",
		"l3":                  "iso8859_3",
		"latin3":              "iso8859_3",
		"csisolatin4":         "iso8859_4",
		"iso_8859_4":          "iso8859_4",
		"iso_8859_4_1988":     "iso8859_4",
		"iso_ir_110":          "iso8859_4",
		"l4":                  "iso8859_4",
		"latin4":              "iso8859_4",
		"csisolatincyrillic":  "iso8859_5",
		"cyrillic":            "iso8859_5",
		"iso_8859_5":          "iso8859_5",
		"iso_8859_5_1988":     "iso8859_5",
		"iso_ir_144":          "iso8859_5",
		"arabic":              "iso8859_6",
		"asmo_708":            "iso8859_6",
		"csisolatinarabic":    "iso8859_6",
		"ecma_114":            "iso8859_6",
		"iso_8859_6":          "iso8859_6",
		"iso_8859_6_1987":     "iso8859_6",
		"iso_ir_127":          "iso8859_6",
		"csisolatingreek":     "iso8859_7",
		"ecma_118":            "iso8859_7",
		"elot_928":            "iso8859_7",
		"greek":               "iso8859_7",
		"greek8":              "iso8859_7",
		"iso_8859_7":          "iso8859_7",
		"iso_8859_7_1987":     "iso8859_7",
		"iso_ir_126":          "iso8859_7",
		"csisolatinhebrew":    "iso8859_8",
		"hebrew":              "iso8859_8",
		"iso_8859_8":          "iso8859_8",
		"iso_8859_8_1988":     "iso8859_8",
		"iso_ir_138":          "iso8859_8",
		"csisolatin5":         "iso8859_9",
		"iso_8859_9":          "iso8859_9",
		"iso_8859_9_1989":     "iso8859_9",
		"iso_ir_148":          "iso8859_9",
		"l5":                  "iso8859_9",
		"latin5":              "iso8859_9",
		"csisolatin6":         "iso8859_10",
		"iso_8859_10":         "iso8859_10",
		"iso_8859_10_1992":    "iso8859_10",
		"iso_ir_157":          "iso8859_10",
		"l6":                  "iso8859_10",
		"latin6":              "iso8859_10",
		"iso_8859_13":         "iso8859_13",
		"l7":                  "iso8859_13",
		"latin7":              "iso8859_13",
		"iso_8859_14":         "iso8859_14",
		"iso_8859_14_1998":    "iso8859_14",
		"iso_celtic":          "iso8859_14",
		"iso_ir_199":          "iso8859_14",
		"l8":                  "iso8859_14",
		"latin8":              "iso8859_14",
		"iso_8859_15":         "iso8859_15",
		"l9":                  "iso8859_15",
		"latin9":              "iso8859_15",
		"iso_8859_16":         "iso8859_16",
		"iso_8859_16_2001":    "iso8859_16",
		"iso_ir_226":          "iso8859_16",
		"l10":                 "iso8859_16",
		"latin10":             "iso8859_16",
		"cskoi8r":             "koi8_r",
		"macintosh":           "mac_roman",
		"macroman":            "mac_roman",
		"maccyrillic":         "mac_cyrillic",
		"1250":                "cp1250",
		"windows_1250":        "cp1250",
		"1251":                "cp1251",
		"windows_1251":        "cp1251",
		"1252":                "cp1252",
		"windows_1252":        "cp1252",
		"1253":                "cp1253",
		"windows_1253":        "cp1253",
		"1254":                "cp1254",
		"windows_1254":        "cp1254",
		"1255":                "cp1255",
		"windows_1255":        "cp1255",
		"1256":                "cp1256",
		"windows_1256":        "cp1256",
		"1257":                "cp1257",
		"windows_1257":        "cp1257",
		"1258":                "cp1258",
		"windows_1258":        "cp1258",
	}
})

// charmapCodec is one codec's tables: decode[b] is byte b's code point, or
// -1; encode is its inverse.
type charmapCodec struct {
	decode [256]rune
	encode map[rune]byte
}

var charmapCache sync.Map // module name -> *charmapCodec

// charmapNamed returns the codec of a normalised name, or nil. Its tables
// are built from charmapTable's string at the codec's first use.
func charmapNamed(enc string) *charmapCodec {
	if c, ok := charmapCache.Load(enc); ok {
		return c.(*charmapCodec)
	}
	table := charmapTable(enc)
	if table == "" {
		return nil
	}
	c := &charmapCodec{encode: make(map[rune]byte, 256)}
	b := 0
	for _, r := range table {
		if r == '\ufffe' {
			r = -1
		}
		c.decode[b] = r
		b++
	}
	for b := 0; b < 256; b++ { // a later byte wins, as in CPython's charmap_build
		if r := c.decode[b]; r >= 0 {
			c.encode[r] = byte(b)
		}
	}
	actual, _ := charmapCache.LoadOrStore(enc, c)
	return actual.(*charmapCodec)
}

// codecErrorName is the encoding a Unicode error of the normalised codec
// enc names.
func codecErrorName(enc string) string {
	if charmapTable(enc) != "" {
		return "charmap"
	}
	return enc
}
