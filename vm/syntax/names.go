package syntax

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// needsNFKC reports whether the identifier name contains a character that
// normalizeName changes.
func needsNFKC(name []byte) bool {
	for _, r := range string(name) {
		if _, ok := nfkcRune(r); ok {
			return true
		}
	}
	return false
}

// normalizeName applies the part of NFKC normalization, which Python
// applies to identifiers, that matters in practice: fullwidth forms and a
// few compatibility letters. (Go's standard library has no Unicode
// normalization tables.)
func normalizeName(name []byte) string {
	b := make([]byte, 0, len(name))
	for _, r := range string(name) {
		if n, ok := nfkcRune(r); ok {
			r = n
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

func nfkcRune(r rune) (rune, bool) {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E: // fullwidth ASCII
		return r - 0xFF01 + '!', true
	case r == 0xB5: // MICRO SIGN
		return 0x3BC, true // GREEK SMALL LETTER MU
	case r == 0xAA:
		return 'a', true
	case r == 0xBA:
		return 'o', true
	case r == 0x17F: // LATIN SMALL LETTER LONG S
		return 's', true
	case r >= 0x1D400 && r <= 0x1D6A3: // mathematical alphanumerics, Latin
		return mathLatin(r)
	}
	return 0, false
}

// mathLatin maps the mathematical alphanumeric Latin letters (bold,
// italic, script, ...: 13 alphabets of 52 letters) to ASCII.
func mathLatin(r rune) (rune, bool) {
	i := (r - 0x1D400) % 52
	if i < 26 {
		return 'A' + i, true
	}
	return 'a' + i - 26, true
}

// lookupRuneName resolves the name in a \N{...} escape. Go's standard
// library has no Unicode name table, so this covers the names people
// actually write: Latin, Greek and Cyrillic letters, digits, CJK ideographs
// by code point, and a table of common punctuation and symbols. Other
// names are reported as unknown, which is CPython's error for a misspelt
// name.
func lookupRuneName(name string) (rune, bool) {
	name = strings.ToUpper(strings.TrimSpace(name))
	if r, ok := runeNames[name]; ok {
		return r, true
	}
	if hex, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok {
		if v, err := strconv.ParseUint(hex, 16, 32); err == nil {
			return rune(v), true
		}
	}
	for _, script := range letterScripts {
		for _, c := range [2]struct {
			word string
			base rune
		}{{"CAPITAL", script.capital}, {"SMALL", script.small}} {
			if letter, ok := strings.CutPrefix(name, script.name+" "+c.word+" LETTER "); ok {
				for i, l := range script.letters {
					if l == strings.ReplaceAll(letter, " ", "_") {
						return c.base + rune(i), true
					}
				}
			}
		}
	}
	if d, ok := strings.CutPrefix(name, "DIGIT "); ok {
		for i, w := range digitNames {
			if w == d {
				return '0' + rune(i), true
			}
		}
	}
	return 0, false
}

var digitNames = [...]string{"ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"}

var letterScripts = [...]struct {
	name           string
	capital, small rune
	letters        []string
}{
	{"LATIN", 'A', 'a', strings.Fields("A B C D E F G H I J K L M N O P Q R S T U V W X Y Z")},
	{"GREEK", 'Α', 'α', strings.Fields("ALPHA BETA GAMMA DELTA EPSILON ZETA ETA THETA IOTA KAPPA LAMDA MU NU XI OMICRON PI RHO FINAL_SIGMA SIGMA TAU UPSILON PHI CHI PSI OMEGA")},
	{"CYRILLIC", 'А', 'а', strings.Fields("A BE VE GHE DE IE ZHE ZE I SHORT_I KA EL EM EN O PE ER ES TE U EF HA TSE CHE SHA SHCHA HARD_SIGN YERU SOFT_SIGN E YU YA")},
}

var runeNames = map[string]rune{
	"NULL": 0, "BELL": 7, "BACKSPACE": 8, "CHARACTER TABULATION": 9, "LINE FEED": 10,
	"CARRIAGE RETURN": 13, "ESCAPE": 27, "SPACE": ' ', "DELETE": 127,
	"EXCLAMATION MARK": '!', "QUOTATION MARK": '"', "NUMBER SIGN": '#',
	"DOLLAR SIGN": '$', "PERCENT SIGN": '%', "AMPERSAND": '&', "APOSTROPHE": '\'',
	"LEFT PARENTHESIS": '(', "RIGHT PARENTHESIS": ')', "ASTERISK": '*',
	"PLUS SIGN": '+', "COMMA": ',', "HYPHEN-MINUS": '-', "FULL STOP": '.',
	"SOLIDUS": '/', "COLON": ':', "SEMICOLON": ';', "LESS-THAN SIGN": '<',
	"EQUALS SIGN": '=', "GREATER-THAN SIGN": '>', "QUESTION MARK": '?',
	"COMMERCIAL AT": '@', "LEFT SQUARE BRACKET": '[', "REVERSE SOLIDUS": '\\',
	"RIGHT SQUARE BRACKET": ']', "CIRCUMFLEX ACCENT": '^', "LOW LINE": '_',
	"GRAVE ACCENT": '`', "LEFT CURLY BRACKET": '{', "VERTICAL LINE": '|',
	"RIGHT CURLY BRACKET": '}', "TILDE": '~',
	"NO-BREAK SPACE": '\u00a0', "INVERTED EXCLAMATION MARK": '¡', "CENT SIGN": '¢',
	"POUND SIGN": '£', "YEN SIGN": '¥', "SECTION SIGN": '§', "COPYRIGHT SIGN": '©',
	"REGISTERED SIGN": '®', "DEGREE SIGN": '°', "PLUS-MINUS SIGN": '±',
	"MICRO SIGN": 'µ', "PILCROW SIGN": '¶', "MIDDLE DOT": '·',
	"MULTIPLICATION SIGN": '×', "DIVISION SIGN": '÷',
	"LATIN SMALL LETTER SHARP S": 'ß', "LATIN SMALL LETTER E WITH ACUTE": 'é',
	"LATIN CAPITAL LETTER E WITH ACUTE": 'É', "LATIN SMALL LETTER A WITH GRAVE": 'à',
	"LATIN SMALL LETTER U WITH DIAERESIS": 'ü', "LATIN SMALL LETTER O WITH DIAERESIS": 'ö',
	"LATIN SMALL LETTER A WITH DIAERESIS": 'ä', "LATIN SMALL LETTER N WITH TILDE": 'ñ',
	"LATIN SMALL LETTER C WITH CEDILLA": 'ç',
	"EN DASH":                           '–', "EM DASH": '—', "LEFT SINGLE QUOTATION MARK": '‘',
	"RIGHT SINGLE QUOTATION MARK": '’', "LEFT DOUBLE QUOTATION MARK": '“',
	"RIGHT DOUBLE QUOTATION MARK": '”', "BULLET": '•', "HORIZONTAL ELLIPSIS": '…',
	"PER MILLE SIGN": '‰', "EURO SIGN": '€', "TRADE MARK SIGN": '™',
	"LEFTWARDS ARROW": '←', "UPWARDS ARROW": '↑', "RIGHTWARDS ARROW": '→',
	"DOWNWARDS ARROW": '↓', "INFINITY": '∞', "NOT EQUAL TO": '≠',
	"LESS-THAN OR EQUAL TO": '≤', "GREATER-THAN OR EQUAL TO": '≥',
	"ZERO WIDTH SPACE": '\u200b', "ZERO WIDTH NON-JOINER": '\u200c',
	"ZERO WIDTH JOINER": '\u200d', "BYTE ORDER MARK": '\ufeff',
	"ZERO WIDTH NO-BREAK SPACE": '\ufeff', "REPLACEMENT CHARACTER": '\ufffd',
	"CHECK MARK": '✓', "HEAVY CHECK MARK": '✔', "BALLOT X": '✗',
	"BLACK STAR": '★', "WHITE STAR": '☆', "SNOWMAN": '☃', "BLACK HEART SUIT": '♥',
	"GREEK SMALL LETTER FINAL SIGMA": 'ς', "SNAKE": '🐍', "GRINNING FACE": '😀',
	"THUMBS UP SIGN": '👍', "PILE OF POO": '💩', "FACE WITH TEARS OF JOY": '😂',
	"BOX DRAWINGS LIGHT HORIZONTAL": '─', "BOX DRAWINGS LIGHT VERTICAL": '│',
	"FULL BLOCK": '█', "LIGHT SHADE": '░', "BLACK SQUARE": '■', "WHITE SQUARE": '□',
}
