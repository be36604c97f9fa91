// This file defines the message stream: LSP's Content-Length framing over a
// byte stream, like jsonrpc2.NewStream, except that a message that cannot be
// decoded is answered with a JSON-RPC error instead of ending the
// connection. jsonrpc2's connection stops at the first error its stream
// returns, so a stray byte from an editor would otherwise kill the server.

package lsp

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.uber.org/zap"
)

// maxMessageBytes bounds one message: larger ones are skipped and answered
// with an error rather than read into memory.
const maxMessageBytes = 64 << 20

type tolerantStream struct {
	rwc io.ReadWriteCloser
	in  *bufio.Reader
	log *zap.Logger

	mu     sync.Mutex // serialises writes: replies and error answers from Read
	closed bool       // set by stopWriting: no frame is written after it
}

func newTolerantStream(rwc io.ReadWriteCloser, log *zap.Logger) *tolerantStream {
	return &tolerantStream{rwc: rwc, in: bufio.NewReader(rwc), log: log}
}

// Read returns the next well-formed message. Only a failure of the
// underlying reader (the editor closed the pipe) is returned as an error.
func (s *tolerantStream) Read(ctx context.Context) (jsonrpc2.Message, int64, error) {
	for {
		if err := ctx.Err(); err != nil {
			return nil, 0, err
		}
		body, err := s.readFrame()
		if err != nil {
			var bad badFrame
			if errors.As(err, &bad) {
				s.log.Warn("malformed message header", zap.Error(err))
				s.answerError(nil, jsonrpc2.ParseError, err.Error())
				continue
			}
			return nil, 0, err
		}
		msg, err := decodeMessage(body)
		if err != nil {
			s.log.Warn("malformed message", zap.Error(err))
			id, code := requestID(body)
			s.answerError(id, code, err.Error())
			continue
		}
		return msg, int64(len(body)), nil
	}
}

// decodeMessage is jsonrpc2.DecodeMessage, made safe against inputs that
// make the decoder panic.
func decodeMessage(body []byte) (msg jsonrpc2.Message, err error) {
	defer func() {
		if r := recover(); r != nil {
			msg, err = nil, fmt.Errorf("undecodable message: %v", r)
		}
	}()
	return jsonrpc2.DecodeMessage(body)
}

// badFrame is a framing error after which reading can go on.
type badFrame struct{ msg string }

func (b badFrame) Error() string { return b.msg }

func (s *tolerantStream) readFrame() ([]byte, error) {
	length := -1
	var bad string
	for {
		line, err := s.in.ReadString('\n')
		if err != nil {
			return nil, err
		}
		line = strings.TrimSpace(line)
		if line == "" {
			if length < 0 && bad == "" {
				continue // stray blank lines between messages
			}
			break
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			bad = fmt.Sprintf("invalid header line %q", truncate(line, 80))
			continue
		}
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			n, err := strconv.Atoi(strings.TrimSpace(value))
			if err != nil || n < 0 {
				bad = fmt.Sprintf("invalid Content-Length %q", truncate(value, 40))
				continue
			}
			length = n
		}
	}
	if length < 0 {
		if bad == "" {
			bad = "missing Content-Length header"
		}
		return nil, badFrame{bad}
	}
	if length > maxMessageBytes {
		if _, err := io.CopyN(io.Discard, s.in, int64(length)); err != nil {
			return nil, err
		}
		return nil, badFrame{fmt.Sprintf("message of %d bytes exceeds the limit of %d", length, maxMessageBytes)}
	}
	body := make([]byte, length)
	if _, err := io.ReadFull(s.in, body); err != nil {
		return nil, err
	}
	if bad != "" {
		return nil, badFrame{bad}
	}
	return body, nil
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}

// requestID extracts the id of a message that failed to decode, so that the
// error answer can name the request, and chooses the error code: a parse
// error for text that is not JSON, an invalid request otherwise.
func requestID(body []byte) (json.RawMessage, jsonrpc2.Code) {
	var probe struct {
		ID json.RawMessage `json:"id"`
	}
	if err := json.Unmarshal(body, &probe); err != nil {
		var obj any
		if json.Unmarshal(body, &obj) != nil {
			return nil, jsonrpc2.ParseError
		}
		return nil, jsonrpc2.InvalidRequest
	}
	id := probe.ID
	if len(id) == 0 || (id[0] != '"' && (id[0] < '0' || id[0] > '9') && id[0] != '-') {
		id = nil
	}
	return id, jsonrpc2.InvalidRequest
}

func (s *tolerantStream) answerError(id json.RawMessage, code jsonrpc2.Code, msg string) {
	if id == nil {
		id = json.RawMessage("null")
	}
	body, _ := json.Marshal(struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Error   struct {
			Code    jsonrpc2.Code `json:"code"`
			Message string        `json:"message"`
		} `json:"error"`
	}{JSONRPC: "2.0", ID: id, Error: struct {
		Code    jsonrpc2.Code `json:"code"`
		Message string        `json:"message"`
	}{code, msg}})
	// Not on the reading goroutine: the editor may be busy writing to us.
	go s.writeFrame(body)
}

// errStreamStopped is returned by writes after stopWriting.
var errStreamStopped = errors.New("the server is exiting")

// writeFrame writes a header and its body in one Write, so that a frame
// is never split by another writer, nor cut by the process exiting
// between the two (stopWriting waits for a frame in progress).
func (s *tolerantStream) writeFrame(body []byte) (int64, error) {
	frame := make([]byte, 0, len(body)+32)
	frame = fmt.Appendf(frame, "Content-Length: %d\r\n\r\n", len(body))
	frame = append(frame, body...)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return 0, errStreamStopped
	}
	n, err := s.rwc.Write(frame)
	return int64(n), err
}

// stopWriting waits until no frame is being written, at most wait (an
// editor that no longer reads could block a write forever), and refuses
// every later write: the process can then exit without leaving half a
// frame on the editor's side of the pipe.
func (s *tolerantStream) stopWriting(wait time.Duration) {
	deadline := time.Now().Add(wait)
	for !s.mu.TryLock() {
		if time.Now().After(deadline) {
			return
		}
		time.Sleep(time.Millisecond)
	}
	s.closed = true
	s.mu.Unlock()
}

// Write sends one message. It does not give up when ctx is done: a reply
// to a cancelled request must still be written.
func (s *tolerantStream) Write(_ context.Context, msg jsonrpc2.Message) (int64, error) {
	body, err := json.Marshal(msg)
	if err != nil {
		return 0, fmt.Errorf("marshaling message: %w", err)
	}
	return s.writeFrame(body)
}

func (s *tolerantStream) Close() error { return s.rwc.Close() }
