package parser

import (
	"bytes"
	"encoding/hex"
)

// AppleScript writes the clipboard's rich contents as its data literal,
// «data HTML3C68746D6C3E…»: a type of four letters and the bytes in hex,
// which is what `osascript -e 'the clipboard as «class HTML»'` prints. Such
// an input is read as the bytes it holds, their kind told as any input's.

// appleScriptData returns the bytes an AppleScript data literal holds, and
// whether data is one.
func appleScriptData(data []byte) ([]byte, bool) {
	s := bytes.TrimSpace(data)
	const open, close = "«data ", "»"
	if !bytes.HasPrefix(s, []byte(open)) || !bytes.HasSuffix(s, []byte(close)) {
		return data, false
	}
	body := s[len(open) : len(s)-len(close)]
	if len(body) < 4 {
		return data, false
	}
	digits := body[4:] // after the type: HTML, RTF , utf8, ut16
	out := make([]byte, hex.DecodedLen(len(digits)))
	if _, err := hex.Decode(out, digits); err != nil {
		return data, false
	}
	return out, true
}
